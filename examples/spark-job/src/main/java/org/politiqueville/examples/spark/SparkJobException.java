package org.politiqueville.examples.spark;

/** A failure the job explains to its user in one message (a bad referential, no input file). */
public final class SparkJobException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SparkJobException(String message) {
        super(message);
    }

    SparkJobException(String message, Throwable cause) {
        super(message, cause);
    }
}
