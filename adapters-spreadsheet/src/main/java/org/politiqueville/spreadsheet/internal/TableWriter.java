package org.politiqueville.spreadsheet.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one sheet: a header row then typed rows, streaming. The first {@value #SAMPLE} rows are
 * kept until then so that columns get widths that fit them (between {@value #MIN_WIDTH} and
 * {@value #MAX_WIDTH} characters); later rows go out as they come.
 */
public abstract class TableWriter {

    /** How many rows the column widths are measured on. */
    public static final int SAMPLE = 1000;
    /** The narrowest column, in characters. */
    public static final int MIN_WIDTH = 8;
    /** The widest column, in characters: longer texts overflow or wrap. */
    public static final int MAX_WIDTH = 60;

    private final List<List<CellValue>> sample = new ArrayList<>();
    private boolean started;

    /**
     * Writes a row; the first row is the header.
     *
     * @param cells the cells, text, number or date, not null
     * @throws IOException if writing fails
     */
    public final void row(List<CellValue> cells) throws IOException {
        if (started) {
            write(cells);
            return;
        }
        sample.add(List.copyOf(cells));
        if (sample.size() > SAMPLE) {
            start();
        }
    }

    /**
     * Writes what is left and ends the file.
     *
     * @throws IOException if writing fails
     */
    public final void finish() throws IOException {
        if (!started) {
            start();
        }
        end();
    }

    private void start() throws IOException {
        started = true;
        List<Integer> widths = new ArrayList<>();
        for (List<CellValue> row : sample) {
            for (int column = 0; column < row.size(); column++) {
                while (widths.size() <= column) {
                    widths.add(MIN_WIDTH);
                }
                widths.set(column, Math.max(widths.get(column), Math.min(MAX_WIDTH, length(row.get(column)) + 2)));
            }
        }
        begin(widths);
        for (List<CellValue> row : sample) {
            write(row);
        }
        sample.clear();
    }

    private static int length(CellValue cell) {
        String text = CellTexts.text(cell);
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return cell.type() == CellValue.Type.DATE ? 10 : longest;
    }

    /**
     * Starts the file, with its columns' widths.
     *
     * @param widths the width of each column, in characters
     * @throws IOException if writing fails
     */
    protected abstract void begin(List<Integer> widths) throws IOException;

    /**
     * Writes a row: the first one is the header.
     *
     * @param cells the cells, not null
     * @throws IOException if writing fails
     */
    protected abstract void write(List<CellValue> cells) throws IOException;

    /**
     * Ends the file.
     *
     * @throws IOException if writing fails
     */
    protected abstract void end() throws IOException;
}
