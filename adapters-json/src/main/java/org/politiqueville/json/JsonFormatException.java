package org.politiqueville.json;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;

/**
 * Thrown when JSON input cannot be read any further: it is not well-formed (a missing comma, a
 * truncated file, bytes that are not UTF-8), it breaks an input limit, it has content after the end
 * of the document, or it is not the array or object expected at its root.
 *
 * <p>Elements that are well-formed JSON but wrong (a bad code, a missing property) never throw:
 * they become problems in the read's report. This exception carries the same parts as such a
 * problem: a stable {@link #code() code}, the {@link #location() location} (source, line, column
 * and the JSON Pointer of the value being read), and a message in French or English.
 */
public final class JsonFormatException extends UnreadableInputException {

    private static final long serialVersionUID = 1L;

    /** The reason. */
    private final ProblemCode code;
    /** The offending value, or null. */
    private final String value;
    /** The further message arguments. */
    private final List<String> details;
    /** The source label of where reading stopped. */
    private final String source;
    /** The JSON Pointer of the value being read. */
    private final String pointer;
    /** The 1-based line where reading stopped, or 0. */
    private final long line;
    /** The 1-based column where reading stopped, or 0. */
    private final int column;
    /** The language of {@link #getMessage()}. */
    private final Locale locale;

    /**
     * Creates the exception.
     *
     * @param code     the reason, not null
     * @param location where reading stopped, not null
     * @param locale   the language of {@link #getMessage()}, not null
     * @param value    the offending value, may be null
     * @param details  further message arguments, in the order the code's template expects
     */
    public JsonFormatException(ProblemCode code, Location location, Locale locale, String value, String... details) {
        super(Problem.error(Objects.requireNonNull(code, "code"), "", value, details)
                .at(Objects.requireNonNull(location, "location")), null);
        this.code = code;
        this.source = location.source();
        this.pointer = location.pointer();
        this.line = location.line();
        this.column = location.column();
        this.locale = locale;
        this.value = value;
        this.details = List.of(details);
    }

    private static String describe(ProblemCode code, Location location, Locale locale, String value,
                                   List<String> details) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(locale, "locale");
        String where = location.isUnknown() ? "" : location + ": ";
        return where + code + ": " + code.message(locale, value, details);
    }

    /**
     * The location, code and message in the language the reader was asked for.
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        return describe(code, problem().location(), locale, value, details);
    }

    /**
     * The machine-readable reason.
     *
     * @return the code, not null
     */
    public ProblemCode code() {
        return code;
    }

    /**
     * Where reading stopped: source, 1-based line and column, and the JSON Pointer of the value being
     * read ({@code ""} at the root).
     *
     * @return the location, not null
     */
    public Location location() {
        return Location.ofPointer(source, pointer, line, column);
    }

    /**
     * The 1-based line where reading stopped.
     *
     * @return the line, or 0 if unknown
     */
    public long line() {
        return line;
    }

    /**
     * The 1-based column where reading stopped.
     *
     * @return the column, or 0 if unknown
     */
    public int column() {
        return column;
    }

    /**
     * The JSON Pointer of the value being read when reading stopped.
     *
     * @return the pointer, {@code ""} at the root
     */
    public String pointer() {
        return pointer;
    }

    /**
     * The offending value.
     *
     * @return the value, or null if there is none
     */
    public String value() {
        return value;
    }

    /**
     * The further message arguments.
     *
     * @return the details, not null
     */
    public List<String> details() {
        return details;
    }

    /**
     * The message in the given language, without the location.
     *
     * @param messageLocale the caller's locale, not null
     * @return the message, not null
     */
    public String getMessage(Locale messageLocale) {
        return code.message(messageLocale, value, details);
    }

    /**
     * The location, code and message in the language of the read's options.
     *
     * @return the description, not null
     */
    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }

    /**
     * The locale the message was rendered in.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * This exception as an error problem, to add to a report.
     *
     * @return the problem, not null
     */
    public Problem toProblem() {
        return new Problem(Severity.ERROR, code, "", value, details, location());
    }
}
