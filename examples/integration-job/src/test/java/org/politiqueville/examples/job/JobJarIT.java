package org.politiqueville.examples.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar as a user would, in a separate JVM: {@code java -jar politiqueville-job.jar …}.
 * Bound to the integration-test phase, after the jar is built.
 */
class JobJarIT {

    @TempDir
    Path folder;

    private static Path jar() {
        String configured = System.getProperty("job.jar");
        Path jar = configured != null ? Path.of(configured) : Path.of("target", "politiqueville-job.jar");
        assertThat(jar).as("the shaded jar (run mvn package first)").isRegularFile();
        return jar;
    }

    private Job.Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = folder.resolve("stdout.txt");
        Path err = folder.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                        new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")))
                .start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the job ends").isTrue();
        Job.Run run = new Job.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    @Test
    void theDemoRunsTheWholeJobOnTheBundledSample() throws Exception {
        Job.Run run = java("demo", "--out", "demo", "--locale", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Counts per kind:", "Problems by code:", "QPV_CODE_FORMAT",
                "documents-ressources.seed", "seed-table");
        assertThat(run.err()).as(run.toString()).isEmpty();
        Path demo = folder.resolve("demo");
        assertThat(demo.resolve("json/contract.json")).isNotEmptyFile();
        for (String base : List.of("documents-ressources", "documents-seed", "qpv-2024-national-extract",
                "quartiers-excel-fr", "observations-filosofi")) {
            assertThat(demo.resolve("json/" + base + ".json")).isNotEmptyFile();
            assertThat(demo.resolve("csv-open-data/" + base + ".csv")).isNotEmptyFile();
            assertThat(demo.resolve("csv-excel-fr/" + base + ".csv")).isNotEmptyFile();
            assertThat(demo.resolve("reports/" + base + ".rejects.json")).isNotEmptyFile();
        }
    }

    @Test
    void convertKeepsTheAcceptedRecordsAndExitsWithOneWhenSomeAreRejected() throws Exception {
        Job.fixture("quartiers-excel-fr.csv", folder);

        Job.Run run = java("convert", "quartiers-excel-fr.csv", "quartiers.json", "--rejects", "rejects.csv",
                "--locale", "fr");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("11 enregistrements lus, 8 acceptés, 3 rejetés");
        assertThat(run.err()).as("no progress display without a terminal").isEmpty();
        assertThat(Files.readString(folder.resolve("quartiers.json"))).startsWith("[").contains("\"Malakoff\"");
        assertThat(Files.readAllLines(folder.resolve("rejects.csv"))).hasSize(2 + 3);
    }

    @Test
    void aMalformedInputExitsWithTwoWritesNothingAndShowsNoStackTrace() throws Exception {
        Files.writeString(folder.resolve("broken.json"), "[{\"id\": \"malakoff\", \"label\": ");

        Job.Run run = java("convert", "broken.json", "out.csv", "--kind", "quarters", "--rejects", "r.json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("broken.json").doesNotContain("\tat ", "Exception in thread");
        assertThat(folder.resolve("out.csv")).doesNotExist();
        assertThat(folder.resolve("r.json")).doesNotExist();
    }

    @Test
    void validateFindsThePluginWithoutCodeChanges() throws Exception {
        Job.fixture("documents-ressources.seed", folder);

        Job.Run run = java("validate", "documents-ressources.seed", "--report", "report.json", "--locale", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("7 records read, 7 accepted, 0 rejected", "format=seed-table");
        assertThat(Files.readString(folder.resolve("report.json"))).contains("\"read\": 7");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Job.Run run = java("convert", "--kind", "nonsense", "a.csv", "b.json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--kind").doesNotContain("\tat ");
    }
}
