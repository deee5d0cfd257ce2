package org.politiqueville.core.validation;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words {@link Problem} and {@link Location} put around codes, paths and positions, in French
 * for any French locale and in English otherwise, as the messages are.
 */
final class Wording {

    private static final String BUNDLE = "org.politiqueville.core.validation.wording";

    private Wording() {
    }

    /** Whether the locale asks for French. */
    static boolean french(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }

    /**
     * The wording for a locale. Locale.ROOT for English, as for the messages: never fall back to a
     * French JVM default.
     */
    static ResourceBundle of(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, french(locale) ? Locale.FRENCH : Locale.ROOT);
    }
}
