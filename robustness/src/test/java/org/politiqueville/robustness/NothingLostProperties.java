package org.politiqueville.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing is lost: for generated CSV files of observations, good and bad rows mixed (unknown names,
 * impossible dates, reversed periods, bad numbers, ragged rows, NUL bytes, multi-line and quoted
 * cells, blank rows), the job reads every non-blank row; {@code read = accepted + rejected}; the
 * output holds exactly the accepted records; every rejected record is in the report at the line where
 * it starts, and no accepted one is; and running the job again on a file of the rejected rows alone
 * rejects all of them again, for the same reasons: the report is faithful.
 */
class NothingLostProperties {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String[] TERRITORIES = {"Malakoff", "Les Dervallières", "Bellevue", "quarter:malakoff",
        "Atlantis", "", "Nantes", "Le Breil"};
    private static final String[] INDICATORS = {"DISP_MED", "Taux de pauvreté", "Revenu médian disponible par UC",
        "XYZ", ""};
    private static final String[] PERIODS = {"2021", "2015/2020", "2015/2010", "31/02/2021", "14/03/2017", "abc", ""};
    private static final String[] VALUES = {"12940.5", "12 940,5", "48,2", "-3", "abc", "s", "nd", "", "1e5",
        "99999999999999999999999"};
    private static final String[] SOURCES = {"INSEE", "", "sur\ndeux lignes", "dit \"Filosofi\"", "=SOMME(A1)",
        "a; b, c"};

    /** One generated row: its cells, or a defect that makes it malformed. */
    record Row(List<String> cells, String defect) {
    }

    @Provide
    Arbitrary<List<Row>> tables() {
        Arbitrary<List<String>> cells = Combinators.combine(Arbitraries.of(TERRITORIES), Arbitraries.of(INDICATORS),
                Arbitraries.of(PERIODS), Arbitraries.of(VALUES), Arbitraries.of(SOURCES)).as(List::of);
        Arbitrary<String> defects = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("short")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("long")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("nul")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("blank")));
        return Combinators.combine(cells, defects).as(Row::new).list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 60)
    void everyRowIsAcceptedOrReportedAtItsLineAndTheRejectsRejectAgain(@ForAll("tables") List<Row> rows,
                                                                       @ForAll boolean semicolons) throws IOException {
        Path directory = Files.createTempDirectory("nothing-lost");
        try {
            char delimiter = semicolons ? ';' : ',';
            Map<Long, Row> byLine = new TreeMap<>();
            String csv = csv(rows, delimiter, byLine);
            long expectedRead = byLine.size();
            Path input = directory.resolve("observations.csv");
            Files.writeString(input, csv, StandardCharsets.UTF_8);

            Outcome first = convert(input, directory);

            assertThat(first.exit()).as("%s%n%s", csv, first.run()).isIn(0, 1);
            JsonNode report = first.report();
            long read = report.get("read").asLong();
            long accepted = report.get("accepted").asLong();
            long rejected = report.get("rejected").asLong();
            assertThat(read).as("every non-blank row is read:%n%s", csv).isEqualTo(expectedRead);
            assertThat(read).isEqualTo(accepted + rejected);
            assertThat(first.output().size()).as("the output holds the accepted records").isEqualTo(accepted);
            Map<Long, List<String>> errors = errorsByLine(report);
            assertThat(errors.keySet()).as("one line per rejected record").hasSize((int) rejected);
            assertThat(byLine.keySet()).as("errors at the lines where records start").containsAll(errors.keySet());

            if (rejected == 0) {
                return;
            }
            Map<Long, Row> rejectedRows = new TreeMap<>();
            errors.keySet().forEach(line -> rejectedRows.put(line, byLine.get(line)));
            Path again = directory.resolve("rejects-to-fix.csv");
            Files.writeString(again, csv(List.copyOf(rejectedRows.values()), delimiter, new TreeMap<>()),
                    StandardCharsets.UTF_8);

            Outcome second = convert(again, directory);

            assertThat(second.exit()).as("%s", second.run()).isEqualTo(1);
            assertThat(second.report().get("accepted").asLong()).isZero();
            assertThat(second.report().get("rejected").asLong()).isEqualTo(rejected);
            assertThat(List.copyOf(errorsByLine(second.report()).values()))
                    .as("the same reasons, record by record").isEqualTo(List.copyOf(errors.values()));
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private record Outcome(int exit, JobRun run, JsonNode report, JsonNode output) {
    }

    private static Outcome convert(Path input, Path directory) throws IOException {
        Path output = directory.resolve("out.json");
        Path rejects = directory.resolve("rejects.json");
        Files.deleteIfExists(output);
        Files.deleteIfExists(rejects);
        JobRun run = JobRun.of("convert", input.toString(), output.toString(), "--kind", "observations",
                "--rejects", rejects.toString(), "--locale", "en");
        if (run.exitCode() == 2) {
            return new Outcome(2, run, null, null);
        }
        return new Outcome(run.exitCode(), run, JobRun.report(rejects), JSON.readTree(Files.readString(output)));
    }

    /** The error codes and columns of each line, file-level problems (line 1) aside. */
    private static Map<Long, List<String>> errorsByLine(JsonNode report) {
        Map<Long, List<String>> errors = new LinkedHashMap<>();
        report.get("problems").forEach(problem -> {
            if (problem.get("severity").asString().equals("ERROR") && problem.get("line").asLong() > 1) {
                errors.computeIfAbsent(problem.get("line").asLong(), line -> new ArrayList<>())
                        .add(problem.get("code").asString() + "@" + problem.get("column"));
            }
        });
        return errors;
    }

    /** The CSV text of the rows, recording the line where each non-blank row starts. */
    static String csv(List<Row> rows, char delimiter, Map<Long, Row> byLine) {
        StringBuilder text = new StringBuilder();
        text.append(String.join(String.valueOf(delimiter), "Territoire", "Indicateur", "Période", "Valeur", "Source"))
                .append('\n');
        long line = 2;
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(row.cells());
            switch (row.defect()) {
                case "short" -> cells.remove(cells.size() - 1);
                case "long" -> cells.add("en trop");
                case "nul" -> cells.set(0, "Mala\u0000koff");
                case "blank" -> cells.replaceAll(cell -> "");
                default -> {
                    // a row as generated
                }
            }
            if (!cells.stream().allMatch(String::isEmpty)) {
                byLine.put(line, row);
            }
            String written = cells.stream().map(cell -> quote(cell, delimiter))
                    .collect(Collectors.joining(String.valueOf(delimiter)));
            text.append(written).append('\n');
            line += 1 + written.chars().filter(c -> c == '\n').count();
        }
        return text.toString();
    }

    private static String quote(String cell, char delimiter) {
        boolean needs = cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf(delimiter == ';' ? ',' : ';') >= 0;
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

}
