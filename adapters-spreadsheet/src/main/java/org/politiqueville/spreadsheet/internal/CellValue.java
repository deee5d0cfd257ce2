package org.politiqueville.spreadsheet.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One cell as a workbook stores it: its type, its value, and the number format it is displayed
 * with (which tells a date from a number, a percentage, or a code padded with zeros).
 *
 * @param type   the type, not null
 * @param text   the text of a {@link Type#TEXT} cell or the error of an {@link Type#ERROR} cell, else null
 * @param number the value of a {@link Type#NUMBER} cell, else null
 * @param date   the value of a {@link Type#DATE} cell, else null
 * @param format the number format ({@code 0.00}, {@code dd/mm/yyyy}, {@code 00000}), or {@code ""}
 */
public record CellValue(Type type, String text, BigDecimal number, LocalDateTime date, String format) {

    /** What a cell holds. */
    public enum Type {
        /** Nothing. */
        BLANK,
        /** Text, typed or computed. */
        TEXT,
        /** A number (a date stored as a number but formatted as a date is a {@link #DATE}). */
        NUMBER,
        /** A date, with or without a time of day. */
        DATE,
        /** True or false, in {@link CellValue#text()} as {@code true} or {@code false}. */
        BOOLEAN,
        /** An error shown instead of a value, such as {@code #DIV/0!}. */
        ERROR
    }

    /** The blank cell. */
    public static final CellValue BLANK = new CellValue(Type.BLANK, null, null, null, "");

    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code type} or {@code format} is null
     */
    public CellValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
    }

    /**
     * A text cell.
     *
     * @param text the text, not null
     * @return the cell, blank for the empty string
     */
    public static CellValue text(String text) {
        return text.isEmpty() ? BLANK : new CellValue(Type.TEXT, text, null, null, "");
    }

    /**
     * A number cell.
     *
     * @param number the value, not null
     * @param format its number format, or null
     * @return the cell
     */
    public static CellValue number(BigDecimal number, String format) {
        return new CellValue(Type.NUMBER, null, Objects.requireNonNull(number, "number"), null,
                format == null ? "" : format);
    }

    /**
     * A date cell.
     *
     * @param date   the value, not null
     * @param format its number format, or null
     * @return the cell
     */
    public static CellValue date(LocalDateTime date, String format) {
        return new CellValue(Type.DATE, null, null, Objects.requireNonNull(date, "date"), format == null ? "" : format);
    }

    /**
     * A boolean cell.
     *
     * @param value the value
     * @return the cell
     */
    public static CellValue bool(boolean value) {
        return new CellValue(Type.BOOLEAN, Boolean.toString(value), null, null, "");
    }

    /**
     * An error cell.
     *
     * @param error the error as the spreadsheet shows it, such as {@code #N/A}, not null
     * @return the cell
     */
    public static CellValue error(String error) {
        return new CellValue(Type.ERROR, Objects.requireNonNull(error, "error"), null, null, "");
    }

    /**
     * Whether the cell shows nothing: blank, or text made only of spaces.
     *
     * @return true if blank
     */
    public boolean isBlank() {
        return type == Type.BLANK || (type == Type.TEXT && text.isBlank());
    }
}
