package org.acogida.flights.manifest;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The manifest's columns and the English and Spanish headers each may have. */
public final class ManifestColumns {

    public static final List<String> REQUIRED = List.of("mission_number", "flight_date", "pickup_airport", "dropoff_airport",
            "passenger_id", "last_names", "first_names", "date_of_birth", "sex", "citizenship");
    public static final List<String> OPTIONAL = List.of("document_type", "document_number", "family_unit_id", "juvenile",
            "unaccompanied", "medical_notes");

    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        alias("mission_number", "mission", "mission_no", "numero_mision", "numero_de_mision", "mision");
        alias("flight_date", "fecha_vuelo", "fecha_del_vuelo", "fecha");
        alias("pickup_airport", "pickup", "aeropuerto_salida", "aeropuerto_de_salida", "aeropuerto_origen");
        alias("dropoff_airport", "dropoff", "aeropuerto_llegada", "aeropuerto_de_llegada", "aeropuerto_destino");
        alias("passenger_id", "id_pasajero", "pasajero_id", "identificador_pasajero");
        alias("last_names", "last_name", "surnames", "apellidos", "apellido");
        alias("first_names", "first_name", "given_names", "nombres", "nombre");
        alias("date_of_birth", "dob", "birth_date", "fecha_nacimiento", "fecha_de_nacimiento");
        alias("sex", "gender", "sexo");
        alias("citizenship", "nationality", "nacionalidad", "ciudadania");
        alias("document_type", "tipo_documento", "tipo_de_documento");
        alias("document_number", "numero_documento", "numero_de_documento", "documento");
        alias("family_unit_id", "family_unit", "id_unidad_familiar", "unidad_familiar", "grupo_familiar");
        alias("juvenile", "minor", "menor", "menor_de_edad");
        alias("unaccompanied", "unaccompanied_minor", "no_acompanado", "menor_no_acompanado");
        alias("medical_notes", "medical", "notas_medicas", "observaciones_medicas");
    }

    private ManifestColumns() {
    }

    private static void alias(String column, String... aliases) {
        HEADERS.put(column, column);
        for (String alias : aliases) {
            HEADERS.put(alias, column);
        }
    }

    /** The column a header names, ignoring case, accents, spaces and punctuation; empty if it names none. */
    public static Optional<String> columnFor(String header) {
        String key = Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return Optional.ofNullable(HEADERS.get(key));
    }
}
