package org.politiqueville.core.exchange;

import java.util.Locale;
import java.util.Objects;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;

/**
 * Thrown when an input cannot be read at all: a file that is not well-formed for its format (an
 * unterminated quote, JSON cut in the middle), that breaks a documented input limit, or that lacks
 * a required column. Records already read are not lost — they were reported — but reading stops.
 *
 * <p>It carries the {@link Problem}: a stable code, the location (file, line, column or JSON
 * Pointer) and a message in French or English. Readers of every format throw this type (or a
 * subclass), so that an application handles all formats the same way; a bad record, in contrast,
 * never throws: it is rejected and reported.
 */
public class UnreadableInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * Creates the exception.
     *
     * @param problem what is wrong and where, not null
     * @param cause   the underlying parser exception, may be null
     */
    public UnreadableInputException(Problem problem, Throwable cause) {
        super(describe(Objects.requireNonNull(problem, "problem"), Locale.ENGLISH));
        this.problem = problem;
        // Left unset when null, so that a subclass may still attach a cause with initCause.
        if (cause != null) {
            initCause(cause);
        }
    }

    /**
     * Creates the exception for a problem at a location.
     *
     * @param code     the code, not null
     * @param location where, not null
     * @param value    the offending value, may be null
     * @param details  further message arguments
     */
    public UnreadableInputException(ProblemCode code, Location location, String value, String... details) {
        this(Problem.error(code, "", value, details).at(location), null);
    }

    private static String describe(Problem problem, Locale locale) {
        String where = problem.location().format(locale);
        return (where.isEmpty() ? "" : where + ": ") + problem.message(locale);
    }

    /**
     * What is wrong and where.
     *
     * @return the problem, not null
     */
    public Problem problem() {
        return problem;
    }

    /**
     * The location and message in the given language (French for any French locale, English
     * otherwise), such as {@code quartiers.csv:10: Guillemet non fermé…}.
     *
     * @param locale the caller's locale, not null
     * @return the message, not null
     */
    public String getMessage(Locale locale) {
        return describe(problem, locale);
    }
}
