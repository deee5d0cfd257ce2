package org.politiqueville.examples.job;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The options every command takes: the language of messages and the debugging switch. */
final class CommonOptions {

    /** The languages messages can be in. */
    enum Language {
        fr(Locale.FRENCH), en(Locale.ENGLISH);

        private final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }
    }

    @Option(names = "--locale", paramLabel = "fr|en",
            description = "Language of messages and reports: fr or en (default: the system's language if French, else en).")
    Language language;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--debug", description = "Show the stack trace of an unexpected error.")
    boolean debug;

    /** The locale of messages. */
    Locale locale() {
        if (language != null) {
            return language.locale;
        }
        return Texts.isFrench(Locale.getDefault()) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
