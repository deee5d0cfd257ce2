package org.politiqueville.core.validation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One thing wrong (or worth a look) in the data: what, where, with which value, and how serious.
 *
 * <p>The message is not stored: it is rendered from the {@linkplain ProblemCode code}'s French or
 * English template on demand, so one report can be shown in the caller's language.
 *
 * <p>A problem never holds a huge bad value: the value and the details are cut to their first
 * {@value #MAX_ECHOED_LENGTH} characters followed by {@code …} (see {@link #bounded(String)}), so
 * that a 50 MB cell does not end up in every message and report that mentions it.
 *
 * @param severity  error or warning, not null
 * @param code      the stable, machine-readable code, not null
 * @param path      the property path of the value in the object graph ({@code quarters[3].codes[0]}),
 *                  or {@code ""} for a whole object
 * @param value     the rejected value as text, or {@code null} when there is none; at most
 *                  {@value #MAX_ECHOED_LENGTH} characters and an ellipsis are kept
 * @param details   further message arguments, in the order the code's template expects, not null;
 *                  each bounded as {@code value}
 * @param location  where in the input the value came from, {@link Location#NONE} if in memory
 */
public record Problem(Severity severity, ProblemCode code, String path, String value, List<String> details,
                      Location location) {


    /**
     * The most characters of a value or detail that a problem keeps and a message echoes; longer
     * texts are cut there and end with {@code …}.
     */
    public static final int MAX_ECHOED_LENGTH = 200;

    /**
     * Checks the components and copies {@code details}.
     *
     * @param severity error or warning, not null
     * @param code the stable, machine-readable code, not null
     * @param path the property path of the value in the object graph ({@code quarters[3].codes[0]}), or {@code ""} for a whole object
     * @param value the rejected value as text, or {@code null} when there is none; cut as {@link #bounded(String)} does
     * @param details further message arguments, in the order the code's template expects, not null; each cut as {@code value}
     * @param location where in the input the value came from, {@link Location#NONE} if in memory
     * @throws NullPointerException if a component other than {@code value} is null
     */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        value = bounded(value);
        details = List.copyOf(details).stream().map(Problem::bounded).toList();
        Objects.requireNonNull(location, "location");
    }

    /**
     * A text as problems and messages echo it: unchanged up to {@link #MAX_ECHOED_LENGTH}
     * characters, otherwise its first {@value #MAX_ECHOED_LENGTH} characters (one fewer rather
     * than half a surrogate pair) followed by {@code …}.
     *
     * @param text the text, may be null
     * @return the bounded text, null if {@code text} is null
     */
    public static String bounded(String text) {
        if (text == null || text.length() <= MAX_ECHOED_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_ECHOED_LENGTH - 1)) ? MAX_ECHOED_LENGTH - 1
                : MAX_ECHOED_LENGTH;
        return text.substring(0, end) + "\u2026";
    }

    /**
     * An error with no input location.
     *
     * @param code    the code, not null
     * @param path    the property path, not null
     * @param value   the rejected value, may be null
     * @param details further message arguments
     * @return the problem, not null
     */
    public static Problem error(ProblemCode code, String path, String value, String... details) {
        return new Problem(Severity.ERROR, code, path, value, List.of(details), Location.NONE);
    }

    /**
     * A warning with no input location.
     *
     * @param code    the code, not null
     * @param path    the property path, not null
     * @param value   the value concerned, may be null
     * @param details further message arguments
     * @return the problem, not null
     */
    public static Problem warning(ProblemCode code, String path, String value, String... details) {
        return new Problem(Severity.WARNING, code, path, value, List.of(details), Location.NONE);
    }

    /**
     * This problem at another input location.
     *
     * @param newLocation the location, not null
     * @return a copy with the location replaced
     */
    public Problem at(Location newLocation) {
        return new Problem(severity, code, path, value, details, newLocation);
    }

    /**
     * This problem with its path placed under a parent path, for problems found in a part of a larger
     * object ({@code codes[0]} under {@code quarters[3]} gives {@code quarters[3].codes[0]}).
     *
     * @param parent the parent path, not null
     * @return a copy with the longer path
     */
    public Problem under(String parent) {
        Objects.requireNonNull(parent, "parent");
        if (parent.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        return new Problem(severity, code, joined, value, details, location);
    }

    /**
     * This problem with another severity (a legal-rule warning made an error in strict mode).
     *
     * @param newSeverity the severity, not null
     * @return a copy with the severity replaced
     */
    public Problem withSeverity(Severity newSeverity) {
        return new Problem(newSeverity, code, path, value, details, location);
    }

    /**
     * The message in the given language (French for any French locale, English otherwise).
     *
     * @param locale the caller's locale, not null
     * @return the rendered message, not null
     */
    public String message(Locale locale) {
        return code.message(locale, value, details);
    }

    /**
     * A one-line description in English: location, severity, code, path and message.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }

    /**
     * A one-line description in the given language: location, severity, code, path and message,
     * worded and punctuated the caller's way ({@code ERREUR QPV_CODE_FORMAT sur codes[0] : …} in
     * French, {@code ERROR QPV_CODE_FORMAT at codes[0]: …} in English). The code and the path stay
     * as they are in every language: they are identifiers that tools and people search for.
     *
     * @param locale the caller's locale, not null: French for any French locale, English otherwise
     * @return the description
     */
    public String format(Locale locale) {
        Locale language = Wording.french(locale) ? Locale.FRENCH : Locale.ENGLISH;
        ResourceBundle wording = Wording.of(locale);
        String severityWord = wording.getString("severity." + severity.name());
        String described = path.isEmpty()
                ? new MessageFormat(wording.getString("withoutPath"), language)
                        .format(new Object[] {severityWord, code.name(), message(locale)})
                : new MessageFormat(wording.getString("withPath"), language)
                        .format(new Object[] {severityWord, code.name(), path, message(locale)});
        return location.isUnknown() ? described
                : new MessageFormat(wording.getString("located"), language)
                        .format(new Object[] {location.format(locale), described});
    }
}
