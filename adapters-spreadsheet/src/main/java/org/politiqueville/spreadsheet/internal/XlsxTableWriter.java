package org.politiqueville.spreadsheet.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an {@code .xlsx} sheet with FastExcel's streaming writer: a bold header row, frozen;
 * columns as wide as their content; text as text cells, which no spreadsheet runs as a formula
 * ({@code =cmd|...} stays the text it is); numbers as numbers showing their decimals; dates as
 * dates shown {@code dd/mm/yyyy}. Rows are flushed every thousand.
 */
public final class XlsxTableWriter extends TableWriter {

    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    /**
     * Starts a workbook of one sheet.
     *
     * @param out       where to write, not null; not closed
     * @param sheetName the sheet's name (characters Excel forbids become dashes, cut at 31), not null
     */
    public XlsxTableWriter(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "politiqueville", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    protected void begin(List<Integer> widths) {
        sheet.freezePane(0, 1);
        for (int column = 0; column < widths.size(); column++) {
            sheet.width(column, widths.get(column));
        }
    }

    @Override
    protected void write(List<CellValue> cells) throws IOException {
        for (int column = 0; column < cells.size(); column++) {
            CellValue cell = cells.get(column);
            switch (cell.type()) {
                case NUMBER -> {
                    BigDecimal number = cell.number().scale() < 0 ? cell.number().setScale(0) : cell.number();
                    sheet.value(row, column, number);
                    if (number.scale() > 0) {
                        sheet.style(row, column).format("0." + "0".repeat(number.scale())).set();
                    }
                }
                case DATE -> {
                    sheet.value(row, column, cell.date().toLocalDate());
                    sheet.style(row, column).format("dd/mm/yyyy").set();
                }
                case BLANK -> {
                    // An absent value is an empty cell.
                }
                default -> sheet.value(row, column, cell.text());
            }
            if (row == 0) {
                sheet.style(row, column).bold().fillColor("DDEBF7").set();
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    protected void end() throws IOException {
        workbook.finish();
    }
}
