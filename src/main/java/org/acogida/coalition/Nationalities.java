package org.acogida.coalition;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a citizenship given as an ISO 3166-1 alpha-3 code, or as a country name in Spanish or
 * English ("Guatemala", "Haití", "Dominican Republic"), from the JDK's own country names.
 */
public final class Nationalities {

    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final Map<String, String> ALPHA3 = new HashMap<>();

    static {
        Locale spanish = Locale.of("es");
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = Locale.of("", alpha2);
            String alpha3 = country.getISO3Country();
            ALPHA3.put(alpha3, alpha3);
            BY_NAME.put(normalize(country.getDisplayCountry(Locale.ENGLISH)), alpha3);
            BY_NAME.put(normalize(country.getDisplayCountry(spanish)), alpha3);
        }
        // Names the sending state's systems and officers commonly write that the JDK spells otherwise.
        BY_NAME.put(normalize("United States of America"), "USA");
        BY_NAME.put(normalize("Estados Unidos de America"), "USA");
        BY_NAME.put(normalize("EEUU"), "USA");
        BY_NAME.put(normalize("Republica Dominicana"), "DOM");
        BY_NAME.put(normalize("Venezuela, Bolivarian Republic of"), "VEN");
        BY_NAME.put(normalize("Bolivia, Plurinational State of"), "BOL");
        BY_NAME.put(normalize("Viet Nam"), "VNM");
        BY_NAME.put(normalize("Russian Federation"), "RUS");
        BY_NAME.put(normalize("Iran, Islamic Republic of"), "IRN");
    }

    private Nationalities() {
    }

    public static Optional<String> resolve(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (trimmed.length() == 3 && ALPHA3.containsKey(trimmed.toUpperCase(Locale.ROOT))) {
            return Optional.of(trimmed.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(BY_NAME.get(normalize(trimmed)));
    }

    /** The country's name in the given language, for pages and letters. */
    public static String name(String alpha3, Locale language) {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = Locale.of("", alpha2);
            if (country.getISO3Country().equals(alpha3)) {
                return country.getDisplayCountry(language);
            }
        }
        return alpha3;
    }

    private static String normalize(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
    }
}
