package org.politiqueville.core.exchange;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.politiqueville.core.id.DatePrecision;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * How values are written into cells: the decimal separator of numbers and the pattern of full
 * dates. A file format's dialect (CSV, spreadsheet) gives its style to
 * {@link RecordMapper#format(Object, CellStyle)}.
 *
 * <p>Numbers are written in plain notation, without thousands separators, keeping their scale
 * ({@code 12940.5}, {@code 12940,5}). Dates known to the day use the pattern; dates known to the
 * month or the year, and periods, are written the ISO way ({@code 2017-03}, {@code 2015/2020}),
 * which every reader of this library reads back.
 *
 * @param decimalSeparator {@code '.'} or {@code ','}
 * @param datePattern      a {@link DateTimeFormatter} pattern for full dates, not null
 */
public record CellStyle(char decimalSeparator, String datePattern) {

    /** Open-data style: decimal point, ISO dates ({@code yyyy-MM-dd}). */
    public static final CellStyle ISO = new CellStyle('.', "yyyy-MM-dd");

    /** French spreadsheet style: decimal comma, {@code dd/MM/yyyy} dates. */
    public static final CellStyle FRENCH = new CellStyle(',', "dd/MM/yyyy");

    /**
     * Checks the separator and the pattern.
     *
     * @param decimalSeparator the decimal separator, {@code '.'} or {@code ','}
     * @param datePattern      the date pattern, not null
     * @throws NullPointerException  if {@code datePattern} is null
     * @throws InvalidValueException with {@link ProblemCode#CONSTRAINT_VIOLATED} if the separator is
     *                               neither point nor comma or the pattern is not a date pattern
     */
    public CellStyle {
        Objects.requireNonNull(datePattern, "datePattern");
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new InvalidValueException(ProblemCode.CONSTRAINT_VIOLATED, String.valueOf(decimalSeparator),
                    "the decimal separator must be '.' or ','");
        }
        try {
            DateTimeFormatter.ofPattern(datePattern);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(ProblemCode.CONSTRAINT_VIOLATED, datePattern,
                    "not a date pattern: " + e.getMessage());
        }
    }

    /**
     * A number as this style writes it.
     *
     * @param number the number, may be null
     * @return the text, empty for null
     */
    public String number(BigDecimal number) {
        if (number == null) {
            return "";
        }
        String plain = number.toPlainString();
        return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
    }

    /**
     * A date as this style writes it: the pattern for a date known to the day, ISO otherwise.
     *
     * @param date the date, may be null
     * @return the text, empty for null
     */
    public String date(ReducedDate date) {
        if (date == null) {
            return "";
        }
        return date.precision() == DatePrecision.DAY
                ? DateTimeFormatter.ofPattern(datePattern, Locale.ROOT).format(date.firstDay()) : date.toString();
    }
}
