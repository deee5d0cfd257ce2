package org.politiqueville.core.validation;

/**
 * How serious a {@link Problem} is.
 *
 * <p>An {@link #ERROR} rejects the record it is about; a {@link #WARNING} keeps the record and tells
 * the caller something deserves a look (a legal rule broken mid-transition, an unknown column).
 */
public enum Severity {
    /** The record cannot be accepted as it is. */
    ERROR,
    /** The record is accepted, but something about it deserves attention. */
    WARNING
}
