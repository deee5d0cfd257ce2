package org.politiqueville.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import tools.jackson.databind.JsonNode;

/**
 * No type comes from the data, and no message echoes more than a bounded prefix of a bad value.
 */
class SecurityTest {

    /**
     * APIs that load, build or call a type or member named at run time, or deserialize Java objects.
     * Reading the annotations of the library's own types (as the hand-written checks do to prove
     * they match Bean Validation) is not among them: no input names those types.
     */
    private static final Pattern TYPE_FROM_DATA = Pattern.compile("Class\\.forName|\\.loadClass\\(|DefaultTyping"
            + "|@JsonTypeInfo|ObjectInputStream|\\.readObject\\(|setAccessible\\(|\\.invoke\\(|\\.getMethod\\("
            + "|newInstance\\(|getDeclaredConstructor|MethodHandles|ScriptEngine|Runtime\\.getRuntime\\(\\)\\.exec"
            + "|ProcessBuilder|InitialContext|XMLDecoder");

    @TempDir
    Path directory;

    @Test
    void noSourceOfTheLibraryOrTheJobTakesATypeFromItsInput() throws IOException {
        List<String> findings = new ArrayList<>();
        for (String module : List.of("core", "adapters-csv", "adapters-json", "adapters-spreadsheet",
                "examples/integration-job", "examples/plugin")) {
            Path sources = Path.of("..", module, "src", "main", "java");
            assertThat(sources).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(path -> path.toString().endsWith(".java")).forEach(path -> {
                    try {
                        List<String> lines = Files.readAllLines(path);
                        for (int i = 0; i < lines.size(); i++) {
                            if (TYPE_FROM_DATA.matcher(lines.get(i)).find()) {
                                findings.add(path + ":" + (i + 1) + ": " + lines.get(i).strip());
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void problemsAndMessagesEchoAtMostTwoHundredCharactersOfAValue() {
        String huge = "Q".repeat(1_000_000);

        InvalidValueException exception = new InvalidValueException(ProblemCode.QPV_CODE_FORMAT, huge);
        Problem problem = exception.toProblem("codes[0]").at(Location.ofCell("f.csv", 2, 1, huge));

        assertThat(exception.getMessage()).hasSizeLessThan(400);
        assertThat(exception.getMessage(Locale.FRENCH)).hasSizeLessThan(400);
        assertThat(problem.value()).hasSize(201).endsWith("…").startsWith("QQQ");
        assertThat(problem.location().columnName()).hasSize(201);
        assertThat(problem.toString()).hasSizeLessThan(800);
        assertThat(Problem.bounded("a" + "😀".repeat(150))).as("no half surrogate pair").hasSize(200).endsWith("😀…");
        assertThat(Problem.bounded("short")).isEqualTo("short");
    }

    @Test
    void theJobNeverPrintsOrReportsAHugeValue() throws IOException {
        Path input = directory.resolve("quartiers.csv");
        try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            out.write("Nom du quartier,Code QPV,Commune(s)\n");
            out.write("a".repeat(2_000_000) + ",QN" + "9".repeat(2_000_000) + "M,Nantes\n");
        }
        Path output = directory.resolve("out.json");
        Path rejects = directory.resolve("rejects.json");

        JobRun run = JobRun.convert(input, output, rejects, List.of());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().length() + run.err().length()).isLessThan(5_000);
        JsonNode report = JobRun.report(rejects);
        assertThat(Files.size(rejects)).isLessThan(5_000);
        report.get("problems").forEach(problem ->
                assertThat(problem.get("value").asString()).hasSizeLessThanOrEqualTo(201));
    }

    @Test
    void headersThatTellNoKindAreNamedBounded() throws IOException {
        Path input = directory.resolve("headers.csv");
        try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 16_000; i++) {
                out.write((i == 0 ? "" : ",") + "colonne" + "x".repeat(500) + i);
            }
            out.write("\n1,2\n");
        }

        JobRun run = JobRun.convert(input, directory.resolve("out.json"), directory.resolve("rejects.json"),
                List.of());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("headers.csv:1").hasSizeLessThan(1_000);
    }
}
