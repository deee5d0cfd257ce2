package org.politiqueville.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills the job (a JVM of its own) while it writes a large output, with {@code kill -9} or
 * {@link Process#destroyForcibly()}: the target holds its previous content, or nothing if there was
 * none, never a part of the new one; and the next successful run leaves no temporary file next to
 * it.
 */
@Timeout(300)
class CrashSafetyTest {

    private static final int ROWS = 150_000;

    @TempDir
    static Path inputs;

    private static Path big;
    private static Path small;

    @TempDir
    Path directory;

    @BeforeAll
    static void writeInputs() throws IOException {
        big = observations(inputs.resolve("observations-big.csv"), ROWS);
        small = observations(inputs.resolve("observations-small.csv"), 3);
    }

    private static Path observations(Path file, int rows) throws IOException {
        String[] territories = {"Malakoff", "Les Dervallières", "Bellevue", "Le Breil", "Nantes"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Territoire,Indicateur,Période,Valeur,Source\n");
            for (int i = 0; i < rows; i++) {
                out.write(territories[i % territories.length] + ",DISP_MED," + (2000 + i % 25) + "," + (10_000 + i)
                        + ".5,relevé numéro " + i + " de l’INSEE exporté pour le contrôle de charge\n");
            }
        }
        return file;
    }

    @ParameterizedTest(name = "{0}, previous file: {1}")
    @ValueSource(strings = {"destroyForcibly/previous", "destroyForcibly/none", "kill -9/previous", "kill -9/none"})
    void aJobKilledWhileWritingLeavesThePreviousFileOrNothing(String how) throws Exception {
        boolean previous = how.endsWith("/previous");
        Path target = directory.resolve("observations.json");
        String before = "[\"the previous, complete file\"]\n";
        if (previous) {
            Files.writeString(target, before);
        }

        Process job = ChildJob.start("512m", directory, "convert", big.toString(), target.toString(), "--locale", "en");
        boolean writing = waitForTemporaryFile(job, target);
        assertThat(writing).as("the job reached the writing of its output (stderr: %s)",
                Files.exists(directory.resolve("stderr.txt")) ? Files.readString(directory.resolve("stderr.txt")) : "")
                .isTrue();
        if (how.startsWith("kill -9")) {
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(job.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } else {
            job.destroyForcibly();
        }
        assertThat(job.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(job.exitValue()).as("killed").isNotZero();

        if (previous) {
            assertThat(Files.readString(target)).as("the previous file, whole").isEqualTo(before);
        } else {
            assertThat(target).as("no partial file").doesNotExist();
        }

        JobRun next = JobRun.of("convert", small.toString(), target.toString(), "--locale", "en");
        assertThat(next.exitCode()).as(next.toString()).isZero();
        assertThat(Files.readString(target)).startsWith("[").contains("quarter:malakoff").endsWith("]\n");
        assertThat(leftovers(target)).as("no temporary file after the next run").isEmpty();
    }

    @Test
    void aJobThatEndsNormallyLeavesOnlyItsOutputs() throws IOException {
        Path target = directory.resolve("observations.csv");
        Path rejects = directory.resolve("rejects.json");

        JobRun run = JobRun.of("convert", small.toString(), target.toString(), "--rejects", rejects.toString(),
                "--dialect", "excel-fr");

        assertThat(run.exitCode()).isZero();
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString()).sorted().toList())
                    .containsExactly("observations.csv", "rejects.json");
        }
    }

    /** Waits until the job's temporary output exists and has bytes; false if the job ended first. */
    private static boolean waitForTemporaryFile(Process job, Path target) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!job.isAlive()) {
                return false;
            }
            for (Path leftover : leftovers(target)) {
                if (Files.exists(leftover) && Files.size(leftover) > 0) {
                    return true;
                }
            }
            Thread.sleep(1);
        }
        return false;
    }

    private static List<Path> leftovers(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (Stream<Path> files = Files.list(target.getParent())) {
            return files.filter(path -> path.getFileName().toString().startsWith(prefix)
                    && path.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
