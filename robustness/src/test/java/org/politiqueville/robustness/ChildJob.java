package org.politiqueville.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The integration job's shaded jar, run in a JVM of its own as a scheduler runs it. */
final class ChildJob {

    private ChildJob() {
    }

    /** The shaded jar, built by the integration-job module before this module's tests. */
    static Path jar() {
        String configured = System.getProperty("job.jar");
        Path jar = configured != null ? Path.of(configured)
                : Path.of("..", "examples", "integration-job", "target", "politiqueville-job.jar");
        assertThat(jar).as("the shaded jar (run mvn package first)").isRegularFile();
        return jar.toAbsolutePath();
    }

    /**
     * Starts {@code java -XmxHEAP -jar politiqueville-job.jar ARGS}, its output discarded and its
     * errors into a file.
     *
     * @param heap      the heap limit, such as {@code 256m}
     * @param directory the working folder; {@code stderr.txt} is written there
     * @param args      the job's arguments
     * @return the process
     * @throws IOException if it cannot start
     */
    static Process start(String heap, Path directory, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-XX:+UseSerialGC", "-jar", jar().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(directory.resolve("stderr.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
    }
}
