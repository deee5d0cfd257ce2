package org.politiqueville.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.FormatRegistry;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.spi.RecordSink;
import org.politiqueville.core.spi.WriteOptions;

/**
 * The registry, its adapters, their readers and writers, the mappers and validators behind them,
 * and the integration job, shared between threads: many files converted at once, each several
 * times, in a random order, give exactly what sequential runs give (reports, records, output bytes,
 * exit codes).
 */
@Timeout(600)
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int REPEATS = 3;
    private static final FormatRegistry REGISTRY = FormatRegistry.load();
    private static final ReadOptions OPTIONS = new ReadOptions(null, NantesMetropole.contract(), Locale.FRENCH,
            false, Map.of());

    private static ExecutorService pool;
    private static List<Path> inputs;

    @TempDir
    Path directory;

    @BeforeAll
    static void start() throws IOException {
        pool = Executors.newFixedThreadPool(THREADS);
        try (Stream<Path> files = Files.list(BadInputCorpusTest.CORPUS)) {
            inputs = files.filter(path -> !path.getFileName().toString().equals("expected.csv")).sorted().toList();
        }
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    /** What reading a file gives: its report and records, or the problem that made it unreadable. */
    private record Outcome(ImportReport report, List<Object> records, String unreadable) {
    }

    private static Outcome read(Path input) throws IOException {
        FormatAdapter adapter = REGISTRY.forReading(input, null);
        List<Object> records = new ArrayList<>();
        try (InputStream in = Files.newInputStream(input)) {
            ImportReport report = adapter.reader(OPTIONS).read(in, input.getFileName().toString(), records::add);
            return new Outcome(report, records, null);
        } catch (UnreadableInputException e) {
            return new Outcome(null, List.of(), e.problem().toString());
        }
    }

    @Test
    void readersSharedBetweenThreadsReadAsOneThreadDoes() throws Exception {
        List<Outcome> sequential = new ArrayList<>();
        for (Path input : inputs) {
            sequential.add(read(input));
        }

        List<Integer> order = shuffledRepeats(inputs.size());
        List<Future<Outcome>> parallel = new ArrayList<>();
        for (int index : order) {
            parallel.add(pool.submit(() -> read(inputs.get(index))));
        }

        for (int i = 0; i < order.size(); i++) {
            int index = order.get(i);
            assertThat(parallel.get(i).get()).as(inputs.get(index).toString()).isEqualTo(sequential.get(index));
        }
    }

    @Test
    void writersSharedBetweenThreadsWriteTheSameBytes() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (Path input : inputs) {
            outcomes.add(read(input));
        }
        List<String> formats = List.of("out.csv", "out.json", "out.jsonl");
        List<byte[]> sequential = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            for (String format : formats) {
                sequential.add(write(outcomes.get(i), directory.resolve("sequential-" + i + "-" + format)));
            }
        }

        List<Integer> order = shuffledRepeats(inputs.size() * formats.size());
        List<Future<byte[]>> parallel = new ArrayList<>();
        for (int n = 0; n < order.size(); n++) {
            int index = order.get(n);
            Path target = directory.resolve("parallel-" + n + "-" + formats.get(index % formats.size()));
            parallel.add(pool.submit(() -> write(outcomes.get(index / formats.size()), target)));
        }

        for (int n = 0; n < order.size(); n++) {
            assertThat(parallel.get(n).get()).isEqualTo(sequential.get(order.get(n)));
        }
    }

    /** Writes the records of an outcome (its kind, if CSV can hold it) and returns the bytes. */
    private static byte[] write(Outcome outcome, Path target) throws IOException {
        if (outcome.report() == null || outcome.records().isEmpty()) {
            return new byte[0];
        }
        RecordKind kind = outcome.report().kind();
        FormatAdapter adapter = REGISTRY.forWriting(target, null);
        if (!adapter.writableKinds().contains(kind)) {
            return new byte[0];
        }
        WriteOptions options = WriteOptions.DEFAULT.with("dialect", "excel-fr");
        try (RecordSink sink = adapter.writer(options).open(target, kind)) {
            for (Object record : outcome.records()) {
                sink.accept(record);
            }
            sink.commit();
        }
        return Files.readAllBytes(target);
    }

    @Test
    void jobsRunAtOnceInOneJvmGiveWhatTheyGiveOneByOne() throws Exception {
        List<String> sequential = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            sequential.add(job(inputs.get(i), directory.resolve("sequential-" + i)));
        }

        List<Integer> order = shuffledRepeats(inputs.size());
        List<Future<String>> parallel = new ArrayList<>();
        for (int n = 0; n < order.size(); n++) {
            int index = order.get(n);
            Path folder = directory.resolve("parallel-" + n);
            Callable<String> run = () -> job(inputs.get(index), folder);
            parallel.add(pool.submit(run));
        }

        for (int n = 0; n < order.size(); n++) {
            assertThat(parallel.get(n).get()).as(inputs.get(order.get(n)).toString())
                    .isEqualTo(sequential.get(order.get(n)));
        }
    }

    /** Runs the job on a file into a folder of its own: the exit code, the output and the report. */
    private static String job(Path input, Path folder) {
        try {
            Files.createDirectories(folder);
            Path output = folder.resolve("out.json");
            Path rejects = folder.resolve("rejects.json");
            JobRun run = JobRun.of("convert", input.toString(), output.toString(), "--rejects", rejects.toString(),
                    "--locale", "fr");
            return run.exitCode() + "\n" + (Files.exists(output) ? Files.readString(output) : "-") + "\n"
                    + (Files.exists(rejects) ? Files.readString(rejects) : "-") + "\n" + run.err();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Integer> shuffledRepeats(int size) {
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < REPEATS; r++) {
            for (int i = 0; i < size; i++) {
                order.add(i);
            }
        }
        Collections.shuffle(order, new Random(8));
        return order;
    }
}
