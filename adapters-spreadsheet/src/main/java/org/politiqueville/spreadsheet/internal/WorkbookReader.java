package org.politiqueville.spreadsheet.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Reads a workbook sheet after sheet, row after row, streaming where the format allows. The
 * importer picks the sheet and the header; a reader only says what the file holds.
 *
 * <p>Implementations throw {@link org.politiqueville.core.exchange.UnreadableInputException} when
 * the file is not of their format, is encrypted, or breaks off.
 */
public interface WorkbookReader extends Closeable {

    /**
     * The sheets' names in order, as far as known: all of them for formats with a table of
     * contents (xlsx, xls), those passed so far for formats read in one pass (ods).
     *
     * @return the names, not null
     */
    List<String> sheetNames();

    /**
     * Moves to the next sheet.
     *
     * @return false if there is no sheet left
     * @throws IOException if reading fails
     */
    boolean nextSheet() throws IOException;

    /**
     * The current sheet's name.
     *
     * @return the name, not null
     */
    String sheetName();

    /**
     * Whether the current sheet is hidden.
     *
     * @return true if hidden
     */
    boolean sheetHidden();

    /**
     * The current sheet's next row that holds a cell, in order.
     *
     * @return the row, or null at the end of the sheet
     * @throws IOException if reading fails
     */
    SheetRow nextRow() throws IOException;
}
