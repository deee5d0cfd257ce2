package org.politiqueville.spreadsheet;

/**
 * The {@code ods} format: OpenDocument spreadsheets (.ods), read and written streaming. See {@link SpreadsheetFormatAdapter}.
 */
public final class OdsFormatAdapter extends SpreadsheetFormatAdapter {

    /** The format's name. */
    public static final String NAME = "ods";

    /** Creates the adapter; {@link java.util.ServiceLoader} calls this. */
    public OdsFormatAdapter() {
        super(SpreadsheetFormat.ODS);
    }
}
