package org.politiqueville.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.exchange.HeaderMapping;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.MappingOptions;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.spi.RecordReader;
import org.politiqueville.core.spi.RecordSink;
import org.politiqueville.core.spi.RecordWriter;
import org.politiqueville.core.spi.WriteOptions;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;

/**
 * The {@code csv} format for {@link org.politiqueville.core.spi.FormatRegistry}: delimited text
 * ({@code .csv}, {@code .tsv}, {@code .txt}, whatever the delimiter) read with {@link CsvImporter}
 * and written with {@link CsvExporter}, for every tabular {@link RecordKind} (not
 * {@link RecordKind#CONTRACT}).
 *
 * <p>Read settings ({@link ReadOptions#properties()}): {@code dialect} ({@code open-data} or
 * {@code excel-fr}), {@code encoding} (a charset name) and {@code delimiter} (one character, or
 * {@code tab}) fix the dialect, starting from the named preset (open-data by default); without any
 * of them the dialect is detected. {@code maxFields} and {@code maxRecordChars} change the input
 * limits ({@link CsvLimits}). Write settings ({@link WriteOptions#properties()}):
 * {@code dialect} ({@code open-data}, the default, or {@code excel-fr}) and {@code descriptor}
 * ({@code true} to write a Frictionless {@code datapackage.json} next to the file; off by default so
 * that only the target is written). Territories and indicators are named through
 * {@link WriteOptions#referential()}, so that the file reads back against the same referential.
 *
 * <p>Malformed input anywhere ({@link CsvFormatException}: an unclosed quote, bytes outside the
 * charset, a record beyond the size limits), a required column missing, or headers that tell no kind
 * throw {@link UnreadableInputException}; a bad row is rejected and reported. A ragged row (more or
 * fewer fields than the header) is a bad row, not malformed input. Rows go to a temporary file as
 * they come, which replaces the target on {@link RecordSink#commit()}: memory does not grow with the
 * output. Stateless and thread-safe.
 */
public final class CsvFormatAdapter implements FormatAdapter {

    /** The format's name. */
    public static final String NAME = "csv";

    private static final Map<RecordKind, Class<?>> TYPES = Map.of(
            RecordKind.QUARTERS, Quarter.class,
            RecordKind.COMMUNES, Commune.class,
            RecordKind.BODIES, GovernanceBody.class,
            RecordKind.ENGAGEMENTS, Engagement.class,
            RecordKind.INDICATORS, IndicatorDefinition.class,
            RecordKind.OBSERVATIONS, Observation.class,
            RecordKind.DOCUMENTS, Document.class);

    private static final Set<RecordKind> TABULAR = Set.copyOf(EnumSet.complementOf(EnumSet.of(RecordKind.CONTRACT)));

    /** Creates the adapter; {@link java.util.ServiceLoader} calls this. */
    public CsvFormatAdapter() {
        // Stateless: every reader and writer gets its options.
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("csv", "tsv", "txt");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/csv", "text/tab-separated-values");
    }

    /**
     * Whether the first line, split on a semicolon, a comma or a tab, is a header whose kind
     * {@link HeaderMapping#inferKind(List)} recognises. Conservative: a table with unknown headers
     * is not claimed, nor a line starting like JSON ({@code [} or <code>&#123;</code>).
     *
     * @param head the first bytes, not null
     * @return true if the first line is a known header
     */
    @Override
    public boolean sniff(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0) {
            return false;
        }
        String firstLine = text.lines().findFirst().orElse("");
        String start = firstLine.stripLeading();
        if (start.startsWith("[") || start.startsWith("{")) {
            return false;
        }
        return Stream.of(";", ",", "\t").filter(firstLine::contains)
                .anyMatch(delimiter -> HeaderMapping.inferKind(Stream.of(firstLine.split(delimiter, -1))
                        .map(cell -> cell.strip().replace("\"", "")).toList()).isPresent());
    }

    @Override
    public Set<RecordKind> readableKinds() {
        return TABULAR;
    }

    @Override
    public Set<RecordKind> writableKinds() {
        return TABULAR;
    }

    /**
     * A reader with the given options.
     *
     * @param options the options, not null; the kind, if given, must be tabular
     * @return the reader, not null
     * @throws UnsupportedOperationException for {@link RecordKind#CONTRACT}
     * @throws IllegalArgumentException      if a dialect or limit setting is not understood
     */
    @Override
    public RecordReader reader(ReadOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.kind() != null && !options.kind().isTabular()) {
            throw new UnsupportedOperationException("CSV cannot hold " + options.kind().id() + ": use JSON");
        }
        Optional<CsvDialect> dialect = readDialect(options);
        CsvLimits limits = limits(options);
        return (input, source, accepted) -> read(options, dialect.orElse(null), limits, input, source, accepted);
    }

    private static ImportReport read(ReadOptions options, CsvDialect dialect, CsvLimits limits, InputStream input,
                                     String source, Consumer<Object> accepted) throws IOException {
        CsvImporter importer = CsvImporter.builder().kind(options.kind()).dialect(dialect)
                .referential(options.referential())
                .options(MappingOptions.builder().strict(options.strict()).build()).locale(options.locale())
                .source(source).failOnMalformedInput(true).limits(limits).build();
        try {
            return importer.read(new KeepOpen(input), Object.class, accepted);
        } catch (InvalidValueException e) {
            // The importer throws it for the header only: a missing column, a kind it cannot tell.
            throw new UnreadableInputException(e.toProblem("").at(Location.ofLine(source, 1)), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static CsvLimits limits(ReadOptions options) {
        CsvLimits limits = CsvLimits.DEFAULTS;
        limits = limits.withMaxFields(intProperty(options, "maxFields", limits.maxFields()));
        return limits.withMaxRecordChars(intProperty(options, "maxRecordChars", limits.maxRecordChars()));
    }

    private static int intProperty(ReadOptions options, String key, int otherwise) {
        String text = options.property(key).orElse(null);
        if (text == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is a whole number, not '" + Problem.bounded(text) + "'", e);
        }
    }

    private static Optional<CsvDialect> readDialect(ReadOptions options) {
        Optional<String> preset = options.property("dialect");
        Optional<String> encoding = options.property("encoding");
        Optional<String> delimiter = options.property("delimiter");
        if (preset.isEmpty() && encoding.isEmpty() && delimiter.isEmpty()) {
            return Optional.empty();
        }
        CsvDialect.Builder builder = preset(preset.orElse("open-data")).toBuilder();
        encoding.ifPresent(name -> builder.charset(Charset.forName(name)));
        delimiter.ifPresent(text -> builder.delimiter(delimiter(text)));
        return Optional.of(builder.build());
    }

    private static char delimiter(String text) {
        if (text.equalsIgnoreCase("tab") || text.equals("\t")) {
            return '\t';
        }
        if (text.length() != 1) {
            throw new IllegalArgumentException("a delimiter is one character or 'tab', not '" + text + "'");
        }
        return text.charAt(0);
    }

    private static CsvDialect preset(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "open-data" -> CsvDialect.OPEN_DATA;
            case "excel-fr" -> CsvDialect.EXCEL_FR;
            default -> throw new IllegalArgumentException("a CSV dialect is open-data or excel-fr, not '" + name + "'");
        };
    }

    /**
     * A writer with the given options.
     *
     * @param options the options, not null
     * @return the writer, not null
     * @throws IllegalArgumentException if the {@code dialect} setting is not understood
     */
    @Override
    public RecordWriter writer(WriteOptions options) {
        Objects.requireNonNull(options, "options");
        CsvExporter exporter = CsvExporter.builder().dialect(preset(options.property("dialect").orElse("open-data")))
                .descriptor(options.property("descriptor").map(Boolean::parseBoolean).orElse(false))
                .referential(options.referential()).build();
        return (target, kind) -> {
            Objects.requireNonNull(target, "target");
            if (!kind.isTabular()) {
                throw new UnsupportedOperationException("CSV cannot hold " + kind.id() + ": use JSON");
            }
            return new Sink(exporter, target, kind);
        };
    }

    @Override
    public String toString() {
        return NAME;
    }

    /** Rows written to a temporary file as they come, moved to the target on commit. */
    private static final class Sink implements RecordSink {

        private final CsvExporter.TableOutput table;
        private final Path target;
        private final RecordKind kind;
        private boolean closed;

        Sink(CsvExporter exporter, Path target, RecordKind kind) throws IOException {
            this.target = target;
            this.kind = kind;
            this.table = exporter.open(target, kind);
        }

        @Override
        public void accept(Object record) {
            if (!TYPES.get(kind).isInstance(record)) {
                throw new IllegalArgumentException("a table of " + kind.id() + " holds "
                        + TYPES.get(kind).getSimpleName() + ", not " + (record == null ? "null" : record.getClass().getName()));
            }
            requireOpen();
            table.write(record);
        }

        @Override
        public void commit() throws IOException {
            requireOpen();
            closed = true;
            table.commit();
        }

        @Override
        public void close() throws IOException {
            closed = true;
            table.close();
        }

        private void requireOpen() {
            if (closed) {
                throw new IllegalStateException("the sink for " + target + " is closed");
            }
        }
    }

    /** The caller's stream, which the importer must not close. */
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
