/**
 * CSV for politiqueville: legacy French spreadsheet exports in, clean open-data or Excel CSV out.
 *
 * <p>{@link org.politiqueville.csv.CsvImporter} reads a file of records into entities, streaming, with
 * a report of every rejected row; {@link org.politiqueville.csv.CsvExporter} writes entities in a
 * dialect with a Frictionless {@code datapackage.json}. Underneath,
 * {@link org.politiqueville.csv.DialectDetector} guesses a file's charset, delimiter and line
 * separator; {@link org.politiqueville.csv.CsvRecordSource} streams its records with their starting
 * lines; {@link org.politiqueville.csv.CsvTableWriter} writes rows in a
 * {@link org.politiqueville.csv.CsvDialect}, with formula protection for spreadsheets.
 * {@link org.politiqueville.csv.CsvFormatAdapter} plugs both into
 * {@link org.politiqueville.core.spi.FormatRegistry} as the {@code csv} format.
 */
module org.politiqueville.csv {
    requires transitive org.politiqueville.core;
    requires de.siegmar.fastcsv;

    exports org.politiqueville.csv;

    provides org.politiqueville.core.spi.FormatAdapter with org.politiqueville.csv.CsvFormatAdapter;
}
