package org.politiqueville.spreadsheet;

/**
 * The {@code xlsx} format: Office Open XML workbooks (.xlsx), read and written streaming. See {@link SpreadsheetFormatAdapter}.
 */
public final class XlsxFormatAdapter extends SpreadsheetFormatAdapter {

    /** The format's name. */
    public static final String NAME = "xlsx";

    /** Creates the adapter; {@link java.util.ServiceLoader} calls this. */
    public XlsxFormatAdapter() {
        super(SpreadsheetFormat.XLSX);
    }
}
