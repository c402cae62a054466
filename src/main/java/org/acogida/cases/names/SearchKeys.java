package org.acogida.cases.names;

import org.acogida.platform.text.LatinLetters;

/**
 * What a search compares with what someone typed, for one case: its names folded word by word (a
 * name in another script also as it sounds in Latin letters, since that is how an officer types
 * it), and its document number folded. The cases module keeps them with each case; the arrival desk
 * keeps its own copy for its window of days.
 */
public final class SearchKeys {

    private SearchKeys() {
    }

    /** The names folded, with {@code namesInScript} (the names in the person's own script) when registration recorded them. */
    public static String names(String lastNames, String firstNames, String namesInScript) {
        String given = namesInScript == null ? firstNames : firstNames + " " + namesInScript;
        String key = Folding.key(lastNames, given);
        if (LatinLetters.hasOtherScript(key)) {
            key = key + " " + Folding.key(LatinLetters.of(lastNames), LatinLetters.of(given));
        }
        return key.length() > 500 ? key.substring(0, 500) : key;
    }

    /** The document number folded, or null for none. */
    public static String document(String documentNumber) {
        String key = Folding.compact(documentNumber);
        return key.isEmpty() ? null : key.length() > 40 ? key.substring(0, 40) : key;
    }
}
