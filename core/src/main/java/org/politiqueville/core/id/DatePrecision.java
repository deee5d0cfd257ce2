package org.politiqueville.core.id;

/** How much of a {@link ReducedDate} is known. */
public enum DatePrecision {
    /** Only the year: {@code 2017}. */
    YEAR,
    /** The year and month: {@code 2017-03}. */
    MONTH,
    /** A full calendar date: {@code 2017-03-14}. */
    DAY
}
