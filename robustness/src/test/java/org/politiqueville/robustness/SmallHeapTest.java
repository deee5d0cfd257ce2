package org.politiqueville.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The huge bad inputs in a job JVM of {@value #HEAP}: memory is bounded by the limits, not by the
 * size of the file, so each one is refused (exit 2, one line on stderr), never an
 * {@link OutOfMemoryError}.
 */
class SmallHeapTest {

    static final String HEAP = "128m";

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"generated:mixed-encodings-2mb.csv", "generated:single-cell-50mb.csv",
        "generated:million-columns.csv", "generated:nested-100000-deep.json", "generated:string-500mb.json"})
    @Timeout(180)
    void aHugeInputIsRefusedWithinASmallHeap(String name) throws IOException, InterruptedException {
        Path input = HugeInputs.generate(name, directory);
        Path output = directory.resolve("out.json");

        Process job = ChildJob.start(HEAP, directory, "convert", input.toString(), output.toString(), "--locale", "en");

        assertThat(job.waitFor(120, TimeUnit.SECONDS)).as("the job ends").isTrue();
        String err = Files.readString(directory.resolve("stderr.txt"));
        assertThat(job.exitValue()).as(err).isEqualTo(2);
        assertThat(err).contains(input.getFileName().toString()).doesNotContain("OutOfMemoryError", "Exception");
        assertThat(err.lines().count()).isOne();
        assertThat(output).doesNotExist();
    }
}
