/**
 * Spreadsheets for politiqueville: {@code .xlsx}, {@code .xls} and {@code .ods} workbooks in,
 * {@code .xlsx} and {@code .ods} out.
 *
 * <p>{@link org.politiqueville.spreadsheet.SpreadsheetImporter} reads a sheet into entities,
 * streaming, with a report of every rejected row located at its cell;
 * {@link org.politiqueville.spreadsheet.SpreadsheetExporter} writes entities as a workbook. The
 * formats {@code xlsx}, {@code xls} and {@code ods} plug into
 * {@link org.politiqueville.core.spi.FormatRegistry}. FastExcel reads and writes {@code .xlsx},
 * Apache POI reads {@code .xls}, and the JDK's StAX reads and writes {@code .ods}.
 */
module org.politiqueville.spreadsheet {
    requires transitive org.politiqueville.core;
    requires org.dhatim.fastexcel.reader;
    requires org.dhatim.fastexcel;
    requires org.apache.poi.poi;
    requires java.xml;
    requires com.fasterxml.aalto;

    exports org.politiqueville.spreadsheet;

    provides org.politiqueville.core.spi.FormatAdapter with org.politiqueville.spreadsheet.XlsxFormatAdapter,
            org.politiqueville.spreadsheet.XlsFormatAdapter, org.politiqueville.spreadsheet.OdsFormatAdapter;
}
