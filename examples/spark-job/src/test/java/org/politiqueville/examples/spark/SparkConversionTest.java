package org.politiqueville.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Unit;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.examples.job.PolitiqueVilleJob;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Spark job on {@code local[2]} against the single-process job ({@code convert}, run in-process
 * on each file): the same accepted records, the same problems, the same printed counts.
 */
class SparkConversionTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final List<String> FIXTURES = List.of("documents-seed.csv", "observations-filosofi.csv",
            "qpv-2024-national-extract.csv", "quartiers-excel-fr.csv");

    private static SparkSession spark;

    @TempDir
    static Path work;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("politiqueville-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void fixturesGiveTheSingleProcessOutputs() throws IOException {
        Path in = Files.createDirectories(work.resolve("fixtures"));
        for (String name : FIXTURES) {
            try (InputStream fixture = SparkConversionTest.class.getResourceAsStream("/fixtures/" + name)) {
                Files.copy(fixture, in.resolve(name));
            }
        }
        Outcome outcome = compare(in, Locale.ENGLISH);

        assertThat(outcome.result.files()).hasSize(FIXTURES.size());
        assertThat(outcome.result.accepted()).isPositive();
        assertThat(outcome.result.rejected()).isPositive();
    }

    @Test
    void generatedFilesGiveTheSingleProcessOutputs() throws IOException {
        Path in = Files.createDirectories(work.resolve("generated"));
        CityContract contract = NantesMetropole.contract();
        for (int file = 0; file < 4; file++) {
            boolean excel = file % 2 == 0;
            writeObservations(in.resolve("observations-" + file + ".csv"), contract, file, 1_500 + 250 * file, excel);
        }
        Outcome outcome = compare(in, Locale.FRENCH);

        assertThat(outcome.result.files()).hasSize(4);
        assertThat(outcome.result.read()).isEqualTo(4 * 1_500 + 250 * 6);
        assertThat(outcome.result.accepted()).isGreaterThan(outcome.result.rejected()).isPositive();
        assertThat(outcome.result.rejected()).isPositive();
        // Quoted cells over two lines were read whole: no file was cut inside one.
        assertThat(outcome.accepted.get("observations")).anyMatch(line -> line.contains("Filosofi\\n2021"));
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersConverted() throws IOException {
        Path in = Files.createDirectories(work.resolve("unreadable"));
        try (InputStream fixture = SparkConversionTest.class.getResourceAsStream("/fixtures/observations-filosofi.csv")) {
            Files.copy(fixture, in.resolve("good.csv"));
        }
        Files.writeString(in.resolve("bad.csv"), "foo;bar\n1;2\n");
        Path bad = in.resolve("bad.csv");
        StringWriter err = new StringWriter();
        int code = PolitiqueVilleJob.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "convert", bad.toString(), work.resolve("bad.jsonl").toString(), "--locale", "en");
        assertThat(code).isEqualTo(PolitiqueVilleJob.FAILED);

        SparkConversion.Result result = SparkConversion.run(spark, options(in, work.resolve("unreadable-out"),
                Locale.ENGLISH));

        assertThat(result.files()).extracting(SparkConversion.FileSummary::unreadable).containsExactly(true, false);
        assertThat(result.accepted()).isPositive();
        List<JsonNode> rejects = lines(work.resolve("unreadable-out"), FileConversion.REJECTS).stream()
                .map(JSON::readTree).filter(problem -> problem.get("file").asString().equals(bad.toString())).toList();
        assertThat(rejects).hasSize(1);
        assertThat(err.toString()).contains(rejects.get(0).get("message").asString());
    }

    @Test
    void anInputMatchingNoFileIsRefusedBeforeAnyWork() {
        Path missing = work.resolve("missing").resolve("*.csv");
        Path out = work.resolve("missing-out");

        assertThatThrownBy(() -> SparkConversion.run(spark, options(missing, out, Locale.FRENCH)))
                .isInstanceOf(SparkJobException.class)
                .hasMessage("Aucun fichier CSV ne correspond à " + missing + ".");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputFolderHoldingAnInputIsRefused() throws IOException {
        Path folder = Files.createDirectories(work.resolve("inside"));
        Path input = Files.writeString(folder.resolve("a.csv"), "Territoire;Indicateur\n");

        assertThatThrownBy(() -> SparkConversion.run(spark, options(folder, folder, Locale.ENGLISH)))
                .isInstanceOf(SparkJobException.class)
                .hasMessageStartingWith("The output folder " + folder + " would replace the input");
        assertThat(input).exists();
    }

    @Test
    void anEmptyFolderGivesNoFile() throws IOException {
        Path empty = Files.createDirectories(work.resolve("empty"));

        SparkConversion.Result result = SparkConversion.run(spark, options(empty, work.resolve("empty-out"),
                Locale.ENGLISH));

        assertThat(result.files()).isEmpty();
        assertThat(result.read()).isZero();
    }

    /** Everything the two jobs write and print about a folder of files. */
    private record Outcome(SparkConversion.Result result, Map<String, List<String>> accepted) {
    }

    private static Outcome compare(Path in, Locale locale) throws IOException {
        Path out = work.resolve(in.getFileName() + "-out");
        SparkConversion.Result result = SparkConversion.run(spark, options(in, out, locale));

        Map<String, List<String>> expectedLines = new TreeMap<>();
        List<String> expectedProblems = new ArrayList<>();
        List<String> expectedSummaries = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(in)) {
            files = listing.sorted().toList();
        }
        for (Path file : files) {
            Path single = work.resolve(in.getFileName() + "-single");
            Files.createDirectories(single);
            Path jsonl = single.resolve(file.getFileName() + ".jsonl");
            Path report = single.resolve(file.getFileName() + ".json");
            StringWriter printed = new StringWriter();
            int code = PolitiqueVilleJob.execute(new PrintWriter(printed), new PrintWriter(new StringWriter()),
                    "convert", file.toString(), jsonl.toString(), "--rejects", report.toString(),
                    "--locale", locale.getLanguage());
            assertThat(code).as("%s converted", file).isLessThan(PolitiqueVilleJob.FAILED);
            JsonNode counts = JSON.readTree(Files.readString(report));
            String kind = counts.get("kind").asString();
            expectedLines.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(Files.readAllLines(jsonl));
            for (JsonNode problem : counts.get("problems")) {
                expectedProblems.add(problem(problem, "source"));
            }
            int header = counts.get("dialect").isEmpty() ? 1 : 2;
            expectedSummaries.add(String.join("\n", printed.toString().lines().limit(header).toList()));
        }

        Map<String, List<String>> actualLines = new TreeMap<>();
        for (String kind : expectedLines.keySet()) {
            actualLines.put(kind, lines(out, kind));
        }
        List<String> actualProblems = lines(out, FileConversion.REJECTS).stream()
                .map(line -> problem(JSON.readTree(line), "file")).toList();

        expectedLines.values().forEach(lines -> lines.sort(null));
        actualLines.values().forEach(lines -> lines.sort(null));
        assertThat(actualLines).isEqualTo(expectedLines);
        assertThat(actualProblems).containsExactlyInAnyOrderElementsOf(expectedProblems);
        assertThat(result.files()).extracting(SparkConversion.FileSummary::text).containsExactlyElementsOf(expectedSummaries);
        assertThat(result.accepted()).isEqualTo(expectedLines.values().stream().mapToLong(List::size).sum());
        assertThat(expectedProblems).isNotEmpty();
        return new Outcome(result, actualLines);
    }

    private static SparkConversion.Options options(Path in, Path out, Locale locale) {
        return new SparkConversion.Options(List.of(in.toString()), out.toString(), null, null, locale, false, Map.of());
    }

    /** Every line of one output dataset's part files. */
    private static List<String> lines(Path out, String dataset) throws IOException {
        Path folder = out.resolve(SparkConversion.DATASET + "=" + dataset);
        List<String> lines = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return lines;
        }
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        return lines;
    }

    /** A problem's fields in one string, whichever of the two files it comes from. */
    private static String problem(JsonNode problem, String fileField) {
        StringBuilder text = new StringBuilder(text(problem.get(fileField)));
        for (String field : List.of("line", "column", "columnName", "severity", "code", "path", "value", "message")) {
            text.append(" | ").append(text(problem.get(field)));
        }
        return text.toString();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asString();
    }

    /**
     * Observations of the sample's quarters and indicators, as French Excel (Windows-1252,
     * semicolons, CRLF, decimal commas) or open data (UTF-8, commas, LF) writes them, with rows
     * broken on purpose and quoted cells over two lines.
     */
    private static void writeObservations(Path file, CityContract contract, int seed, int rows, boolean excel)
            throws IOException {
        List<Quarter> quarters = contract.quarters();
        List<IndicatorDefinition> indicators = contract.indicators();
        String delimiter = excel ? ";" : ",";
        String end = excel ? "\r\n" : "\n";
        Charset charset = excel ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        try (Writer out = Files.newBufferedWriter(file, charset)) {
            out.write(String.join(delimiter, excel
                    ? List.of("Territoire", "Indicateur", "Année", "Valeur", "Unité", "Source")
                    : List.of("territoire", "indicateur", "annee", "valeur", "unite", "source")) + end);
            for (int i = 0; i < rows; i++) {
                int n = i * 7 + seed;
                String quarter = i % 97 == 13 ? "Quartier inconnu " + i : quarters.get(n % quarters.size()).label();
                IndicatorDefinition indicator = indicators.get((n / 3) % indicators.size());
                boolean percent = indicator.unit() == Unit.PERCENT;
                String value = i % 89 == 7 ? "beaucoup" : percent ? (n % 600) / 10 + "." + n % 10
                        : (10_000 + n % 9_000) + "." + n % 10;
                String unit = percent ? "%" : indicator.unit() == Unit.EUROS ? (excel ? "€" : "euros") : "nb";
                String source = i % 50 == 3 ? "\"INSEE Filosofi\n2021\"" : "INSEE Filosofi 2021";
                out.write(String.join(delimiter, quarter, indicator.label(), Integer.toString(2015 + n % 8),
                        excel ? value.replace('.', ',') : value, unit, source) + end);
            }
        }
    }
}
