package org.politiqueville.examples.job;

/**
 * A reason the job stops without writing its output (exit code 2): a usage mistake or an input it
 * cannot read. The message is shown as is, on one or a few lines, in the user's language.
 */
final class JobException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    JobException(String message) {
        super(message);
    }

    JobException(String message, Throwable cause) {
        super(message, cause);
    }
}
