package org.acogida.coalition;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;

/**
 * Countries by name in the product's five languages. Reads a citizenship or a country typed as an
 * ISO 3166-1 alpha-3 code or as a name in Spanish, English, Portuguese, French or Haitian Creole
 * ("Guatemala", "Haïti", "Mexique", "Ayiti", "Etazini"), whatever its accents, case and punctuation;
 * and names a country in the reader's language. Spanish, English, Portuguese and French names are
 * the JDK's; Haitian Creole names, which the JDK does not have, come from reference/country-names-ht.csv
 * with their sources. Plain static code, so that validators and parsers can use it.
 */
public final class CountryNames {

    private static final String HAITIAN_CREOLE = "ht";
    private static final Map<String, String> ALPHA2 = new HashMap<>();
    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final Map<String, String> IN_HAITIAN_CREOLE = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = Locale.of("", alpha2);
            String alpha3 = country.getISO3Country();
            ALPHA2.put(alpha3, alpha2);
            BY_NAME.put(normalize(country.getDisplayCountry(Locale.ENGLISH)), alpha3);
            BY_NAME.put(normalize(country.getDisplayCountry(Locale.of("es"))), alpha3);
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
        // Spanish and English come first: a name they read keeps the country it had before the other languages came.
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = Locale.of("", alpha2);
            for (String language : new String[] {"pt", "fr"}) {
                BY_NAME.putIfAbsent(normalize(country.getDisplayCountry(Locale.of(language))), country.getISO3Country());
            }
        }
        for (CSVRecord row : ReferenceFile.rows("country-names-ht.csv")) {
            String alpha3 = row.get("iso3");
            String name = row.get("name");
            String known = BY_NAME.putIfAbsent(normalize(name), alpha3);
            if (!ALPHA2.containsKey(alpha3) || known != null && !known.equals(alpha3)) {
                throw new IllegalStateException("reference/country-names-ht.csv: " + name + " cannot name " + alpha3);
            }
            if (row.get("use").equals("name")) {
                IN_HAITIAN_CREOLE.put(alpha3, name);
            }
        }
    }

    private CountryNames() {
    }

    /** The ISO 3166-1 alpha-3 code of the country the value names; empty if it names none. */
    public static Optional<String> resolve(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (trimmed.length() == 3 && ALPHA2.containsKey(trimmed.toUpperCase(Locale.ROOT))) {
            return Optional.of(trimmed.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(BY_NAME.get(normalize(trimmed)));
    }

    /**
     * The country's name in the given language, for pages and letters. In Haitian Creole, a country
     * the reference file does not name keeps the JDK's name for it, which is the French one.
     */
    public static String name(String alpha3, Locale language) {
        if (language.getLanguage().equals(HAITIAN_CREOLE) && IN_HAITIAN_CREOLE.containsKey(alpha3)) {
            return IN_HAITIAN_CREOLE.get(alpha3);
        }
        String alpha2 = ALPHA2.get(alpha3);
        return alpha2 == null ? alpha3 : Locale.of("", alpha2).getDisplayCountry(language);
    }

    private static String normalize(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
    }
}
