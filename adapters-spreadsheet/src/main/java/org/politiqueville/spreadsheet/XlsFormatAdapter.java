package org.politiqueville.spreadsheet;

/**
 * The {@code xls} format: Excel 97–2003 workbooks (.xls), read only. See {@link SpreadsheetFormatAdapter}.
 */
public final class XlsFormatAdapter extends SpreadsheetFormatAdapter {

    /** The format's name. */
    public static final String NAME = "xls";

    /** Creates the adapter; {@link java.util.ServiceLoader} calls this. */
    public XlsFormatAdapter() {
        super(SpreadsheetFormat.XLS);
    }
}
