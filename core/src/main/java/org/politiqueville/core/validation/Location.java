package org.politiqueville.core.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * Where in an input a {@link Problem} was found: a file (or other named source), a line and column,
 * a column name for tabular input, a JSON Pointer for JSON input, or a sheet's cell for a
 * spreadsheet.
 *
 * <p>A spreadsheet cell ({@link #ofSheetCell(String, String, long, int, String)}) fills the same
 * components: the source is the file and the sheet joined by {@code #} ({@code quartiers.xlsx#QPV}),
 * the line is the sheet's row number, the column its column number, and the pointer the cell's A1
 * reference ({@code B12}), so that it reads {@code quartiers.xlsx#QPV B12 (Code QPV)}.
 *
 * <p>Every component is optional: an unknown line or column is {@code 0}, an unknown text component
 * is the empty string. {@link #NONE} is the location of problems found in objects built in memory.
 *
 * @param source     the file name or other source label, or {@code ""} if unknown
 * @param line       the 1-based line where the record starts, or {@code 0} if unknown
 * @param column     the 1-based column number (field number for tabular input), or {@code 0} if unknown
 * @param columnName the column (header) name for tabular input, or {@code ""}; bounded as
 *                   {@link Problem#bounded(String)} does
 * @param pointer    the JSON Pointer (RFC 6901) of the value for JSON input, the A1 reference of
 *                   the cell ({@code B12}) for spreadsheet input, or {@code ""}
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
     * @param pointer the JSON Pointer (RFC 6901) of the value for JSON input, the A1 reference of the cell ({@code B12}) for spreadsheet input, or {@code ""}
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
     * A cell of a spreadsheet: source {@code file#sheet}, line the row number, column the column
     * number, pointer the A1 reference ({@code B12}).
     *
     * @param file       the file name, not null
     * @param sheet      the sheet's name, not null
     * @param row        the 1-based row number, positive
     * @param column     the 1-based column number, positive
     * @param columnName the header of that column, not null ({@code ""} if none)
     * @return the location, not null
     * @throws IllegalArgumentException if {@code row} or {@code column} is not positive
     */
    public static Location ofSheetCell(String file, String sheet, long row, int column, String columnName) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        if (row < 1 || column < 1) {
            throw new IllegalArgumentException("row and column must be positive: " + row + ", " + column);
        }
        return new Location(file + "#" + sheet, row, column, columnName, columnLetters(column) + row);
    }

    /**
     * The letters of a spreadsheet column: {@code A} for 1, {@code Z} for 26, {@code AA} for 27.
     *
     * @param column the 1-based column number, positive
     * @return the letters, not null
     * @throws IllegalArgumentException if {@code column} is not positive
     */
    public static String columnLetters(int column) {
        if (column < 1) {
            throw new IllegalArgumentException("column must be positive: " + column);
        }
        StringBuilder letters = new StringBuilder();
        for (int rest = column; rest > 0; rest = (rest - 1) / 26) {
            letters.append((char) ('A' + (rest - 1) % 26));
        }
        return letters.reverse().toString();
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
     * A compact human-readable form such as {@code quartiers.csv:8:2 (Code QPV)},
     * {@code contract.json /quarters/3/codes/0 (12:7)} or {@code quartiers.xlsx#QPV B12 (Code QPV)};
     * in English ({@code line 8:2} when no source is named): {@link #format(Locale)} gives the
     * caller's language.
     *
     * @return the description, empty for {@link #NONE}
     */
    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }

    /**
     * The form of {@link #toString()} in the given language: only the word before a line number
     * without a source changes ({@code line 8:2}, {@code ligne 8:2}); file names, pointers, cell
     * references and column names are written as they are.
     *
     * @param locale the caller's locale, not null: French for any French locale, English otherwise
     * @return the description, empty for {@link #NONE}
     */
    public String format(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        StringBuilder text = new StringBuilder(source);
        if (!pointer.isEmpty()) {
            text.append(text.length() > 0 ? " " : "").append(pointer);
            if (!columnName.isEmpty()) {
                text.append(" (").append(columnName).append(')');
            } else if (line > 0) {
                text.append(" (").append(line).append(':').append(column).append(')');
            }
            return text.toString();
        }
        if (line > 0) {
            if (text.length() > 0) {
                text.append(':');
            } else {
                text.append(Wording.of(locale).getString("location.line")).append(' ');
            }
            text.append(line);
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
