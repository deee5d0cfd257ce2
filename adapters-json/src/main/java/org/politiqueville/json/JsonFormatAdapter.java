package org.politiqueville.json;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.contract.PolitiqueVilleValidator;
import org.politiqueville.core.exchange.AtomicFiles;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.spi.RecordReader;
import org.politiqueville.core.spi.RecordSink;
import org.politiqueville.core.spi.RecordWriter;
import org.politiqueville.core.spi.WriteOptions;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * The {@code json} format for {@link org.politiqueville.core.spi.FormatRegistry}: {@code .json}
 * and {@code .jsonl} files read and written with {@link PolitiqueVilleJson}, for every
 * {@link RecordKind}: the records of one kind as a JSON array or JSON Lines, or a whole city
 * contract as one object.
 *
 * <p>When the kind is not given, it is inferred from the first value: an object with an
 * {@code agglomeration} is a whole contract; otherwise the kind whose properties the first record
 * uses. The layout is inferred too: a document starting with {@code [} is an array, one starting
 * with an object that is not a contract is JSON Lines. The inference reads at most the first
 * mebibyte and is then replayed, so the input is still streamed.
 *
 * <p>Read settings ({@link ReadOptions#properties()}): {@code layout} ({@code array} or
 * {@code lines}) forces the layout; {@code lenient} ({@code true}) reports unknown properties and
 * repeated keys as warnings instead of rejecting their element; {@code maxNestingDepth},
 * {@code maxStringLength}, {@code maxNameLength}, {@code maxNumberLength} and
 * {@code maxDocumentLength} change the input limits (see {@link JsonReadOptions}). Write settings
 * ({@link WriteOptions#properties()}): {@code layout} ({@code array}, the default, or
 * {@code lines}); the target's extension {@code .jsonl} also selects JSON Lines. Output is pretty
 * when {@link WriteOptions#pretty()}.
 *
 * <p>For a whole contract the report counts the contract's elements (quarters, bodies…): the one
 * contract handed over is built from the accepted ones. A document whose contract cannot be built at
 * all (no id, no agglomeration) is unreadable. Stateless and thread-safe.
 */
public final class JsonFormatAdapter implements FormatAdapter {

    /** The format's name. */
    public static final String NAME = "json";

    /** How many bytes the kind and layout inference may look at. */
    private static final int HEAD_LIMIT = 1 << 20;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Creates the adapter; {@link java.util.ServiceLoader} calls this. */
    public JsonFormatAdapter() {
        // Stateless: every reader and writer gets its options.
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("json", "jsonl");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/json", "application/jsonl", "application/x-ndjson");
    }

    /**
     * Whether the input starts, after an optional byte order mark and white space, with {@code [}
     * or <code>&#123;</code> followed by what may start a JSON value or a property name.
     *
     * @param head the first bytes, not null
     * @return true if the input looks like JSON
     */
    @Override
    public boolean sniff(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        i = skipSpace(head, i);
        if (i >= head.length || (head[i] != '[' && head[i] != '{')) {
            return false;
        }
        int next = skipSpace(head, i + 1);
        if (next >= head.length) {
            return true;
        }
        byte b = head[next];
        return head[i] == '{' ? b == '"' || b == '}' : b == '{' || b == ']' || b == '"' || b == '[';
    }

    private static int skipSpace(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i;
    }

    @Override
    public Set<RecordKind> readableKinds() {
        return Set.copyOf(EnumSet.allOf(RecordKind.class));
    }

    @Override
    public Set<RecordKind> writableKinds() {
        return Set.copyOf(EnumSet.allOf(RecordKind.class));
    }

    /**
     * A reader with the given options.
     *
     * @param options the options, not null
     * @return the reader, not null
     * @throws IllegalArgumentException if the {@code layout} or a limit setting is not understood
     */
    @Override
    public RecordReader reader(ReadOptions options) {
        Objects.requireNonNull(options, "options");
        jsonOptions(options, "");
        JsonLayout forcedLayout = options.property("layout").map(JsonFormatAdapter::layout).orElse(null);
        return (input, source, accepted) -> read(options, forcedLayout, input, source, accepted);
    }

    private static ImportReport read(ReadOptions options, JsonLayout forcedLayout, InputStream input, String source,
                                     Consumer<Object> accepted) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(accepted, "accepted");
        JsonReadOptions jsonOptions = jsonOptions(options, source);
        BufferedInputStream buffered = new BufferedInputStream(new KeepOpen(input), 64 * 1024);
        RecordKind kind = options.kind();
        JsonLayout layout = forcedLayout;
        if (kind == null || (kind != RecordKind.CONTRACT && layout == null)) {
            Shape shape = Shape.of(buffered, source);
            if (kind == null && shape.malformed() != null) {
                throw parserError(shape, buffered, jsonOptions);
            }
            kind = kind != null ? kind : shape.kind(source);
            layout = layout != null ? layout : shape.layout();
        }
        try {
            if (kind == RecordKind.CONTRACT) {
                JsonReadResult<CityContract> result = PolitiqueVilleJson.compact().readContract(buffered, jsonOptions);
                CityContract contract = result.value().orElseThrow(() -> unbuildable(result.report(), source));
                accepted.accept(contract);
                return result.report();
            }
            return PolitiqueVilleJson.compact().stream(JsonKind.of(kind), buffered, layout, jsonOptions, accepted);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The facade's own error for an input whose first record is malformed, so that its wording and
     * location are the same whether the kind was given or not. Nothing is accepted: the first
     * record is the broken one.
     */
    private static UnreadableInputException parserError(Shape shape, InputStream input, JsonReadOptions options) {
        try {
            PolitiqueVilleJson.compact().stream(JsonKind.QUARTERS, input, shape.layout(), options, record -> {
                throw new IllegalStateException("a malformed first record was accepted");
            });
        } catch (UnreadableInputException e) {
            return e;
        } catch (UncheckedIOException | IllegalStateException e) {
            return new UnreadableInputException(shape.malformed(), e);
        }
        return new UnreadableInputException(shape.malformed(), null);
    }

    private static UnreadableInputException unbuildable(ImportReport report, String source) {
        Problem first = report.problems().errors().stream().findFirst()
                .orElse(Problem.error(ProblemCode.REQUIRED, "", null).at(Location.ofPointer(source, "", 1, 1)));
        return new UnreadableInputException(first, null);
    }

    private static JsonReadOptions jsonOptions(ReadOptions options, String source) {
        JsonReadOptions json = options.property("lenient").map(Boolean::parseBoolean).orElse(false)
                ? JsonReadOptions.lenient() : JsonReadOptions.defaults();
        json = json.withLocale(options.locale()).withSourceName(source);
        json = json.withMaxNestingDepth((int) number(options, "maxNestingDepth", json.maxNestingDepth()))
                .withMaxStringLength((int) number(options, "maxStringLength", json.maxStringLength()))
                .withMaxNameLength((int) number(options, "maxNameLength", json.maxNameLength()))
                .withMaxNumberLength((int) number(options, "maxNumberLength", json.maxNumberLength()))
                .withMaxDocumentLength(number(options, "maxDocumentLength", json.maxDocumentLength()));
        if (options.strict()) {
            PolitiqueVilleValidator strict;
            try {
                strict = PolitiqueVilleValidator.builder().strict(true).build();
            } catch (IllegalStateException noProvider) {
                strict = PolitiqueVilleValidator.builder().withoutBeanValidation().strict(true).build();
            }
            json = json.withValidator(strict);
        }
        return json;
    }

    private static long number(ReadOptions options, String key, long otherwise) {
        String text = options.property(key).orElse(null);
        if (text == null) {
            return otherwise;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (!key.equals("maxDocumentLength") && (value < 1 || value > Integer.MAX_VALUE)) {
                throw new IllegalArgumentException(key + " must be between 1 and " + Integer.MAX_VALUE + ": " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is a whole number, not '" + Problem.bounded(text) + "'", e);
        }
    }

    private static JsonLayout layout(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "array" -> JsonLayout.ARRAY;
            case "lines", "jsonl", "ndjson" -> JsonLayout.LINES;
            default -> throw new IllegalArgumentException("a JSON layout is array or lines, not '" + name + "'");
        };
    }

    /**
     * A writer with the given options.
     *
     * @param options the options, not null
     * @return the writer, not null
     * @throws IllegalArgumentException if the {@code layout} setting is not understood
     */
    @Override
    public RecordWriter writer(WriteOptions options) {
        Objects.requireNonNull(options, "options");
        PolitiqueVilleJson json = options.pretty() ? PolitiqueVilleJson.pretty() : PolitiqueVilleJson.compact();
        JsonLayout configured = options.property("layout").map(JsonFormatAdapter::layout).orElse(null);
        return (target, kind) -> {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(kind, "kind");
            JsonLayout layout = configured != null ? configured
                    : String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(".jsonl")
                    ? JsonLayout.LINES : JsonLayout.ARRAY;
            return new Sink(json, target, kind, layout);
        };
    }

    @Override
    public String toString() {
        return NAME;
    }

    /** What the first value of a document says about its kind and layout. */
    private record Shape(JsonLayout layout, boolean contract, Set<String> properties, Problem malformed) {

        /** Reads the first value's top-level property names, then rewinds the stream. */
        static Shape of(BufferedInputStream in, String source) throws IOException {
            in.mark(HEAD_LIMIT);
            try {
                return read(new LimitedStream(in, HEAD_LIMIT), source);
            } finally {
                in.reset();
            }
        }

        private static Shape read(LimitedStream head, String source) {
            JsonToken first = null;
            Set<String> names = new LinkedHashSet<>();
            try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), head)) {
                first = parser.nextToken();
                if (first == null) {
                    return malformed(source, parser.currentLocation(), "an empty input");
                }
                JsonToken object = first == JsonToken.START_ARRAY ? parser.nextToken() : first;
                if (object == JsonToken.END_ARRAY) {
                    return new Shape(layout(first), false, Set.of(), null);
                }
                if (object != JsonToken.START_OBJECT) {
                    return malformed(source, parser.currentLocation(), "an array of objects, an object or JSON Lines");
                }
                for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                    names.add(parser.currentName());
                    parser.nextToken();
                    parser.skipChildren();
                }
                return shape(first, names);
            } catch (JacksonException e) {
                if (head.exhausted() && first != null) {
                    // A first value longer than the head is not malformed: infer from the names seen.
                    return shape(first, names);
                }
                return malformed(source, e.getLocation(), e.getOriginalMessage());
            }
        }

        private static JsonLayout layout(JsonToken first) {
            return first == JsonToken.START_ARRAY ? JsonLayout.ARRAY : JsonLayout.LINES;
        }

        private static Shape shape(JsonToken first, Set<String> names) {
            boolean contract = first == JsonToken.START_OBJECT && names.contains("agglomeration");
            return new Shape(layout(first), contract, Set.copyOf(names), null);
        }

        private static Shape malformed(String source, TokenStreamLocation at, String what) {
            long line = at == null ? 0 : Math.max(0, at.getLineNr());
            int column = at == null ? 0 : Math.max(0, at.getColumnNr());
            String detail = what == null ? "" : what.lines().findFirst().orElse("");
            return new Shape(JsonLayout.ARRAY, false, Set.of(),
                    Problem.error(ProblemCode.MALFORMED_INPUT, "", null, detail)
                            .at(Location.ofPointer(source, "", line, column)));
        }

        /** The kind the first value has; unreadable if the input is malformed or tells no kind. */
        RecordKind kind(String source) {
            if (malformed != null) {
                throw new UnreadableInputException(malformed, null);
            }
            if (contract) {
                return RecordKind.CONTRACT;
            }
            JsonKind<?> best = null;
            long bestScore = 0;
            boolean tie = false;
            for (JsonKind<?> candidate : JsonKind.values()) {
                long known = properties.stream().filter(candidate.properties()::contains).count();
                long score = known * 2 - (properties.size() - known);
                if (known > 0 && (best == null || score > bestScore)) {
                    best = candidate;
                    bestScore = score;
                    tie = false;
                } else if (best != null && score == bestScore && known > 0) {
                    tie = true;
                }
            }
            if (best == null || tie) {
                throw new UnreadableInputException(ProblemCode.KIND_NOT_INFERRED, Location.ofPointer(source, "", 1, 1),
                        String.join(", ", properties));
            }
            return best.recordKind();
        }
    }

    /** Stops reading after a number of bytes, so that the inference stays within the mark. */
    private static final class LimitedStream extends FilterInputStream {

        private long left;
        private boolean exhausted;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.left = limit - 1;
        }

        /** Whether reading stopped at the limit rather than at the end of the input. */
        boolean exhausted() {
            return exhausted;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                exhausted = true;
                return -1;
            }
            left--;
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                exhausted = true;
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // The inference must not close the stream it rewinds.
        }
    }

    /**
     * Records written to a temporary file as they come, moved to the target on commit. A whole
     * contract is one record, written on commit.
     */
    private static final class Sink implements RecordSink {

        private final PolitiqueVilleJson json;
        private final Path target;
        private final RecordKind kind;
        private final JsonLayout layout;
        private AtomicFiles.PendingFile pending;
        private JsonRecordWriter<Object> records;
        private CityContract contract;
        private boolean closed;

        Sink(PolitiqueVilleJson json, Path target, RecordKind kind, JsonLayout layout) throws IOException {
            this.json = json;
            this.target = target;
            this.kind = kind;
            this.layout = layout;
            if (kind != RecordKind.CONTRACT) {
                pending = AtomicFiles.open(target);
                records = json.openWriter(anyRecord(JsonKind.of(kind)), layout,
                        new BufferedOutputStream(pending.stream(), 1 << 16));
            }
        }

        @SuppressWarnings("unchecked")
        private static JsonKind<Object> anyRecord(JsonKind<?> kind) {
            // Safe: accept() checks each record against the kind's type before writing it.
            return (JsonKind<Object>) kind;
        }

        @Override
        public void accept(Object record) throws IOException {
            Class<?> type = kind == RecordKind.CONTRACT ? CityContract.class : JsonKind.of(kind).type();
            if (!type.isInstance(record)) {
                throw new IllegalArgumentException("a JSON file of " + kind.id() + " holds " + type.getSimpleName()
                        + ", not " + (record == null ? "null" : record.getClass().getName()));
            }
            requireOpen();
            if (kind == RecordKind.CONTRACT) {
                if (contract != null) {
                    throw new IllegalArgumentException("a JSON file holds one city contract");
                }
                contract = (CityContract) record;
                return;
            }
            try {
                records.write(record);
            } catch (JacksonIOException e) {
                throw e.getCause();
            }
        }

        @Override
        public void commit() throws IOException {
            requireOpen();
            closed = true;
            if (kind == RecordKind.CONTRACT) {
                if (contract == null) {
                    throw new IOException("no city contract to write to " + target);
                }
                json.writeContract(contract, target);
                return;
            }
            try {
                records.close();
            } catch (JacksonIOException e) {
                throw e.getCause();
            }
            pending.commit();
        }

        @Override
        public void close() throws IOException {
            closed = true;
            contract = null;
            if (pending != null) {
                pending.close();
            }
        }

        private void requireOpen() {
            if (closed) {
                throw new IllegalStateException("the sink for " + target + " is closed");
            }
        }
    }

    /** The caller's stream, which the facade must not close. */
    private static final class KeepOpen extends FilterInputStream {

        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return in.read(buffer, offset, length);
        }

        @Override
        public void close() {
            // The reader's contract leaves the stream open.
        }
    }
}
