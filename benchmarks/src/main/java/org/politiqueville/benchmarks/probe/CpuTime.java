package org.politiqueville.benchmarks.probe;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;
import org.politiqueville.benchmarks.CsvExportBenchmark;
import org.politiqueville.benchmarks.CsvImportBenchmark;
import org.politiqueville.benchmarks.JsonBenchmark;
import org.politiqueville.benchmarks.data.Dialect;

/**
 * The same pipelines as the JMH benchmarks, timed by the CPU time of the thread that runs them
 * rather than by the clock: on a shared machine whose cores other processes keep busy, wall-clock
 * ratios swing by tens of percent from one iteration to the next, while CPU-time ratios stay within
 * a few. Each pipeline runs in rounds, interleaved with its baseline, and keeps its best time.
 * Garbage collection and JIT compilation run on other threads and are not counted, so the
 * pipelines that allocate more are slightly favoured; JMH's wall-clock figures include them.
 */
public final class CpuTime {

    private static final int ROUNDS = 6;
    private static final int RUNS_PER_ROUND = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {
    }

    /** One pipeline: a name and one whole run of it. */
    private record Pipeline(String name, Run run) {
    }

    @FunctionalInterface
    private interface Run {
        void once() throws IOException;
    }

    /**
     * Prints a Markdown table: milliseconds of CPU per file and the ratio to the group's baseline.
     *
     * @param args optionally, the start of the names of the groups to time (such as
     *             {@code "CSV import"}); all groups without
     * @throws IOException if a fixture cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        Blackhole sink = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        String only = args.length > 0 ? args[0] : "";
        Map<String, List<Pipeline>> groups = new LinkedHashMap<>();
        for (Dialect dialect : "CSV import".startsWith(only) ? Dialect.values() : new Dialect[0]) {
            CsvImportBenchmark b = new CsvImportBenchmark();
            b.rows = 100_000;
            b.dialect = dialect;
            b.setUp();
            groups.put("CSV import, " + dialect + ", 100,000 rows", List.of(
                    new Pipeline("raw FastCSV parse", () -> b.fastCsvRaw(sink)),
                    new Pipeline("raw Jackson CSV parse", () -> b.jacksonCsvRaw(sink)),
                    new Pipeline("obvious pipeline (Jackson CSV + Hibernate Validator)",
                            () -> b.jacksonCsvHibernateValidator(sink)),
                    new Pipeline("politiqueville CsvImporter, everything on", () -> b.politiquevilleImport(sink)),
                    new Pipeline("politiqueville CsvImporter, dialect given",
                            () -> b.politiquevilleImportGivenDialect(sink))));
        }
        for (String preset : "CSV export".startsWith(only) ? List.of("OPEN_DATA", "EXCEL_FR") : List.<String>of()) {
            CsvExportBenchmark b = new CsvExportBenchmark();
            b.rows = 100_000;
            b.preset = preset;
            b.setUp();
            groups.put("CSV export, " + preset + ", 100,000 rows", List.of(
                    new Pipeline("raw FastCSV write of the same strings", b::fastCsvWrite),
                    new Pipeline("politiqueville rows to a stream (no fsync)", b::politiquevilleRowsToStream),
                    new Pipeline("politiqueville CsvExporter (atomic file, fsync)", b::politiquevilleExport)));
        }
        if (!"JSON".startsWith(only)) {
            System.out.print(table(groups));
            return;
        }
        JsonBenchmark json = new JsonBenchmark();
        json.rows = 100_000;
        json.setUp();
        groups.put("JSON read, 100,000 observations", List.of(
                new Pipeline("raw Jackson databind read", () -> json.jacksonRead(sink)),
                new Pipeline("politiqueville JSON read, validating", () -> json.politiquevilleRead(sink))));
        groups.put("JSON write, 100,000 observations", List.of(
                new Pipeline("raw Jackson databind write", json::jacksonWrite),
                new Pipeline("politiqueville JSON write", json::politiquevilleWrite)));
        System.out.print(table(groups));
    }

    private static String table(Map<String, List<Pipeline>> groups) throws IOException {
        StringBuilder md = new StringBuilder();
        for (Map.Entry<String, List<Pipeline>> group : groups.entrySet()) {
            List<Pipeline> pipelines = group.getValue();
            long[] best = new long[pipelines.size()];
            Arrays.fill(best, Long.MAX_VALUE);
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < pipelines.size(); i++) {
                    for (int run = 0; run < RUNS_PER_ROUND; run++) {
                        long start = THREADS.getCurrentThreadCpuTime();
                        pipelines.get(i).run.once();
                        best[i] = Math.min(best[i], THREADS.getCurrentThreadCpuTime() - start);
                    }
                }
            }
            long baseline = group.getKey().startsWith("CSV import")
                    ? Math.min(best[0], best[1]) : best[0];
            md.append(String.format(Locale.ROOT, "%n| %s | CPU ms per file | ratio to fastest raw |%n|---|---:|---:|%n",
                    group.getKey()));
            for (int i = 0; i < pipelines.size(); i++) {
                md.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f %% |%n", pipelines.get(i).name,
                        best[i] / 1e6, 100.0 * baseline / best[i]));
            }
        }
        return md.toString();
    }
}
