package org.politiqueville.benchmarks;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.politiqueville.benchmarks.data.Dialect;
import org.politiqueville.benchmarks.data.Generator;
import org.politiqueville.benchmarks.data.Referential;
import org.politiqueville.core.exchange.CellStyle;
import org.politiqueville.core.exchange.MappingOptions;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.RecordMapper;
import org.politiqueville.core.exchange.RecordMappers;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.csv.CsvDialect;
import org.politiqueville.csv.CsvExporter;
import org.politiqueville.csv.CsvImporter;
import org.politiqueville.csv.CsvTableWriter;

/**
 * Writing observations as CSV: the politiqueville exporter in each preset against FastCSV writing
 * the very strings the exporter's row mapping produces, to a file in the same directory. One
 * operation writes the whole file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvExportBenchmark {

    /** Rows to write. */
    @Param({"100000"})
    public int rows;

    /** The exporter's preset. */
    @Param({"OPEN_DATA", "EXCEL_FR"})
    public String preset;

    private List<Observation> observations;
    private List<List<String>> cells;
    private CsvDialect dialect;
    private CsvExporter exporter;
    private Path target;
    private Path rawTarget;
    private Path streamTarget;
    private RecordMapper<Observation> mapper;
    private CellStyle style;

    /**
     * Reads the observations of a generated file and formats their cells once for the baseline.
     *
     * @throws IOException if the file cannot be written or read
     */
    @Setup
    public void setUp() throws IOException {
        Path source = Fixtures.file(Generator.Kind.OBSERVATIONS, Dialect.OPEN_DATA, rows);
        observations = new ArrayList<>();
        CsvImporter.builder().kind(RecordKind.OBSERVATIONS).referential(Referential.contract()).build()
                .read(source, Observation.class, observations::add);
        dialect = "EXCEL_FR".equals(preset) ? CsvDialect.EXCEL_FR : CsvDialect.OPEN_DATA;
        exporter = CsvExporter.builder().dialect(dialect).referential(Referential.contract()).descriptor(false)
                .build();
        mapper = RecordMappers.observations(Referential.contract(), MappingOptions.defaults());
        style = new CellStyle(dialect.decimalSeparator(), dialect.datePattern());
        cells = new ArrayList<>(observations.size() + 1);
        cells.add(mapper.columns());
        for (Observation observation : observations) {
            cells.add(mapper.format(observation, style));
        }
        Path dir = Fixtures.directory("export");
        target = dir.resolve("observations-" + preset + ".csv");
        rawTarget = dir.resolve("observations-" + preset + "-raw.csv");
        streamTarget = dir.resolve("observations-" + preset + "-stream.csv");
    }

    /**
     * FastCSV writes the exporter's strings: the baseline.
     *
     * @return the rows written
     * @throws IOException if writing fails
     */
    @Benchmark
    public long fastCsvWrite() throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(rawTarget),
                dialect.charset()), 1 << 16);
             CsvWriter csv = CsvWriter.builder().fieldSeparator(dialect.delimiter())
                     .lineDelimiter(dialect.lineSeparator().characters().equals("\r\n") ? LineDelimiter.CRLF
                             : LineDelimiter.LF)
                     .build(out)) {
            if (dialect.byteOrderMark()) {
                out.write('\uFEFF');
            }
            for (List<String> row : cells) {
                csv.writeRecord(row);
            }
        }
        return cells.size();
    }

    /**
     * The exporter's row mapping and table writer streaming to a file, without the atomic
     * replacement and its forced write to disk: what {@link #politiquevilleExport()} costs beyond
     * the baseline, apart from durability.
     *
     * @return the rows written
     * @throws IOException if writing fails
     */
    @Benchmark
    public long politiquevilleRowsToStream() throws IOException {
        long rows = 0;
        try (CsvTableWriter writer = CsvTableWriter.create(new BufferedOutputStream(Files.newOutputStream(streamTarget),
                1 << 16), dialect)) {
            writer.writeRow(mapper.columns());
            for (Observation observation : observations) {
                writer.writeRow(mapper.format(observation, style));
                rows++;
            }
            writer.commit();
        }
        return rows;
    }

    /**
     * The politiqueville exporter: row mapping (territory names, French or international
     * numbers), charset checks, formula protection in the Excel preset, and an atomic file
     * replacement with the data forced to disk.
     *
     * @return the rows written
     * @throws IOException if writing fails
     */
    @Benchmark
    public long politiquevilleExport() throws IOException {
        return exporter.write(target, RecordKind.OBSERVATIONS, observations);
    }
}
