package org.politiqueville.csv;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;

/**
 * Thrown when a CSV input cannot be read on: a quoted cell never closed, a character after a
 * closing quote, bytes that are not in the declared charset, a cell or a record beyond the size
 * limits.
 *
 * <p>It names the source and the line where the faulty record starts, and turns into a
 * {@link ProblemCode#MALFORMED_INPUT} {@link Problem} for an import report. Records read before it
 * stay valid. A record whose field count differs from the header's is not an exception: see
 * {@link CsvRow#hasFieldCountMismatch()}.
 */
public final class CsvFormatException extends UnreadableInputException {

    private static final long serialVersionUID = 1L;

    /** The source label. */
    private final String source;
    /** The line where the faulty record starts, or 0. */
    private final long line;
    /** What is wrong, in English. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param source the file name or other source label, not null
     * @param line   the 1-based line where the faulty record starts, {@code 0} if unknown
     * @param reason what is wrong, in English, not null
     * @param cause  the parser's or decoder's exception, may be null
     */
    public CsvFormatException(String source, long line, String reason, Throwable cause) {
        // The problem's location names the source and line: its detail is the reason alone, so that a
        // message built from both (location, then message) does not say them twice.
        super(new Problem(Severity.ERROR, ProblemCode.MALFORMED_INPUT, "", null,
                List.of(Objects.requireNonNull(reason, "reason")),
                Location.ofLine(Objects.requireNonNull(source, "source"), line)), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    private static String where(String source, long line) {
        String name = source.isEmpty() ? "" : source + " ";
        return line > 0 ? name + "line " + line + ": " : name.isEmpty() ? "" : name.strip() + ": ";
    }

    /**
     * The machine-readable reason, always {@link ProblemCode#MALFORMED_INPUT}.
     *
     * @return the code, not null
     */
    public ProblemCode code() {
        return ProblemCode.MALFORMED_INPUT;
    }

    /**
     * The source label.
     *
     * @return the file name or label given when opening, not null
     */
    public String source() {
        return source;
    }

    /**
     * The line where the faulty record starts.
     *
     * @return the 1-based line, or {@code 0} if unknown
     */
    public long line() {
        return line;
    }

    /**
     * What is wrong, without the location.
     *
     * @return the reason in English, not null
     */
    public String reason() {
        return reason;
    }

    /**
     * The message in English; it names the source and line itself.
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        return getMessage(Locale.ENGLISH);
    }

    /**
     * The message in the given language (French for any French locale, English otherwise); the
     * parser's reason itself stays in English.
     *
     * @param locale the caller's locale, not null
     * @return the message, not null
     */
    public String getMessage(Locale locale) {
        return code().message(locale, null, List.of(where(source, line) + reason));
    }

    /**
     * This exception as an error of an import report, located at its source and line.
     *
     * @return the problem, not null
     */
    public Problem toProblem() {
        return problem();
    }
}
