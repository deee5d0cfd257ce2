package org.politiqueville.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.catalogue.CatalogueArbitraries;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.csv.CsvDialect;
import org.politiqueville.csv.CsvExporter;
import org.politiqueville.csv.CsvImporter;
import org.politiqueville.csv.CsvRecordSource;
import org.politiqueville.csv.CsvRow;
import org.politiqueville.csv.CsvTableWriter;

/**
 * Formula injection: no cell this library writes for a spreadsheet (the {@code excel-fr} dialect,
 * and the CSV reports) can run as a formula, and the values read back equal the values written.
 */
class FormulaInjectionProperties {

    /** What a spreadsheet may run: a cell starting with one of these, unless it is a plain number. */
    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile(
            "[+-]?(?:\\d+|\\d{1,3}(?:[ \u00A0\u202F]\\d{3})+)(?:[.,]\\d+)?|[+-]?[.,]\\d+");
    private static final String[] PREFIXES = {"", "=", "+", "-", "@", "\t", "\r", "'", "''", "'=", "''=", "'-",
        "=HYPERLINK(\"http://x\";\"y\")", "@SUM(A1:A2)", "-1", "+33 ", "-12,5", "=1+1", "\t=1"};

    static boolean runnable(String cell) {
        return !cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(cell).matches();
    }

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> bodies = Arbitraries.strings().withChars("=+-@'\t\r\n;,\" 0123456789abcAé.").ofMaxLength(12);
        return Combinators.combine(Arbitraries.of(PREFIXES), bodies).as(String::concat);
    }

    @Property(tries = 500)
    void noCellWrittenForASpreadsheetCanRun(@ForAll("cells") String first, @ForAll("cells") String second)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTableWriter writer = CsvTableWriter.create(out, CsvDialect.EXCEL_FR)) {
            writer.writeRow("a", "b");
            writer.writeRow(first.isEmpty() ? "x" : first, second);
            writer.commit();
        }

        List<CsvRow> rows = new ArrayList<>();
        try (CsvRecordSource source = CsvRecordSource.open(new ByteArrayInputStream(out.toByteArray()), "t.csv",
                CsvDialect.EXCEL_FR)) {
            source.forEach(rows::add);
        }
        assertThat(rows).hasSize(1);
        for (String cell : rows.get(0).fields()) {
            assertThat(runnable(cell)).as("a spreadsheet would run %s", cell).isFalse();
        }
    }

    @Provide
    Arbitrary<List<Document>> documents() {
        Arbitrary<String> prefixes = Arbitraries.of(PREFIXES).filter(prefix -> !prefix.startsWith("\t")
                && !prefix.startsWith("\r") && !prefix.endsWith(" "));
        return Combinators.combine(CatalogueArbitraries.documents(), prefixes)
                .as((document, prefix) -> new Document(document.id(), prefix + document.title(),
                        document.categories(), document.period(), document.typeLabel(), document.link(),
                        document.mediaType()))
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 150)
    void valuesReadBackEqualTheValuesWritten(@ForAll("documents") List<Document> documents) throws IOException {
        Path directory = Files.createTempDirectory("formulas");
        try {
            Path file = directory.resolve("documents.csv");
            CsvExporter.builder().dialect(CsvDialect.EXCEL_FR).descriptor(false).build()
                    .write(file, RecordKind.DOCUMENTS, documents);

            try (CsvRecordSource source = CsvRecordSource.open(file)) {
                source.forEach(row -> row.fields().forEach(cell ->
                        assertThat(runnable(cell)).as("a spreadsheet would run %s", cell).isFalse()));
            }
            CsvImporter.Result<Document> back = CsvImporter.builder().kind(RecordKind.DOCUMENTS).build()
                    .readAll(file, Document.class);
            assertThat(back.report().rejected()).as("%s", back.report()).isZero();
            assertThat(back.entities()).isEqualTo(documents);
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @net.jqwik.api.Example
    void noFieldOfTheJobsCsvReportCanRunWhateverTheFileName() throws IOException {
        Path directory = Files.createTempDirectory("formulas");
        // A relative name, as a user types it: the report's source column starts with "=".
        Path input = Path.of("target", "..", "=HYPERLINK(\"http:evil\").csv").normalize();
        try {
            Files.writeString(input, "Nom du quartier,Code QPV,Commune(s)\n@SUM(1),QN0449I,=1+1\n");
            Path rejects = directory.resolve("rejects.csv");

            JobRun run = JobRun.of("convert", input.toString(), directory.resolve("out.json").toString(),
                    "--rejects", rejects.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(Files.readString(rejects)).contains("=HYPERLINK");
            try (CsvRecordSource source = CsvRecordSource.open(rejects)) {
                source.forEach(row -> row.fields().forEach(cell ->
                        assertThat(runnable(cell)).as("a spreadsheet would run %s", cell).isFalse()));
            }
        } finally {
            Files.deleteIfExists(input);
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Property(tries = 200)
    void noFieldOfACsvReportCanRun(@ForAll("cells") String value, @ForAll("cells") String header)
            throws IOException {
        ImportReport report = ImportReport.builder(RecordKind.QUARTERS).source(value)
                .rejected(List.of(Problem.error(ProblemCode.INVALID_FORMAT, value, value, value)
                        .at(Location.ofCell(value, 2, 1, header))))
                .build();
        StringBuilder csv = new StringBuilder();
        report.writeCsv(csv, java.util.Locale.FRENCH);

        try (CsvRecordSource source = CsvRecordSource.open(new ByteArrayInputStream(
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "report.csv",
                CsvDialect.OPEN_DATA.toBuilder().lineSeparator(org.politiqueville.csv.LineSeparator.CRLF).build())) {
            source.forEach(row -> row.fields().forEach(cell ->
                    assertThat(runnable(cell)).as("a spreadsheet would run %s", cell).isFalse()));
        }
    }
}
