package org.politiqueville.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.spi.RecordSink;
import org.politiqueville.core.territory.Quarter;

class SpreadsheetExporterTest {

    private static final Period YEAR = Period.parse("2021");

    @TempDir
    Path folder;

    private static List<Quarter> quarters() {
        return NantesMetropole.contract().quarters();
    }

    private List<Object> csvRecords(String fixture) throws IOException {
        List<Object> records = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + fixture)) {
            new org.politiqueville.csv.CsvFormatAdapter().reader(org.politiqueville.core.spi.ReadOptions
                    .of(NantesMetropole.contract())).read(in, fixture, records::add);
        }
        return records;
    }

    private static String part(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesAnXlsxSheetWithAFrozenBoldHeaderFittingWidthsAndTypedCells() throws IOException {
        Path file = folder.resolve("quartiers.xlsx");

        List<Object> quarters = csvRecords("quartiers-excel-fr.csv");

        long rows = SpreadsheetExporter.builder().build().write(file, RecordKind.QUARTERS, quarters);

        assertThat(rows).isEqualTo(quarters.size());
        String sheet = part(file, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("ySplit=\"1\"", "state=\"frozen\"", "<cols>", "customWidth=\"true\"");
        assertThat(part(file, "xl/styles.xml")).contains("<b/>");
        assertThat(part(file, "xl/workbook.xml")).contains("name=\"quarters\"");
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            List<Row> read = stream.toList();
            assertThat(read.get(0).getCellText(0)).isEqualTo("id");
            int population = columnOf(read.get(0), "population");
            int code = columnOf(read.get(0), "qpvCode");
            assertThat(read.get(1).getCell(population).getType()).isEqualTo(CellType.NUMBER);
            assertThat(read.get(1).getCell(code).getType()).isEqualTo(CellType.STRING);
        }
    }

    private static int columnOf(Row header, String name) {
        for (Cell cell : header) {
            if (cell != null && name.equals(cell.getText())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void textStartingLikeAFormulaStaysTextAndNeverBecomesAFormula() throws IOException {
        List<Document> documents = List.of(
                Document.builder("=HYPERLINK(\"http://evil.example\",\"clic\")", YEAR).build(),
                Document.builder("@SUM(1+1)*cmd|' /C calc'!A0", YEAR).build(),
                Document.builder("-2+3", YEAR).build());
        for (SpreadsheetFormat format : List.of(SpreadsheetFormat.XLSX, SpreadsheetFormat.ODS)) {
            Path file = folder.resolve("documents." + format.extension());

            SpreadsheetExporter.builder().format(format).build().write(file, RecordKind.DOCUMENTS, documents);

            String content = part(file, format == SpreadsheetFormat.XLSX ? "xl/worksheets/sheet1.xml" : "content.xml");
            assertThat(content).as(format.name()).doesNotContain("<f>", "table:formula");
            List<Object> back = new ArrayList<>();
            SpreadsheetImporter.builder().build().read(file, Object.class, back::add);
            assertThat(back).as(format.name()).extracting(record -> ((Document) record).title())
                    .containsExactly("=HYPERLINK(\"http://evil.example\",\"clic\")", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3");
        }
    }

    @Test
    void writesAnOdsSheetWithAFrozenBoldHeaderWidthsAndTypedCells() throws IOException {
        Path file = folder.resolve("instances.ods");
        List<GovernanceBody> bodies = new ArrayList<>(NantesMetropole.contract().bodies());
        bodies.set(0, bodies.get(0).toBuilder().installation(ReducedDate.of(LocalDate.of(2015, 6, 30))).build());

        SpreadsheetExporter.builder().format(SpreadsheetFormat.ODS).sheetName("Instances").build()
                .write(file, RecordKind.BODIES, bodies);

        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.entries().nextElement().getName()).isEqualTo("mimetype");
        }
        assertThat(part(file, "settings.xml")).contains("VerticalSplitPosition", "Instances");
        String content = part(file, "content.xml");
        assertThat(content).contains("style:column-width=", "fo:font-weight=\"bold\"", "table:name=\"Instances\"",
                "office:value-type=\"date\" office:date-value=\"2015-06-30\"");
        List<Object> back = new ArrayList<>();
        SpreadsheetImporter.builder().sheet("Instances").build().read(file, Object.class, back::add);
        assertThat(back).isEqualTo(bodies);
    }

    @Test
    void numbersKeepTheirDecimalsAndDatesReadBackAsDates() throws IOException {
        for (SpreadsheetFormat format : List.of(SpreadsheetFormat.XLSX, SpreadsheetFormat.ODS)) {
            Path file = folder.resolve("observations." + format.extension());
            List<Object> observations = csvRecords("observations-filosofi.csv");

            SpreadsheetExporter.builder().format(format).build().write(file, RecordKind.OBSERVATIONS, observations);

            List<Object> back = new ArrayList<>();
            SpreadsheetImporter.builder().build().read(file, Object.class, back::add);
            assertThat(back).as(format.name()).isEqualTo(observations);
            assertThat(back).as(format.name()).extracting(record ->
                    ((org.politiqueville.core.indicator.Observation) record).value())
                    .contains(new BigDecimal("12940.5"));
        }
    }

    @Test
    void aSinkClosedWithoutCommitLeavesThePreviousFile() throws IOException {
        Path file = Files.writeString(folder.resolve("quartiers.xlsx"), "previous");

        try (RecordSink sink = SpreadsheetExporter.builder().build().open(file, RecordKind.QUARTERS)) {
            sink.accept(quarters().get(0));
        }

        assertThat(Files.readString(file)).isEqualTo("previous");
        assertThatThrownBy(() -> SpreadsheetExporter.builder().format(SpreadsheetFormat.XLS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
