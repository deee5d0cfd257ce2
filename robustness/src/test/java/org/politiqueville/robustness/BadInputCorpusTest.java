package org.politiqueville.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.FormatRegistry;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import tools.jackson.databind.JsonNode;

/**
 * The bad-input corpus: every file of {@code src/test/resources/bad-inputs} (and the huge inputs
 * {@link HugeInputs} generates at run time) gives the outcome its row of
 * {@code bad-inputs/expected.csv} states, when the integration job converts it: the exit code, the
 * problem code, and its place (line, column or JSON Pointer). A fatal input (exit 2) leaves no
 * output and no report behind and is described on stderr in one line naming the file and the place,
 * without a stack trace; a rejected record (exit 1) is in the report with its place.
 */
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "bad-inputs");
    private static final FormatRegistry REGISTRY = FormatRegistry.load();

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}: exit {2}, {3} at {4}:{5} {6}")
    @CsvFileSource(resources = "/bad-inputs/expected.csv", numLinesToSkip = 1, delimiter = ';', nullValues = "-",
            maxCharsPerColumn = 1000)
    @Timeout(120)
    void eachBadInputGivesItsDocumentedOutcome(String file, String options, int exit, String code, Long line,
                                               Integer column, String pointer, String description) throws IOException {
        Path input = HugeInputs.isGenerated(file) ? HugeInputs.generate(file, directory) : CORPUS.resolve(file);
        assertThat(input).as("corpus file").exists();
        List<String> extra = options == null ? List.of() : Arrays.asList(options.split(" "));
        Path output = directory.resolve("out.json");
        Path rejects = directory.resolve("rejects.json");

        long started = System.nanoTime();
        JobRun run = JobRun.convert(input, output, rejects, extra);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(run.exitCode()).as("%s: exit code; stderr: %s", file, run.err()).isEqualTo(exit);
        assertThat(run.err()).as("no stack trace").doesNotContain("\tat ", "Exception");
        assertThat(took).as("time").isLessThan(Duration.ofSeconds(60));
        if (exit == 2) {
            assertThat(output).as("no output after a fatal input").doesNotExist();
            assertThat(rejects).as("no report after a fatal input").doesNotExist();
            assertThat(run.err().lines().count()).as("one readable line: %s", run.err()).isBetween(1L, 3L);
            assertThat(run.err()).contains(input.getFileName().toString());
            assertThat(run.err().length()).as("bounded message").isLessThan(1_000);
            if (code != null) {
                Problem problem = unreadable(input, extra);
                assertThat(problem.code().name()).as("%s: %s", file, problem).isEqualTo(code);
                placed(problem.location(), line, column, pointer, file);
                if (line != null) {
                    assertThat(run.err()).contains(problem.location().toString());
                }
            }
        } else {
            assertThat(output).as("output").exists();
            JsonNode report = JobRun.report(rejects);
            assertThat(report.get("read").asLong())
                    .isEqualTo(report.get("accepted").asLong() + report.get("rejected").asLong());
            if (code != null) {
                List<JsonNode> matching = new ArrayList<>();
                report.get("problems").forEach(problem -> {
                    if (problem.get("code").asString().equals(code)) {
                        matching.add(problem);
                    }
                });
                assertThat(matching).as("%s: %s in %s", file, code, report.get("problems")).isNotEmpty();
                JsonNode problem = matching.get(0);
                assertThat(problem.get("value").isNull() || problem.get("value").asString().length() <= 201).isTrue();
                placed(new Location(file, problem.get("line").isNull() ? 0 : problem.get("line").asLong(),
                        problem.get("column").isNull() ? 0 : problem.get("column").asInt(), "",
                        problem.get("pointer").isNull() ? "" : problem.get("pointer").asString()), line, column,
                        pointer, file);
            } else {
                assertThat(report.get("errors").asLong()).as("%s: %s", file, report.get("problems")).isZero();
            }
        }
    }

    @Test
    void theCorpusHasAtLeastFortyCasesAndEveryFileHasItsRow() throws IOException {
        List<String> rows;
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/bad-inputs/expected.csv")) {
            rows = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
                    .filter(row -> !row.isBlank()).map(row -> row.substring(0, row.indexOf(';'))).toList();
        }
        List<String> files;
        try (Stream<Path> listed = Files.list(CORPUS)) {
            files = listed.map(path -> path.getFileName().toString()).filter(name -> !name.equals("expected.csv"))
                    .sorted().toList();
        }
        assertThat(rows.size()).isGreaterThanOrEqualTo(40);
        assertThat(rows).containsAll(files);
    }

    private static void placed(Location location, Long line, Integer column, String pointer, String file) {
        if (line != null) {
            assertThat(location.line()).as("%s: line of %s", file, location).isEqualTo(line);
        }
        if (column != null) {
            assertThat(location.column()).as("%s: column of %s", file, location).isEqualTo(column);
        }
        if (pointer != null) {
            assertThat(location.pointer()).as("%s: pointer of %s", file, location).isEqualTo(pointer);
        }
    }

    /** The problem that makes the input unreadable, read through the registry as the job reads it. */
    static Problem unreadable(Path input, List<String> options) throws IOException {
        int kindOption = options.indexOf("--kind");
        RecordKind kind = kindOption < 0 ? null : RecordKind.parse(options.get(kindOption + 1));
        FormatAdapter adapter = REGISTRY.forReading(input, null);
        ReadOptions read = new ReadOptions(kind, NantesMetropole.contract(), Locale.ENGLISH, false, Map.of());
        try (InputStream in = Files.newInputStream(input)) {
            adapter.reader(read).read(in, input.toString(), record -> { });
        } catch (UnreadableInputException e) {
            return e.problem();
        } catch (org.politiqueville.core.validation.InvalidValueException e) {
            return e.toProblem("");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return fail("%s was read without an UnreadableInputException", input);
    }
}
