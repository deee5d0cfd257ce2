package org.politiqueville.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a value cannot be parsed or an object cannot be built because its input is invalid.
 *
 * <p>This is the one exception the library's factories and parsers throw for bad input
 * ({@code QpvCode.parse}, {@code Period.parse}, record constructors…). It carries a machine-readable
 * {@link #code() code}, the offending {@link #value() value} and the details of the message, so a
 * program can act on it and show it in French or English: {@link #getMessage()} is English,
 * {@link #getMessage(Locale)} renders either language.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The machine-readable reason. */
    private final ProblemCode code;
    /** The offending value, or null. */
    private final String value;
    /** The further message arguments. */
    private final List<String> details;

    /**
     * Creates the exception.
     *
     * @param code    the reason, not null
     * @param value   the offending value, may be null
     * @param details further message arguments (what was expected…), in the order the code's
     *                template expects
     */
    public InvalidValueException(ProblemCode code, String value, String... details) {
        super(code.message(Locale.ENGLISH, value, List.of(details)));
        this.code = Objects.requireNonNull(code, "code");
        this.value = value;
        this.details = List.of(details);
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
     * The offending value as it was given.
     *
     * @return the value, or null if there was none
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
     * The message in the given language (French for any French locale, English otherwise).
     *
     * @param locale the caller's locale, not null
     * @return the message, not null
     */
    public String getMessage(Locale locale) {
        return code.message(locale, value, details);
    }

    /**
     * This exception as an error at the given property path.
     *
     * @param path the property path of the value, not null
     * @return the problem, not null
     */
    public Problem toProblem(String path) {
        return new Problem(Severity.ERROR, code, path, value, details, Location.NONE);
    }
}
