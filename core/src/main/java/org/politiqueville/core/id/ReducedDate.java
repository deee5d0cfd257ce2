package org.politiqueville.core.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * A date known to the year, the month or the day, written in ISO 8601 reduced form: {@code 2017},
 * {@code 2017-03} or {@code 2017-03-14}.
 *
 * <p>Sources often give only a year (the seed says a council was installed "in 2017"); Popolo uses
 * the same reduced forms for its start and end dates. Dates are ordered by their first day, then by
 * precision (the year {@code 2017} before {@code 2017-01}, before {@code 2017-01-01}).
 *
 * @param year  the year, 1 to 9999
 * @param month the month 1–12, or {@code 0} when only the year is known
 * @param day   the day of the month, or {@code 0} when the day is not known
 */
public record ReducedDate(int year, int month, int day) implements Comparable<ReducedDate> {

    private static final Comparator<ReducedDate> ORDER =
            Comparator.comparing(ReducedDate::firstDay).thenComparing(ReducedDate::precision);

    /**
     * Checks the components.
     *
     * @param year the year, 1 to 9999
     * @param month the month 1–12, or {@code 0} when only the year is known
     * @param day the day of the month, or {@code 0} when the day is not known
     * @throws InvalidValueException with {@link ProblemCode#DATE_FORMAT} if the year is outside
     *                               1–9999 or a day is given without a month, or
     *                               {@link ProblemCode#DATE_INVALID} if the month or day does not exist
     */
    public ReducedDate {
        if (year < 1 || year > 9999 || month < 0 || day < 0 || (month == 0 && day > 0)) {
            throw new InvalidValueException(ProblemCode.DATE_FORMAT, year + "-" + month + "-" + day);
        }
        if (month > 12) {
            throw new InvalidValueException(ProblemCode.DATE_INVALID, format(year, month, day));
        }
        if (day > 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new InvalidValueException(ProblemCode.DATE_INVALID, format(year, month, day));
            }
        }
    }

    /**
     * A date known to the year.
     *
     * @param year the year, 1 to 9999
     * @return the date, not null
     * @throws InvalidValueException if the year is out of range
     */
    public static ReducedDate ofYear(int year) {
        return new ReducedDate(year, 0, 0);
    }

    /**
     * A date known to the month.
     *
     * @param year  the year, 1 to 9999
     * @param month the month, 1 to 12
     * @return the date, not null
     * @throws InvalidValueException if a component is out of range
     */
    public static ReducedDate ofMonth(int year, int month) {
        if (month < 1) {
            throw new InvalidValueException(ProblemCode.DATE_INVALID, format(year, month, 0));
        }
        return new ReducedDate(year, month, 0);
    }

    /**
     * A full calendar date.
     *
     * @param date the date, not null
     * @return the date, not null
     * @throws InvalidValueException if the year is outside 1–9999
     */
    public static ReducedDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new ReducedDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Reads {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, ignoring surrounding whitespace.
     *
     * @param text the text, not null
     * @return the date, not null
     * @throws InvalidValueException with {@link ProblemCode#DATE_FORMAT} if the form is wrong, or
     *                               {@link ProblemCode#DATE_INVALID} if the date does not exist
     */
    public static ReducedDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.toString().strip();
        // yyyy[-mm[-dd]] with ASCII digits, as the regular expression (\d{4})(?:-(\d{2})(?:-(\d{2}))?)?
        // says, checked by hand: the matcher was the most of reading a period.
        int length = trimmed.length();
        if ((length != 4 && length != 7 && length != 10) || !digits(trimmed, 0, 4)
                || (length > 4 && (trimmed.charAt(4) != '-' || !digits(trimmed, 5, 7)))
                || (length > 7 && (trimmed.charAt(7) != '-' || !digits(trimmed, 8, 10)))) {
            throw new InvalidValueException(ProblemCode.DATE_FORMAT, trimmed);
        }
        int year = number(trimmed, 0, 4);
        int month = length > 4 ? number(trimmed, 5, 7) : 0;
        int day = length > 7 ? number(trimmed, 8, 10) : 0;
        if (year == 0 || (length > 4 && month == 0) || (length > 7 && day == 0)) {
            throw new InvalidValueException(ProblemCode.DATE_INVALID, trimmed);
        }
        return new ReducedDate(year, month, day);
    }

    /**
     * Whether a text is a reduced date as {@link #parse(CharSequence)} reads it.
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
     * How much of the date is known.
     *
     * @return the precision, not null
     */
    public DatePrecision precision() {
        return month == 0 ? DatePrecision.YEAR : day == 0 ? DatePrecision.MONTH : DatePrecision.DAY;
    }

    /**
     * The first day this date may mean: 1 January for a year, the 1st for a month.
     *
     * @return the first day, not null
     */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /**
     * The last day this date may mean: 31 December for a year, the month's last day for a month.
     *
     * @return the last day, not null
     */
    public LocalDate lastDay() {
        return switch (precision()) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /**
     * Whether this date certainly lies before another: its last day is before the other's first day.
     *
     * @param other the other date, not null
     * @return true if every day this date may mean is before every day the other may mean
     */
    public boolean isBefore(ReducedDate other) {
        return lastDay().isBefore(other.firstDay());
    }

    @Override
    public int compareTo(ReducedDate other) {
        return ORDER.compare(this, other);
    }

    /**
     * The ISO 8601 reduced form, as {@link #parse(CharSequence)} reads it.
     *
     * @return {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}
     */
    @Override
    public String toString() {
        return format(year, month, day);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /**
     * The text of a date, also of the out-of-range ones named in error messages: the same as
     * {@code String.format(Locale.ROOT, "%04d[-%02d[-%02d]]", ...)}, written by hand for the values
     * a date can hold because {@code String.format} was a third of the JSON and CSV exports.
     */
    static String format(int year, int month, int day) {
        if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
            return formatted(year, month, day);
        }
        char[] text = new char[month == 0 ? 4 : day == 0 ? 7 : 10];
        text[0] = (char) ('0' + year / 1000);
        text[1] = (char) ('0' + year / 100 % 10);
        text[2] = (char) ('0' + year / 10 % 10);
        text[3] = (char) ('0' + year % 10);
        if (month != 0) {
            text[4] = '-';
            text[5] = (char) ('0' + month / 10);
            text[6] = (char) ('0' + month % 10);
            if (day != 0) {
                text[7] = '-';
                text[8] = (char) ('0' + day / 10);
                text[9] = (char) ('0' + day % 10);
            }
        }
        return new String(text);
    }

    /** The general form of {@link #format}, for values no date holds (negative, too wide). */
    static String formatted(int year, int month, int day) {
        // Locale.ROOT: the default locale may format with non-ASCII digits (Arabic, Thai...),
        // which parse would not read back.
        StringBuilder text = new StringBuilder(10).append(String.format(Locale.ROOT, "%04d", year));
        if (month != 0) {
            text.append(String.format(Locale.ROOT, "-%02d", month));
            if (day != 0) {
                text.append(String.format(Locale.ROOT, "-%02d", day));
            }
        }
        return text.toString();
    }
}
