package org.acogida.cases;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The code lists registration uses, each shown through message keys in the five languages:
 * languages a person speaks (ISO 639: the coalition's five, and the indigenous and migrant
 * languages officers meet at the desk), education (ISCED 2011 levels) and occupation (ISCO-08
 * sub-major groups). Sources in docs/reference/FACTS.md.
 */
public final class ProfileCatalogues {

    /** ISO 639-1 where the language has a two-letter code, ISO 639-3 otherwise; shown as {@code language-name.CODE}. */
    public static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr", "ht", "quc", "kek", "mam", "cak", "kjb", "cab", "miq", "nah",
            "yua", "tzo", "qu", "ar", "zh", "hi", "pa", "ru", "tr", "wo");

    /** ISCED 2011 levels 0-8; shown as {@code isced.N}. */
    public static final List<String> EDUCATION = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8");

    /** ISCO-08 sub-major groups, by major group; shown as {@code isco.NN}. */
    public static final List<String> OCCUPATIONS = List.of("01", "02", "03", "11", "12", "13", "14", "21", "22", "23", "24", "25", "26", "31",
            "32", "33", "34", "35", "41", "42", "43", "44", "51", "52", "53", "54", "61", "62", "63", "71", "72", "73", "74", "75", "81", "82",
            "83", "91", "92", "93", "94", "95", "96");

    private static final Set<String> KNOWN_LANGUAGES = new LinkedHashSet<>(LANGUAGES);

    private ProfileCatalogues() {
    }

    public static boolean isLanguage(String code) {
        return KNOWN_LANGUAGES.contains(code);
    }
}
