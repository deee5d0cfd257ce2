package org.politiqueville.spreadsheet.internal;

import java.util.List;

/**
 * One row of a sheet as a {@link WorkbookReader} gives it.
 *
 * @param number the 1-based row number in the sheet
 * @param hidden whether the row is hidden (by hand or by a filter)
 * @param cells  the cells by 0-based column, from column A; columns past the last are blank; no null
 * @param merges the merged ranges whose top-left cell is on this row, not null
 */
public record SheetRow(long number, boolean hidden, List<CellValue> cells, List<CellRange> merges) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list is null or holds null
     */
    public SheetRow {
        cells = List.copyOf(cells);
        merges = List.copyOf(merges);
    }

    /**
     * A cell, blank past the end of the row.
     *
     * @param column the 0-based column
     * @return the cell, not null
     */
    public CellValue cell(int column) {
        return column < cells.size() ? cells.get(column) : CellValue.BLANK;
    }

    /**
     * Whether every cell is blank.
     *
     * @return true if the row shows nothing
     */
    public boolean isBlank() {
        return cells.stream().allMatch(CellValue::isBlank);
    }
}
