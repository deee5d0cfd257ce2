package org.politiqueville.spreadsheet.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Turns a typed cell into the text the format-independent mappers read, keeping what a person
 * sees in the cell:
 * <ul>
 * <li>text as it is, leading zeros and spaces included ({@code 01053});</li>
 * <li>a date as ISO 8601, as precise as its format shows it: {@code 2021-03-14}, {@code 2021-03}
 *     for {@code mm/yyyy}, {@code 2021} for {@code yyyy}; a time of day other than midnight is
 *     kept ({@code 2021-03-14 10:30}), which the mappers then reject as a date;</li>
 * <li>a number in plain notation with a decimal point, rounded to the 15 significant digits
 *     spreadsheets keep ({@code 0.1 + 0.2} is {@code 0.3}), with as many decimals as its format
 *     shows at least ({@code 124.0} for {@code 0.0});</li>
 * <li>a percentage as the number shown followed by {@code %} ({@code 25 %} for 0.25);</li>
 * <li>a number formatted with zeros only ({@code 00000}) padded as shown ({@code 01053});</li>
 * <li>a boolean as {@code true} or {@code false}; an error as shown ({@code #N/A}).</li>
 * </ul>
 */
public final class CellTexts {

    private static final MathContext SPREADSHEET_PRECISION = new MathContext(15);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private CellTexts() {
    }

    /**
     * The text of a cell.
     *
     * @param cell the cell, not null
     * @return the text, {@code ""} for a blank cell
     */
    public static String text(CellValue cell) {
        return switch (cell.type()) {
            case BLANK -> "";
            case TEXT, BOOLEAN, ERROR -> cell.text();
            case NUMBER -> number(cell.number(), NumberFormat.of(cell.format()));
            case DATE -> date(cell.date(), NumberFormat.of(cell.format()));
        };
    }

    private static String number(BigDecimal value, NumberFormat format) {
        if (format.isPercent()) {
            return plain(value.movePointRight(2), format.decimals()) + " %";
        }
        BigDecimal rounded = value.round(SPREADSHEET_PRECISION);
        int width = format.zeroPadding();
        if (width > 0 && rounded.signum() >= 0 && rounded.stripTrailingZeros().scale() <= 0) {
            String digits = rounded.setScale(0).toPlainString();
            return "0".repeat(Math.max(0, width - digits.length())) + digits;
        }
        return plain(rounded, format.decimals());
    }

    private static String plain(BigDecimal value, int decimals) {
        BigDecimal stripped = value.round(SPREADSHEET_PRECISION).stripTrailingZeros();
        if (stripped.scale() < decimals) {
            stripped = stripped.setScale(decimals);
        } else if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.signum() == 0 && decimals == 0 ? "0" : stripped.toPlainString();
    }

    private static String date(LocalDateTime value, NumberFormat format) {
        LocalTime time = value.toLocalTime();
        String clock = time.getSecond() == 0 && time.getNano() == 0 ? MINUTES.format(time) : SECONDS.format(time);
        return switch (format.datePart()) {
            case YEAR -> String.format(Locale.ROOT, "%04d", value.getYear());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", value.getYear(), value.getMonthValue());
            case TIME -> clock;
            case DAY -> time.equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
                    : value.toLocalDate() + " " + clock;
        };
    }
}
