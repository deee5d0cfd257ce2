package org.politiqueville.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.politiqueville.benchmarks.baseline.PlainObservation;
import org.politiqueville.benchmarks.data.Dialect;
import org.politiqueville.benchmarks.data.Generator;
import org.politiqueville.benchmarks.data.Referential;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.csv.CsvImporter;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reading a file of observations: raw parsers, the obvious hand-written pipeline, and the
 * politiqueville importer, on the same file in the same run. One operation reads the whole file;
 * the report turns operations per second into rows and megabytes per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvImportBenchmark {

    /** Data rows in the file. */
    @Param({"100000"})
    public int rows;

    /** How the file is written. */
    @Param({"FRENCH_EXCEL", "OPEN_DATA"})
    public Dialect dialect;

    private Path file;
    private ObjectReader jacksonRows;
    private ValidatorFactory validatorFactory;
    private Validator validator;
    private CsvImporter importer;
    private CsvImporter importerGivenDialect;

    /**
     * Writes the file and builds every reader once.
     *
     * @throws IOException if the file cannot be written
     */
    @Setup
    public void setUp() throws IOException {
        file = Fixtures.file(Generator.Kind.OBSERVATIONS, dialect, rows);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(dialect.delimiter());
        jacksonRows = new CsvMapper().readerFor(String[].class).with(schema).with(CsvReadFeature.WRAP_AS_ARRAY);
        validatorFactory = Validation.buildDefaultValidatorFactory();
        validator = validatorFactory.getValidator();
        importer = CsvImporter.builder().kind(RecordKind.OBSERVATIONS).referential(Referential.contract()).build();
        importerGivenDialect = CsvImporter.builder().kind(RecordKind.OBSERVATIONS).dialect(dialect.csvDialect())
                .referential(Referential.contract()).build();
    }

    /** Closes the validator factory. */
    @TearDown
    public void tearDown() {
        validatorFactory.close();
    }

    private Reader text() throws IOException {
        return new BufferedReader(Files.newBufferedReader(file, dialect.charset()), 1 << 16);
    }

    /**
     * Jackson CSV reads every row into an array of strings.
     *
     * @param sink keeps the rows alive
     * @return the rows read
     * @throws IOException if reading fails
     */
    @Benchmark
    public long jacksonCsvRaw(Blackhole sink) throws IOException {
        long count = 0;
        try (Reader in = text(); MappingIterator<String[]> it = jacksonRows.readValues(in)) {
            while (it.hasNext()) {
                sink.consume(it.next());
                count++;
            }
        }
        return count;
    }

    /**
     * FastCSV reads every row into a record of strings.
     *
     * @param sink keeps the rows alive
     * @return the rows read
     * @throws IOException if reading fails
     */
    @Benchmark
    public long fastCsvRaw(Blackhole sink) throws IOException {
        long count = 0;
        try (CsvReader<CsvRecord> reader = fastCsv()) {
            for (CsvRecord record : reader) {
                sink.consume(record);
                count++;
            }
        }
        return count;
    }

    /**
     * FastCSV, then each row converted to a typed record (numbers, years, markers).
     *
     * @param sink keeps the records alive
     * @return the rows converted
     * @throws IOException if reading fails
     */
    @Benchmark
    public long fastCsvTyped(Blackhole sink) throws IOException {
        long count = 0;
        boolean openData = dialect == Dialect.OPEN_DATA;
        try (CsvReader<CsvRecord> reader = fastCsv()) {
            boolean header = true;
            for (CsvRecord record : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                PlainObservation observation = PlainObservation.of(record.getFields(), openData);
                sink.consume(observation);
                count++;
            }
        }
        return count;
    }

    /**
     * FastCSV, typed conversion, and the annotations' checks written by hand.
     *
     * @param sink keeps the records alive
     * @return the valid rows
     * @throws IOException if reading fails
     */
    @Benchmark
    public long fastCsvHandChecks(Blackhole sink) throws IOException {
        long valid = 0;
        boolean openData = dialect == Dialect.OPEN_DATA;
        try (CsvReader<CsvRecord> reader = fastCsv()) {
            boolean header = true;
            for (CsvRecord record : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                PlainObservation observation = PlainObservation.of(record.getFields(), openData);
                if (observation != null && observation.isValid()) {
                    sink.consume(observation);
                    valid++;
                }
            }
        }
        return valid;
    }

    /**
     * The obvious pipeline a user writes by hand: Jackson CSV, typed conversion, and Hibernate
     * Validator on each record.
     *
     * @param sink keeps the records alive
     * @return the valid rows
     * @throws IOException if reading fails
     */
    @Benchmark
    public long jacksonCsvHibernateValidator(Blackhole sink) throws IOException {
        long valid = 0;
        boolean openData = dialect == Dialect.OPEN_DATA;
        try (Reader in = text(); MappingIterator<String[]> it = jacksonRows.readValues(in)) {
            if (it.hasNext()) {
                it.next();
            }
            while (it.hasNext()) {
                PlainObservation observation = PlainObservation.of(Arrays.asList(it.next()), openData);
                if (observation != null && validator.validate(observation).isEmpty()) {
                    sink.consume(observation);
                    valid++;
                }
            }
        }
        return valid;
    }

    /**
     * The politiqueville importer, everything on: dialect detection, header mapping, French
     * values, name resolution against a national referential (1,584 quarters), Bean Validation and
     * domain rules, and the import report.
     *
     * @param sink keeps the observations alive
     * @return the report
     * @throws IOException if reading fails
     */
    @Benchmark
    public ImportReport politiquevilleImport(Blackhole sink) throws IOException {
        return importer.read(file, Observation.class, sink::consume);
    }

    /**
     * The same with the dialect given, to show what detection costs.
     *
     * @param sink keeps the observations alive
     * @return the report
     * @throws IOException if reading fails
     */
    @Benchmark
    public ImportReport politiquevilleImportGivenDialect(Blackhole sink) throws IOException {
        return importerGivenDialect.read(file, Observation.class, sink::consume);
    }

    private CsvReader<CsvRecord> fastCsv() throws IOException {
        return CsvReader.builder().fieldSeparator(dialect.delimiter()).ofCsvRecord(file, dialect.charset());
    }
}
