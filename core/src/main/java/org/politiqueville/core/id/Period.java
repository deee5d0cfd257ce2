package org.politiqueville.core.id;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * A span of time covered by a contract, a document or an observation: a year ({@code 2018}), a
 * range of years ({@code 2015/2020}, the ISO 8601 interval form) or a range of reduced dates
 * ({@code 2017-03/2018-06}).
 *
 * <p>Both ends are inclusive: {@code 2015/2020} covers 1 January 2015 to 31 December 2020. A
 * single date is a period whose start and end are equal, written without a slash.
 *
 * <p>Not to be confused with {@link java.time.Period}, which is an amount of time.
 *
 * @param start the first date covered, not null
 * @param end   the last date covered, not null, not before {@code start}
 */
public record Period(ReducedDate start, ReducedDate end) implements Comparable<Period> {

    /**
     * Checks that the period does not end before it starts.
     *
     * @param start the first date covered, not null
     * @param end the last date covered, not null, not before {@code start}
     * @throws NullPointerException  if an end is null
     * @throws InvalidValueException with {@link ProblemCode#PERIOD_REVERSED} if {@code end} is before
     *                               {@code start}
     */
    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.lastDay().isBefore(start.firstDay())) {
            throw new InvalidValueException(ProblemCode.PERIOD_REVERSED, start + "/" + end,
                    start.toString(), end.toString());
        }
    }

    /**
     * One year.
     *
     * @param year the year, 1 to 9999
     * @return the period, not null
     * @throws InvalidValueException if the year is out of range
     */
    public static Period ofYear(int year) {
        ReducedDate date = ReducedDate.ofYear(year);
        return new Period(date, date);
    }

    /**
     * A range of whole years, both included.
     *
     * @param startYear the first year
     * @param endYear   the last year, not before {@code startYear}
     * @return the period, not null
     * @throws InvalidValueException if a year is out of range or the range is reversed
     */
    public static Period ofYears(int startYear, int endYear) {
        return new Period(ReducedDate.ofYear(startYear), ReducedDate.ofYear(endYear));
    }

    /**
     * A period from one reduced date to another, both included.
     *
     * @param start the first date, not null
     * @param end   the last date, not null
     * @return the period, not null
     * @throws InvalidValueException if the range is reversed
     */
    public static Period of(ReducedDate start, ReducedDate end) {
        return new Period(start, end);
    }

    /**
     * Reads a year, a reduced date, or two of them separated by {@code /}, ignoring surrounding
     * whitespace: {@code 2018}, {@code 2015/2020}, {@code 2017-03/2018-06-30}.
     *
     * @param text the text, not null
     * @return the period, not null
     * @throws InvalidValueException with {@link ProblemCode#PERIOD_FORMAT} if the form is wrong,
     *                               {@link ProblemCode#DATE_INVALID} if a date does not exist, or
     *                               {@link ProblemCode#PERIOD_REVERSED} if it ends before it starts
     */
    public static Period parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.toString().strip();
        int slash = trimmed.indexOf('/');
        try {
            if (slash < 0) {
                ReducedDate date = ReducedDate.parse(trimmed);
                return new Period(date, date);
            }
            return new Period(ReducedDate.parse(trimmed.substring(0, slash)),
                    ReducedDate.parse(trimmed.substring(slash + 1)));
        } catch (InvalidValueException e) {
            if (e.code() == ProblemCode.DATE_FORMAT) {
                throw new InvalidValueException(ProblemCode.PERIOD_FORMAT, trimmed);
            }
            throw e;
        }
    }

    /**
     * Whether a text is a period as {@link #parse(CharSequence)} reads it.
     *
     * @param text the text, may be null
     * @return true if {@code parse} would accept it
     */
    public static boolean isValid(CharSequence text) {
        if (text == null) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /**
     * The first day covered.
     *
     * @return the first day, not null
     */
    public LocalDate firstDay() {
        return start.firstDay();
    }

    /**
     * The last day covered.
     *
     * @return the last day, not null
     */
    public LocalDate lastDay() {
        return end.lastDay();
    }

    /**
     * Whether the two periods share at least one day.
     *
     * @param other the other period, not null
     * @return true if they overlap
     */
    public boolean overlaps(Period other) {
        return !firstDay().isAfter(other.lastDay()) && !other.firstDay().isAfter(lastDay());
    }

    /**
     * Whether this period covers at least one day of the given year.
     *
     * @param year the year, not null
     * @return true if the year and this period overlap
     */
    public boolean contains(Year year) {
        return start.year() <= year.getValue() && year.getValue() <= end.year();
    }

    /**
     * Whether this period covers the given day.
     *
     * @param date the day, not null
     * @return true if {@code date} lies between the first and last day, both included
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /**
     * Whether this period is a single reduced date (written without a slash).
     *
     * @return true if start and end are equal
     */
    public boolean isSingle() {
        return start.equals(end);
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    /**
     * The ISO 8601 form, as {@link #parse(CharSequence)} reads it: {@code 2018} or {@code 2015/2020}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String first = start.toString();
        return isSingle() ? first : first.concat("/").concat(end.toString());
    }
}
