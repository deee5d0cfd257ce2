package org.politiqueville.spreadsheet.internal;

/**
 * A rectangle of merged cells: rows are 1-based as spreadsheets number them, columns 0-based.
 *
 * @param firstRow    the first row, 1-based
 * @param firstColumn the first column, 0-based
 * @param lastRow     the last row, inclusive
 * @param lastColumn  the last column, inclusive
 */
public record CellRange(long firstRow, int firstColumn, long lastRow, int lastColumn) {

    /**
     * Checks the corners.
     *
     * @throws IllegalArgumentException if the range is empty or starts before A1
     */
    public CellRange {
        if (firstRow < 1 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
            throw new IllegalArgumentException("not a range: " + firstRow + "," + firstColumn + ":" + lastRow + ","
                    + lastColumn);
        }
    }

    /**
     * Reads an A1 range such as {@code B3:D5} (or a single cell {@code B3}).
     *
     * @param reference the reference, not null
     * @return the range
     * @throws IllegalArgumentException if the reference is not a range
     */
    public static CellRange parse(String reference) {
        int colon = reference.indexOf(':');
        long[] first = cell(colon < 0 ? reference : reference.substring(0, colon));
        long[] last = colon < 0 ? first : cell(reference.substring(colon + 1));
        return new CellRange(first[0], (int) first[1], last[0], (int) last[1]);
    }

    /** Row (1-based) and column (0-based) of an A1 reference, {@code $} signs ignored. */
    private static long[] cell(String reference) {
        String text = reference.replace("$", "").strip();
        int column = 0;
        int i = 0;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(text.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == text.length() || column > 16_384) {
            throw new IllegalArgumentException("not a cell reference: " + reference);
        }
        long row;
        try {
            row = Long.parseLong(text.substring(i));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a cell reference: " + reference, e);
        }
        return new long[] {row, column - 1};
    }

    /**
     * Whether the range covers a cell.
     *
     * @param row    the 1-based row
     * @param column the 0-based column
     * @return true if inside
     */
    public boolean contains(long row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
}
