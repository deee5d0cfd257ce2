package org.politiqueville.spreadsheet.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Shows merged cells as a person reads them, row after row: the value of a merged range belongs to
 * its first column on every row the range spans (a commune merged over five rows is the commune of
 * each of them), and the range's other columns are blank (one label merged over three columns is
 * one value, not three). Values hidden under a merge, which a person cannot see, are dropped.
 */
public final class MergeFill {

    private record Active(CellRange range, CellValue value) {
    }

    private final List<Active> active = new ArrayList<>();

    /**
     * The row with the merged ranges that cover it applied.
     *
     * @param row the row as read, not null; rows must come in order
     * @return the row as shown, not null
     */
    public SheetRow apply(SheetRow row) {
        long number = row.number();
        active.removeIf(merge -> merge.range().lastRow() < number);
        for (CellRange range : row.merges()) {
            active.add(new Active(range, row.cell(range.firstColumn())));
        }
        if (active.isEmpty()) {
            return row;
        }
        List<CellValue> cells = new ArrayList<>(row.cells());
        for (Active merge : active) {
            CellRange range = merge.range();
            if (range.firstRow() > number) {
                continue;
            }
            if (number > range.firstRow()) {
                while (cells.size() <= range.firstColumn()) {
                    cells.add(CellValue.BLANK);
                }
                cells.set(range.firstColumn(), merge.value());
            }
            for (int column = range.firstColumn() + 1; column <= range.lastColumn() && column < cells.size(); column++) {
                cells.set(column, CellValue.BLANK);
            }
        }
        return new SheetRow(number, row.hidden(), cells, row.merges());
    }

    /**
     * The last row of the merged ranges that cover a row: the end of a header whose cells are
     * merged downwards.
     *
     * @param number the row, 1-based
     * @return the last row covered, at least {@code number}
     */
    public long bottomOf(long number) {
        long bottom = number;
        for (Active merge : active) {
            if (merge.range().firstRow() <= number && merge.range().lastRow() >= number) {
                bottom = Math.max(bottom, merge.range().lastRow());
            }
        }
        return bottom;
    }
}
