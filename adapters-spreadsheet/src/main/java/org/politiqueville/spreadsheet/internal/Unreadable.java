package org.politiqueville.spreadsheet.internal;

import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;

/** The {@link UnreadableInputException}s of workbooks, located at the file. */
public final class Unreadable {

    private Unreadable() {
    }

    /**
     * A file that is not a workbook of its format, or breaks off.
     *
     * @param source the file name, not null
     * @param reason what the parser said, not null
     * @param cause  the parser's exception, may be null
     * @return the exception
     */
    public static UnreadableInputException malformed(String source, String reason, Throwable cause) {
        return new UnreadableInputException(Problem.error(ProblemCode.MALFORMED_INPUT, "", null, reason)
                .at(Location.ofLine(source, 0)), cause);
    }

    /**
     * An encrypted or password-protected file.
     *
     * @param source the file name, not null
     * @param reason what the reader said, not null
     * @param cause  the reader's exception, may be null
     * @return the exception
     */
    public static UnreadableInputException encrypted(String source, String reason, Throwable cause) {
        return new UnreadableInputException(Problem.error(ProblemCode.PROTECTED_INPUT, "", null, reason)
                .at(Location.ofLine(source, 0)), cause);
    }

    /**
     * Why a parser failed, in a few words.
     *
     * @param e the failure, not null
     * @return its message, or its type's name
     */
    public static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
