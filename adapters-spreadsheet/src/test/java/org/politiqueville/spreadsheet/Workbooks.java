package org.politiqueville.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.csv.CsvRecordSource;
import org.politiqueville.csv.CsvRow;

/** Workbooks for the tests: the CSV fixtures as workbooks, and reading helpers. */
final class Workbooks {

    /** A table of text cells: a header and rows. */
    record Table(List<String> header, List<List<String>> rows) {
    }

    /** What reading gave. */
    record Read(ImportReport report, List<Object> records) {
    }

    private Workbooks() {
    }

    /** A CSV fixture as a table, read with the CSV adapter (its dialect detected). */
    static Table csvFixture(String name) {
        try (InputStream in = Workbooks.class.getResourceAsStream("/fixtures/" + name);
             CsvRecordSource source = CsvRecordSource.open(in, name)) {
            List<List<String>> rows = new ArrayList<>();
            for (CsvRow row : source) {
                rows.add(row.fields());
            }
            return new Table(source.header(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a class path resource. */
    static byte[] resource(String name) {
        try (InputStream in = Workbooks.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table as a workbook of one sheet whose cells are all text, as typed by hand or imported as text. */
    static byte[] textWorkbook(Table table, SpreadsheetFormat format, String sheet) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.header());
        rows.addAll(table.rows());
        return switch (format) {
            case XLSX -> xlsx(sheet, worksheet -> {
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        if (!rows.get(r).get(c).isEmpty()) {
                            worksheet.value(r, c, rows.get(r).get(c));
                        }
                    }
                }
            });
            case XLS -> xls(sheet, hssf -> {
                for (int r = 0; r < rows.size(); r++) {
                    Row row = hssf.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        if (!rows.get(r).get(c).isEmpty()) {
                            row.createCell(c).setCellValue(rows.get(r).get(c));
                        }
                    }
                }
            });
            case ODS -> {
                StringBuilder content = new StringBuilder();
                for (List<String> row : rows) {
                    // A line break starts a paragraph, as in an office suite; a carriage return is kept as a character.
                    content.append(RawOds.row(row.stream().map(cell -> cell.isEmpty() ? RawOds.empty()
                            : RawOds.text(cell).replace("\r", "&#13;").replace("\n", "</text:p><text:p>"))
                            .toArray(String[]::new)));
                }
                yield new RawOds().sheet(sheet, content.toString()).bytes();
            }
        };
    }

    /** An .xlsx written with FastExcel's writer. */
    static byte[] xlsx(String sheet, Consumer<Worksheet> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "tests", "1.0");
            content.accept(workbook.newWorksheet(sheet));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An .xls written with POI's HSSF. */
    static byte[] xls(String sheet, Consumer<Sheet> content) {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            content.accept(workbook.createSheet(sheet));
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads workbook bytes saved under a name, with an importer. */
    static Read read(Path folder, String name, byte[] bytes, SpreadsheetImporter importer) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        List<Object> records = new ArrayList<>();
        ImportReport report = importer.read(file, Object.class, records::add);
        return new Read(report, records);
    }
}
