package org.politiqueville.core.validation;

import java.util.Objects;

/**
 * Where in an input a {@link Problem} was found: a file (or other named source), a line and column,
 * a column name for tabular input, or a JSON Pointer for JSON input.
 *
 * <p>Every component is optional: an unknown line or column is {@code 0}, an unknown text component
 * is the empty string. {@link #NONE} is the location of problems found in objects built in memory.
 *
 * @param source     the file name or other source label, or {@code ""} if unknown
 * @param line       the 1-based line where the record starts, or {@code 0} if unknown
 * @param column     the 1-based column number (field number for tabular input), or {@code 0} if unknown
 * @param columnName the column (header) name for tabular input, or {@code ""}; bounded as
 *                   {@link Problem#bounded(String)} does
 * @param pointer    the JSON Pointer (RFC 6901) of the value for JSON input, or {@code ""}
 */
public record Location(String source, long line, int column, String columnName, String pointer) {

    /** No location: the problem was found in an object built in memory. */
    public static final Location NONE = new Location("", 0, 0, "", "");

    /**
     * Checks the components.
     *
     * @param source the file name or other source label, or {@code ""} if unknown
     * @param line the 1-based line where the record starts, or {@code 0} if unknown
     * @param column the 1-based column number (field number for tabular input), or {@code 0} if unknown
     * @param columnName the column (header) name for tabular input, or {@code ""}
     * @param pointer the JSON Pointer (RFC 6901) of the value for JSON input, or {@code ""}
     * @throws NullPointerException     if a text component is null
     * @throws IllegalArgumentException if {@code line} or {@code column} is negative
     */
    public Location {
        Objects.requireNonNull(source, "source");
        // A header is data too: a huge one is echoed bounded like a value.
        columnName = Problem.bounded(Objects.requireNonNull(columnName, "columnName"));
        Objects.requireNonNull(pointer, "pointer");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative: " + line + ", " + column);
        }
    }

    /**
     * A line of a source, for problems about a whole record.
     *
     * @param source the source label, not null
     * @param line   the 1-based line where the record starts
     * @return the location, not null
     */
    public static Location ofLine(String source, long line) {
        return new Location(source, line, 0, "", "");
    }

    /**
     * A cell of tabular input.
     *
     * @param source     the source label, not null
     * @param line       the 1-based line where the record starts
     * @param column     the 1-based field number
     * @param columnName the header of that column, not null
     * @return the location, not null
     */
    public static Location ofCell(String source, long line, int column, String columnName) {
        return new Location(source, line, column, columnName, "");
    }

    /**
     * A value of a JSON document.
     *
     * @param source  the source label, not null
     * @param pointer the JSON Pointer of the value, not null
     * @param line    the 1-based line of the value, or {@code 0} if unknown
     * @param column  the 1-based column of the value, or {@code 0} if unknown
     * @return the location, not null
     */
    public static Location ofPointer(String source, String pointer, long line, int column) {
        return new Location(source, line, column, "", pointer);
    }

    /**
     * Whether this location says nothing at all.
     *
     * @return true if every component is unknown
     */
    public boolean isUnknown() {
        return equals(NONE);
    }

    /**
     * A compact human-readable form such as {@code quartiers.csv:8:2 (Code QPV)} or
     * {@code contract.json /quarters/3/codes/0 (12:7)}.
     *
     * @return the description, empty for {@link #NONE}
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        if (!pointer.isEmpty()) {
            text.append(text.length() > 0 ? " " : "").append(pointer);
            if (line > 0) {
                text.append(" (").append(line).append(':').append(column).append(')');
            }
            return text.toString();
        }
        if (line > 0) {
            text.append(text.length() > 0 ? ":" : "line ").append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        if (!columnName.isEmpty()) {
            text.append(text.length() > 0 ? " " : "").append('(').append(columnName).append(')');
        }
        return text.toString();
    }
}
