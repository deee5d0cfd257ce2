package org.politiqueville.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import org.openjdk.jmh.infra.Blackhole;
import org.politiqueville.benchmarks.baseline.PlainJsonObservation;
import org.politiqueville.benchmarks.data.Dialect;
import org.politiqueville.benchmarks.data.Generator;
import org.politiqueville.benchmarks.data.Referential;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.csv.CsvImporter;
import org.politiqueville.json.JsonKind;
import org.politiqueville.json.JsonLayout;
import org.politiqueville.json.JsonReadOptions;
import org.politiqueville.json.PolitiqueVilleJson;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing a JSON array of observations: the politiqueville JSON adapter (reading
 * validates every record) against raw Jackson databind reading and writing plain records with the
 * same properties, from and to memory. One operation reads or writes the whole array.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {

    /** Observations in the array. */
    @Param({"100000"})
    public int rows;

    private List<Observation> observations;
    private List<PlainJsonObservation> plain;
    private byte[] document;
    private PolitiqueVilleJson json;
    private ObjectReader plainReader;
    private ObjectWriter plainWriter;

    /**
     * Reads the observations of a generated CSV file and writes them once as the JSON input.
     *
     * @throws IOException if the file cannot be written or read
     */
    @Setup
    public void setUp() throws IOException {
        observations = observations(rows);
        json = PolitiqueVilleJson.compact();
        document = document(json, observations);
        plain = new ArrayList<>(observations.size());
        for (Observation o : observations) {
            plain.add(new PlainJsonObservation(o.indicator(), o.territory().toString(), o.period().toString(),
                    o.value(), o.unit() == null ? null : o.unit().name(), o.status().name(),
                    o.confidentiality().name(), o.source()));
        }
        JsonMapper mapper = JsonMapper.builder().build();
        plainReader = mapper.readerFor(PlainJsonObservation.class);
        plainWriter = mapper.writerFor(PlainJsonObservation[].class);
    }

    /**
     * The observations accepted from the generated open-data file of that many rows.
     *
     * @param rows the rows of the file
     * @return the observations, not null
     * @throws IOException if the file cannot be written or read
     */
    public static List<Observation> observations(int rows) throws IOException {
        Path source = Fixtures.file(Generator.Kind.OBSERVATIONS, Dialect.OPEN_DATA, rows);
        List<Observation> list = new ArrayList<>();
        CsvImporter.builder().kind(RecordKind.OBSERVATIONS).referential(Referential.contract()).build()
                .read(source, Observation.class, list::add);
        return list;
    }

    /**
     * The compact JSON array of observations that the adapter writes.
     *
     * @param json         the adapter, not null
     * @param observations the observations, not null
     * @return the UTF-8 bytes, not null
     */
    public static byte[] document(PolitiqueVilleJson json, List<Observation> observations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeAll(JsonKind.OBSERVATIONS, observations, JsonLayout.ARRAY, out);
        return out.toByteArray();
    }

    /**
     * Raw Jackson databind reads each element of the array into a plain record, streaming.
     *
     * @param sink keeps the records alive
     * @return the records read
     */
    @Benchmark
    public long jacksonRead(Blackhole sink) {
        long count = 0;
        try (MappingIterator<PlainJsonObservation> elements = plainReader.readValues(document)) {
            while (elements.hasNext()) {
                sink.consume(elements.next());
                count++;
            }
        }
        return count;
    }

    /**
     * The politiqueville JSON adapter streams the array, checking every record (types, codes,
     * periods, Bean Validation and rules) into a report.
     *
     * @param sink keeps the observations alive
     * @return the report
     */
    @Benchmark
    public ImportReport politiquevilleRead(Blackhole sink) {
        return json.stream(JsonKind.OBSERVATIONS, new ByteArrayInputStream(document), JsonLayout.ARRAY,
                JsonReadOptions.defaults(), sink::consume);
    }

    /**
     * Raw Jackson databind writes the plain records as an array.
     *
     * @return the bytes written
     */
    @Benchmark
    public long jacksonWrite() {
        Counting out = new Counting();
        plainWriter.writeValue(out, plain.toArray(new PlainJsonObservation[0]));
        return out.count;
    }

    /**
     * The politiqueville JSON adapter writes the observations as an array.
     *
     * @return the bytes written
     */
    @Benchmark
    public long politiquevilleWrite() {
        Counting out = new Counting();
        json.writeAll(JsonKind.OBSERVATIONS, observations, JsonLayout.ARRAY, out);
        return out.count;
    }

    /** Counts bytes and drops them, so that both writers pay the same for output. */
    private static final class Counting extends OutputStream {

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
