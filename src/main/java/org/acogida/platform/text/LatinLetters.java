package org.acogida.platform.text;

import java.nio.charset.Charset;

import com.ibm.icu.text.Transliterator;

/**
 * A name in another script written in Latin letters, as an officer would type it and as a printed
 * pass can show it: 王伟 becomes "wang wei", Карімов "karimov". ICU's transliteration by sound
 * (Any-Latin), then without diacritics (Latin-ASCII). Names already in Latin letters come back unchanged.
 */
public final class LatinLetters {

    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final Charset WESTERN = Charset.forName("windows-1252");

    private LatinLetters() {
    }

    /** Whether the text has letters of a script other than Latin. */
    public static boolean hasOtherScript(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
    }

    /** The text in Latin letters, or the text itself when it has no other script. */
    public static String of(String text) {
        return hasOtherScript(text) ? TO_LATIN.get().transliterate(text) : text;
    }

    /** Whether the standard PDF fonts (Western European, windows-1252) can print the text as it is. */
    public static boolean printableInWesternFonts(String text) {
        return text == null || WESTERN.newEncoder().canEncode(text);
    }
}
