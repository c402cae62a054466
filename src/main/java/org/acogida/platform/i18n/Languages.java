package org.acogida.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The languages Acogida speaks: Spanish first, then English, Portuguese, French and Haitian Creole. */
public final class Languages {

    public static final Locale SPANISH = Locale.of("es");
    public static final List<Locale> SUPPORTED =
            List.of(SPANISH, Locale.of("en"), Locale.of("pt"), Locale.of("fr"), Locale.of("ht"));

    private Languages() {
    }

    public static boolean isSupported(Locale locale) {
        return locale != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
    }

    /** The supported language closest to the one asked for; Spanish when none fits. */
    public static Locale closest(Locale locale) {
        if (locale == null) {
            return SPANISH;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(SPANISH);
    }

    public static Locale forCode(String code) {
        return code == null ? SPANISH : closest(Locale.forLanguageTag(code));
    }
}
