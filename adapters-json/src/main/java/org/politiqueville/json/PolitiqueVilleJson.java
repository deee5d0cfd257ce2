package org.politiqueville.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.AtomicFiles;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.json.internal.Codec;
import org.politiqueville.json.internal.ContractCodec;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes politiqueville data as JSON: a whole city contract as one document, or the
 * records of one {@linkplain JsonKind kind} as a JSON array or as JSON Lines.
 *
 * <h2>Reading</h2>
 * Reading validates. Each element (a record of an array or a line, an element of a contract's list)
 * is read on its own: what is wrong with it (a wrong type, an unknown property, a bad code, a
 * broken Bean Validation constraint or rule) becomes a problem of the report, with its code, JSON
 * Pointer, line and column, and the element is rejected while the others are still read. Input that
 * is not even well-formed JSON, that breaks an {@linkplain JsonReadOptions input limit} or that has
 * content after its end stops the read with a {@link JsonFormatException} at its line and column.
 * The counts of the report always add up: {@code read = accepted + rejected}. In an array, pointers
 * start with the element's index ({@code /1234/value}); in JSON Lines they are relative to the
 * line's value ({@code /value}) and the line number tells which record it is; in a contract they
 * start with the list ({@code /observations/1234/value}).
 *
 * <p>{@link #stream} reads an array or JSON Lines element by element and hands each accepted
 * record to a consumer: memory does not grow with the file. {@link #readAll} collects them.
 *
 * <h2>Writing</h2>
 * Output is UTF-8, pretty (two-space indentation, {@code \n} line ends, a final line end) or
 * compact, with properties in the fixed order of the JSON Schema. Writing to a {@link Path} is
 * atomic: the content goes to a temporary file in the same directory, which then replaces the
 * target, so a crash never leaves half a file under the target's name. Reading our own output and
 * writing it again gives the same bytes.
 *
 * <h2>JSON Schema</h2>
 * The JSON Schemas (draft 2020-12) of what is written are in this jar: {@value #CONTRACT_SCHEMA} for
 * a contract and {@link JsonKind#schemaResource()} for one record of a kind, all in
 * {@value #SCHEMA_DIRECTORY}; their {@code $id} start with {@value #SCHEMA_BASE_URI}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PolitiqueVilleJson {

    /** The class path directory of the JSON Schemas. */
    public static final String SCHEMA_DIRECTORY = "/org/politiqueville/json/schema/";
    /** The class path resource of the JSON Schema of a whole city contract. */
    public static final String CONTRACT_SCHEMA = SCHEMA_DIRECTORY + "contract.schema.json";
    /** The start of the schemas' {@code $id}: the schema's file name follows it. */
    public static final String SCHEMA_BASE_URI =
            "https://raw.githubusercontent.com/politiqueville/politiqueville/main/adapters-json/src/main/resources"
                    + "/org/politiqueville/json/schema/";

    /**
     * The class path resource of the Nantes Métropole sample contract, the JSON form of
     * {@link org.politiqueville.core.sample.NantesMetropole#contract()}.
     */
    public static final String NANTES_SAMPLE = "/org/politiqueville/json/sample/nantes-metropole.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new PolitiqueVilleModule())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final PolitiqueVilleJson PRETTY = new PolitiqueVilleJson(true);
    private static final PolitiqueVilleJson COMPACT = new PolitiqueVilleJson(false);

    private final boolean pretty;

    private PolitiqueVilleJson(boolean pretty) {
        this.pretty = pretty;
    }

    /**
     * A facade that writes pretty JSON.
     *
     * @return the facade, not null
     */
    public static PolitiqueVilleJson pretty() {
        return PRETTY;
    }

    /**
     * A facade that writes compact JSON, without any white space.
     *
     * @return the facade, not null
     */
    public static PolitiqueVilleJson compact() {
        return COMPACT;
    }

    /**
     * Whether this facade writes pretty JSON.
     *
     * @return true for {@link #pretty()}
     */
    public boolean isPretty() {
        return pretty;
    }

    /**
     * A Jackson mapper with the {@link PolitiqueVilleModule} registered, strict about unknown
     * properties, duplicate keys and trailing tokens, for values this facade does not cover. It does
     * not validate; the facade's read methods do.
     *
     * @return the shared mapper, not null
     */
    public JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * The JSON Schema of a whole city contract, {@value #CONTRACT_SCHEMA}, readable from any module.
     *
     * @return the resource's URL, not null
     */
    public static URL contractSchema() {
        return resource(CONTRACT_SCHEMA);
    }

    static URL resource(String name) {
        URL url = PolitiqueVilleJson.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing resource " + name);
        }
        return url;
    }

    // ---- reading -------------------------------------------------------------------------------

    /**
     * Reads the Nantes Métropole sample contract shipped in this jar ({@value #NANTES_SAMPLE}).
     *
     * @return the contract and the report of its read, not null
     * @throws java.io.UncheckedIOException if the resource cannot be read
     */
    public static JsonReadResult<CityContract> nantesSample() {
        InputStream input = PolitiqueVilleJson.class.getResourceAsStream(NANTES_SAMPLE);
        if (input == null) {
            throw new java.io.UncheckedIOException(new java.io.FileNotFoundException(NANTES_SAMPLE));
        }
        return PRETTY.readContract(input, JsonReadOptions.defaults().withSourceName("nantes-metropole.json"));
    }

    /**
     * Reads a whole city contract from a file.
     *
     * @param file    the file, not null
     * @param options how to read; its source name defaults to the file's name
     * @return the contract built from the accepted elements (absent if the contract's own properties
     *         are wrong) and the report, not null
     * @throws IOException         if the file cannot be read
     * @throws JsonFormatException if the input is not well-formed JSON, breaks a limit, has content
     *                             after its end or is not an object
     */
    public JsonReadResult<CityContract> readContract(Path file, JsonReadOptions options) throws IOException {
        try (InputStream input = Files.newInputStream(file)) {
            return readContract(input, named(options, file));
        }
    }

    /**
     * Reads a whole city contract from a stream, which is closed after reading.
     *
     * @param input   the UTF-8 input, not null
     * @param options how to read, not null
     * @return the contract built from the accepted elements (absent if the contract's own properties
     *         are wrong) and the report, not null
     * @throws java.io.UncheckedIOException if the input cannot be read
     * @throws JsonFormatException          if the input is not well-formed JSON, breaks a limit, has
     *                                      content after its end or is not an object
     */
    public JsonReadResult<CityContract> readContract(InputStream input, JsonReadOptions options) {
        Objects.requireNonNull(input, "input");
        return new JsonReading(options, options.sourceName()).contract(input);
    }

    /**
     * Reads all the records of a file of one kind.
     *
     * @param kind    the kind of records, not null
     * @param file    the file, not null
     * @param layout  an array or JSON Lines, not null
     * @param options how to read; its source name defaults to the file's name
     * @param <T>     the type of the records
     * @return the accepted records and the report, not null
     * @throws IOException         if the file cannot be read
     * @throws JsonFormatException if the input is not well-formed JSON, breaks a limit or has content
     *                             after its end
     */
    public <T> JsonReadResult<T> readAll(JsonKind<T> kind, Path file, JsonLayout layout, JsonReadOptions options)
            throws IOException {
        try (InputStream input = Files.newInputStream(file)) {
            return readAll(kind, input, layout, named(options, file));
        }
    }

    /**
     * Reads all the records of one kind from a stream, which is closed after reading.
     *
     * @param kind    the kind of records, not null
     * @param input   the UTF-8 input, not null
     * @param layout  an array or JSON Lines, not null
     * @param options how to read, not null
     * @param <T>     the type of the records
     * @return the accepted records and the report, not null
     * @throws java.io.UncheckedIOException if the input cannot be read
     * @throws JsonFormatException          if the input is not well-formed JSON, breaks a limit or has
     *                                      content after its end
     */
    public <T> JsonReadResult<T> readAll(JsonKind<T> kind, InputStream input, JsonLayout layout,
                                         JsonReadOptions options) {
        List<T> values = new ArrayList<>();
        ImportReport report = stream(kind, input, layout, options, values::add);
        return new JsonReadResult<>(values, report);
    }

    /**
     * Reads the records of a file of one kind one by one, in constant memory.
     *
     * @param kind     the kind of records, not null
     * @param file     the file, not null
     * @param layout   an array or JSON Lines, not null
     * @param options  how to read; its source name defaults to the file's name
     * @param consumer receives each accepted record, in input order, not null
     * @param <T>      the type of the records
     * @return the report, not null
     * @throws IOException         if the file cannot be read
     * @throws JsonFormatException if the input is not well-formed JSON, breaks a limit or has content
     *                             after its end; the records before it were already consumed
     */
    public <T> ImportReport stream(JsonKind<T> kind, Path file, JsonLayout layout, JsonReadOptions options,
                                   Consumer<? super T> consumer) throws IOException {
        try (InputStream input = Files.newInputStream(file)) {
            return stream(kind, input, layout, named(options, file), consumer);
        }
    }

    /**
     * Reads the records of one kind from a stream one by one, in constant memory; the stream is
     * closed after reading.
     *
     * @param kind     the kind of records, not null
     * @param input    the UTF-8 input, not null
     * @param layout   an array or JSON Lines, not null
     * @param options  how to read, not null
     * @param consumer receives each accepted record, in input order, not null
     * @param <T>      the type of the records
     * @return the report, not null
     * @throws java.io.UncheckedIOException if the input cannot be read
     * @throws JsonFormatException          if the input is not well-formed JSON, breaks a limit or has
     *                                      content after its end; the records before it were already
     *                                      consumed
     */
    public <T> ImportReport stream(JsonKind<T> kind, InputStream input, JsonLayout layout, JsonReadOptions options,
                                   Consumer<? super T> consumer) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(consumer, "consumer");
        return new JsonReading(options, options.sourceName()).stream(kind, input, layout, consumer);
    }

    private static JsonReadOptions named(JsonReadOptions options, Path file) {
        Path name = file.getFileName();
        return options.sourceName().isEmpty() && name != null ? options.withSourceName(name.toString()) : options;
    }

    // ---- writing -------------------------------------------------------------------------------

    /**
     * Writes a whole city contract to a stream, which is left open.
     *
     * @param contract the contract, not null
     * @param output   the output, not null
     * @throws java.io.UncheckedIOException if the output cannot be written
     */
    public void writeContract(CityContract contract, OutputStream output) {
        Objects.requireNonNull(contract, "contract");
        write(output, generator -> ContractCodec.PLAIN.write(contract, generator));
    }

    /**
     * Writes a whole city contract to a file, atomically.
     *
     * @param contract the contract, not null
     * @param file     the target file, not null; replaced if it exists
     * @throws IOException if the file cannot be written; the target is then left as it was
     */
    public void writeContract(CityContract contract, Path file) throws IOException {
        Objects.requireNonNull(contract, "contract");
        AtomicFiles.write(file, output -> writeContract(contract, output));
    }

    /**
     * A whole city contract as JSON text.
     *
     * @param contract the contract, not null
     * @return the JSON, not null
     */
    public String toJson(CityContract contract) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeContract(contract, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes records of one kind to a stream, which is left open. JSON Lines are always compact,
     * one record per line.
     *
     * @param kind   the kind of records, not null
     * @param values the records, not null, no null element
     * @param layout an array or JSON Lines, not null
     * @param output the output, not null
     * @param <T>    the type of the records
     * @throws java.io.UncheckedIOException if the output cannot be written
     */
    public <T> void writeAll(JsonKind<T> kind, Iterable<? extends T> values, JsonLayout layout,
                             OutputStream output) {
        Objects.requireNonNull(values, "values");
        try (JsonRecordWriter<T> writer = openWriter(kind, layout, output)) {
            for (T value : values) {
                writer.write(Objects.requireNonNull(value, "value"));
            }
        }
    }

    /**
     * Starts writing records of one kind to a stream one at a time, for outputs too large to hold
     * in memory. JSON Lines are always compact, one record per line; an array is pretty if this
     * facade is. Closing the writer ends the document and leaves the stream open.
     *
     * @param kind   the kind of records, not null
     * @param layout an array or JSON Lines, not null
     * @param output the output, not null
     * @param <T>    the type of the records
     * @return the writer, to close, not null
     */
    public <T> JsonRecordWriter<T> openWriter(JsonKind<T> kind, JsonLayout layout, OutputStream output) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(output, "output");
        ObjectWriter writer = MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
        if (layout == JsonLayout.LINES) {
            writer = writer.withRootValueSeparator("\n");
        } else if (pretty) {
            writer = writer.with(prettyPrinter());
        }
        return new JsonRecordWriter<>(kind, layout, writer.createGenerator(output), pretty && layout == JsonLayout.ARRAY);
    }

    /**
     * Writes records of one kind to a file, atomically.
     *
     * @param kind   the kind of records, not null
     * @param values the records, not null, no null element
     * @param layout an array or JSON Lines, not null
     * @param file   the target file, not null; replaced if it exists
     * @param <T>    the type of the records
     * @throws IOException if the file cannot be written; the target is then left as it was
     */
    public <T> void writeAll(JsonKind<T> kind, Iterable<? extends T> values, JsonLayout layout, Path file)
            throws IOException {
        AtomicFiles.write(file, output -> writeAll(kind, values, layout, output));
    }

    private void write(OutputStream output, Consumer<JsonGenerator> content) {
        Objects.requireNonNull(output, "output");
        ObjectWriter writer = MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
        if (pretty) {
            writer = writer.with(prettyPrinter());
        }
        try (JsonGenerator generator = writer.createGenerator(output)) {
            content.accept(generator);
            if (pretty) {
                generator.writeRaw('\n');
            }
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withArrayIndenter(indenter)
                .withObjectIndenter(indenter);
    }
}
