package org.politiqueville.benchmarks.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.Map;
import org.politiqueville.benchmarks.data.Dialect;
import org.politiqueville.benchmarks.data.Generator;
import org.politiqueville.benchmarks.data.Referential;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.csv.CsvImporter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts a generated CSV file of observations of a given size to JSON Lines, streaming, and
 * prints how much heap stayed in use: run with {@code -Xmx64m} on 100 MB and on 1 GB, the peak
 * must not grow with the file. The CSV is produced on the fly by a generating stream (nothing is
 * written to disk) and the JSON Lines go to a counting sink.
 */
public final class Memory {

    /** Periods as text: a few dozen distinct ones, whose formatting is not what is measured. */
    private static final Map<Period, String> PERIODS = new HashMap<>();

    private Memory() {
    }

    /**
     * Runs one conversion.
     *
     * @param args the CSV size in megabytes
     * @throws IOException if the conversion fails
     */
    public static void main(String[] args) throws IOException {
        long megabytes = Long.parseLong(args[0]);
        Dialect dialect = Dialect.FRENCH_EXCEL;
        long rows = Generator.rowsFor(Generator.Kind.OBSERVATIONS, dialect, megabytes * 1_000_000);
        CsvImporter importer = CsvImporter.builder().kind(RecordKind.OBSERVATIONS).dialect(dialect.csvDialect())
                .referential(Referential.contract()).build();
        CountingSink sink = new CountingSink();
        long start = System.nanoTime();
        long[] written = {0};
        long[] maxLive = {0};
        try (InputStream csv = Generator.stream(Generator.Kind.OBSERVATIONS, dialect, rows);
             JsonGenerator json = JsonMapper.builder().build().createGenerator(sink)) {
            ImportReport report = importer.read(csv, Observation.class, observation -> {
                writeLine(json, observation);
                if (++written[0] % 1_000_000 == 0) {
                    maxLive[0] = Math.max(maxLive[0], liveHeap());
                }
            });
            json.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("csv: %,d MB generated, %,d rows; accepted %,d, rejected %,d, problems %,d%n",
                    megabytes, rows, report.accepted(), report.rejected(), report.problems().problems().size());
            System.out.printf("json lines: %,d MB written in %.1f s (%.0f MB/s of CSV)%n", sink.count / 1_000_000,
                    seconds, megabytes / seconds);
            System.out.printf("heap: max %d MB, peak used %d MB, live after a full collection (every million rows)"
                    + " at most %.1f MB%n", Runtime.getRuntime().maxMemory() >> 20, peakUsed() >> 20,
                    maxLive[0] / 1048576.0);
        }
    }

    private static void writeLine(JsonGenerator json, Observation observation) {
        json.writeStartObject();
        json.writeStringProperty("indicator", observation.indicator());
        json.writeStringProperty("territory", observation.territory().toString());
        json.writeStringProperty("period", PERIODS.computeIfAbsent(observation.period(), Period::toString));
        if (observation.value() != null) {
            json.writeName("value");
            json.writeNumber(observation.value());
        }
        if (observation.unit() != null) {
            json.writeStringProperty("unit", observation.unit().symbol());
        }
        json.writeStringProperty("status", observation.status().sdmxCode());
        json.writeStringProperty("confidentiality", observation.confidentiality().name());
        if (observation.source() != null) {
            json.writeStringProperty("source", observation.source());
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** The heap in use after a full collection: what the conversion keeps alive. */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakUsed() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Counts the bytes written and drops them. */
    private static final class CountingSink extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
