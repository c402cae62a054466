package org.acogida.cases.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names and documents are compared at the desk: without case, accents or punctuation, so that
 * "Garcia Lopez" and "GARCÍA LÓPEZ" are the same words. Letters of other scripts are kept as they
 * are (lower-cased); only combining marks are dropped.
 */
public final class Folding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {
    }

    /** The words of a text, folded: "GARCÍA-LÓPEZ, María José" → [garcia, lopez, maria, jose]. */
    public static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        for (String word : NOT_LETTER_OR_DIGIT.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** A document number or passenger id as compared: letters and digits only, lower case. */
    public static String compact(String text) {
        return text == null ? "" : NOT_LETTER_OR_DIGIT.matcher(fold(text)).replaceAll("");
    }

    /** Words joined by one space: names as the desk sorts and compares them. */
    public static String key(String... texts) {
        List<String> all = new ArrayList<>();
        for (String text : texts) {
            all.addAll(words(text));
        }
        return String.join(" ", all);
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        // ß, æ, œ, ø, đ, ł have no decomposition; the desk types them as the ASCII spellings.
        return stripped.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("đ", "d").replace("ł", "l");
    }
}
