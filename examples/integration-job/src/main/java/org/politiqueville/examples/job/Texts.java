package org.politiqueville.examples.job;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The job's own sentences, in French or English. */
final class Texts {

    private static final String BUNDLE = "org.politiqueville.examples.job.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The sentences in French for any French locale, English otherwise. */
    static Texts of(Locale locale) {
        return new Texts(isFrench(locale) ? Locale.FRENCH : Locale.ROOT);
    }

    static boolean isFrench(Locale locale) {
        return locale.getLanguage().equals(Locale.FRENCH.getLanguage());
    }

    /** A sentence with its arguments ({0}, {1}…). */
    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale.equals(Locale.ROOT) ? Locale.ENGLISH : locale)
                .format(arguments);
    }
}
