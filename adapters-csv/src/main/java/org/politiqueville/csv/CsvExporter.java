package org.politiqueville.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.AtomicFiles;
import org.politiqueville.core.exchange.CellStyle;
import org.politiqueville.core.exchange.MappingOptions;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.RecordMapper;
import org.politiqueville.core.exchange.RecordMappers;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.csv.internal.DataPackage;

/**
 * Writes entities of each kind as CSV in a {@link CsvDialect}, with a Frictionless Data Package
 * descriptor ({@code datapackage.json}) that lets Validata and frictionless users validate the
 * file.
 *
 * <p>The header row holds the canonical column names of the kind ({@link RecordMapper#columns()}),
 * which {@link CsvImporter} reads back. Values follow the dialect: its decimal separator and date
 * pattern (for dates known to the day), lists joined with {@code ", "}, absent values as empty cells.
 * In a dialect with {@linkplain CsvDialect#formulaProtection() formula protection} (such as
 * {@link CsvDialect#EXCEL_FR}), text cells starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return get a leading apostrophe, numbers never (see
 * {@link CsvTableWriter}). Files are written atomically: a reader sees the old file or the whole
 * new one.
 *
 * <p>The descriptor is a {@code tabular-data-package} with one resource per file: its
 * {@code path}, {@code encoding}, CSV {@code dialect} (delimiter, quote, line terminator, header),
 * and a Table Schema: field names and types ({@code string}, {@code integer}, {@code number} with
 * the dialect's {@code decimalChar}, {@code year}), constraints ({@code required}, {@code pattern}
 * for codes and periods, {@code enum} for statuses and units, {@code minimum}/{@code maximum}),
 * and {@code missingValues} ({@code ""}, plus the statistical markers {@code s}, {@code nd},
 * {@code ns}, {@code so} for observations).
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvExporter {

    /** The descriptor's file name, next to the CSV files. */
    public static final String DESCRIPTOR = "datapackage.json";

    private final CsvDialect dialect;
    private final CityContract referential;
    private final boolean descriptor;

    private CsvExporter(Builder builder) {
        this.dialect = builder.dialect;
        this.referential = builder.referential != null ? builder.referential : NantesMetropole.contract();
        this.descriptor = builder.descriptor;
    }

    /**
     * A builder with the defaults: {@link CsvDialect#OPEN_DATA}, the Nantes Métropole sample as
     * referential (for territory names), descriptor written.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The dialect written.
     *
     * @return the dialect, not null
     */
    public CsvDialect dialect() {
        return dialect;
    }

    /**
     * Writes entities of one kind to a file and, unless turned off, {@value #DESCRIPTOR} next to
     * it describing that file alone (replacing any descriptor there).
     *
     * @param file     the CSV file to create or replace, not null
     * @param kind     the kind of the entities, tabular, not null
     * @param entities the entities, iterated once, not null, no null element
     * @return the number of rows written, header excluded
     * @throws IOException              if writing fails (the files are then unchanged)
     * @throws IllegalArgumentException if an entity is not of the kind's type
     * @throws InvalidValueException    with {@link ProblemCode#KIND_NOT_TABULAR} for
     *                                  {@link RecordKind#CONTRACT}, or
     *                                  {@link ProblemCode#CONSTRAINT_VIOLATED} for a character the
     *                                  dialect's charset cannot encode
     */
    public long write(Path file, RecordKind kind, Iterable<?> entities) throws IOException {
        Objects.requireNonNull(file, "file");
        long rows = writeTable(file, kind, entities);
        if (descriptor) {
            writeDescriptor(file.toAbsolutePath().resolveSibling(DESCRIPTOR), kind.id(), Map.of(kind, file));
        }
        return rows;
    }

    /**
     * Writes several kinds into a directory, one file {@code <kind>.csv} each (such as
     * {@code quarters.csv}), and one {@value #DESCRIPTOR} describing them all, unless turned off.
     *
     * @param directory the directory, existing, not null
     * @param name      the package name for the descriptor, such as {@code nantes-metropole}, not null
     * @param tables    the entities of each kind, not null
     * @return the number of rows written by kind, header excluded
     * @throws IOException              if writing fails (the files not yet written are unchanged)
     * @throws IllegalArgumentException if an entity is not of its kind's type
     * @throws InvalidValueException    as {@link #write(Path, RecordKind, Iterable)}
     */
    public Map<RecordKind, Long> writeAll(Path directory, String name, Map<RecordKind, ? extends Iterable<?>> tables)
            throws IOException {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(name, "name");
        Map<RecordKind, Long> counts = new LinkedHashMap<>();
        Map<RecordKind, Path> files = new LinkedHashMap<>();
        for (Map.Entry<RecordKind, ? extends Iterable<?>> table : tables.entrySet()) {
            Path file = directory.resolve(table.getKey().id() + ".csv");
            counts.put(table.getKey(), writeTable(file, table.getKey(), table.getValue()));
            files.put(table.getKey(), file);
        }
        if (descriptor) {
            writeDescriptor(directory.resolve(DESCRIPTOR), name, files);
        }
        return counts;
    }

    /**
     * The Data Package descriptor this exporter writes for files of some kinds.
     *
     * @param name  the package name, not null
     * @param files the file of each kind (only its name is used, as the resource's path), not null
     * @return the JSON text, not null
     */
    public String descriptor(String name, Map<RecordKind, Path> files) {
        Objects.requireNonNull(name, "name");
        List<DataPackage.Table> tables = new ArrayList<>();
        files.forEach((kind, file) -> tables.add(new DataPackage.Table(kind, String.valueOf(file.getFileName()),
                mapper(kind).columns(), dialect.delimiter(), dialect.quote(), dialect.lineSeparator().characters(),
                dialect.charset().name().toLowerCase(Locale.ROOT), dialect.decimalSeparator())));
        return DataPackage.descriptor(name.toLowerCase(Locale.ROOT), tables);
    }

    private void writeDescriptor(Path target, String name, Map<RecordKind, Path> files) throws IOException {
        String json = descriptor(name, files);
        AtomicFiles.writeText(target, StandardCharsets.UTF_8, out -> out.write(json));
    }

    private long writeTable(Path file, RecordKind kind, Iterable<?> entities) throws IOException {
        Objects.requireNonNull(entities, "entities");
        try (TableOutput table = new TableOutput(file, kind, false)) {
            for (Object entity : entities) {
                table.write(entity);
            }
            table.commit();
            return table.rows();
        }
    }

    /**
     * Starts writing entities of one kind to a file one at a time, for tables too large to hold in
     * memory: rows go to a temporary file as they come, and the file (then {@value #DESCRIPTOR},
     * unless turned off, as {@link #write(Path, RecordKind, Iterable)} writes it) appears only on
     * {@link TableOutput#commit()}. Closing without committing leaves the target as it was.
     *
     * @param file the CSV file to create or replace on commit, not null
     * @param kind the kind of the entities, tabular, not null
     * @return the output, to commit then close, not null
     * @throws IOException           if the temporary file cannot be created or the header written
     * @throws InvalidValueException with {@link ProblemCode#KIND_NOT_TABULAR} for
     *                               {@link RecordKind#CONTRACT}
     */
    public TableOutput open(Path file, RecordKind kind) throws IOException {
        return new TableOutput(file, kind, descriptor);
    }

    /**
     * A CSV file being written row by row by {@link CsvExporter#open(Path, RecordKind)}. Not
     * thread-safe.
     */
    public final class TableOutput implements Closeable {

        private final RecordKind kind;
        private final RecordMapper<?> mapper;
        private final CellStyle style;
        private final AtomicFiles.PendingFile pending;
        private final CsvTableWriter writer;
        private final boolean describe;
        private long rows;

        private TableOutput(Path file, RecordKind kind, boolean describe) throws IOException {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.mapper = mapper(kind);
            this.style = new CellStyle(dialect.decimalSeparator(), dialect.datePattern());
            this.describe = describe;
            this.pending = AtomicFiles.open(file);
            try {
                this.writer = CsvTableWriter.create(pending.stream(), dialect);
                writer.writeRow(mapper.columns());
            } catch (IOException | RuntimeException e) {
                pending.close();
                throw e;
            }
        }

        /**
         * Writes one entity as a row.
         *
         * @param entity the entity, of the kind's type, not null
         * @throws IllegalArgumentException if the entity is not of the kind's type
         * @throws InvalidValueException    with {@link ProblemCode#CONSTRAINT_VIOLATED} for a
         *                                  character the dialect's charset cannot encode (the row
         *                                  is not written)
         * @throws IllegalStateException    if the output was committed or closed
         * @throws java.io.UncheckedIOException if writing fails
         */
        public void write(Object entity) {
            writer.writeRow(cells(mapper, entity, style));
            rows++;
        }

        /**
         * The rows written so far, header excluded.
         *
         * @return the count
         */
        public long rows() {
            return rows;
        }

        /**
         * Moves the file to its target, then writes the descriptor if the exporter writes one.
         *
         * @throws IOException           if flushing, forcing or moving fails (the target is then
         *                               unchanged), or the descriptor cannot be written
         * @throws IllegalStateException if already committed or closed
         */
        public void commit() throws IOException {
            writer.commit();
            pending.commit();
            if (describe) {
                writeDescriptor(pending.target().resolveSibling(DESCRIPTOR), kind.id(), Map.of(kind, pending.target()));
            }
        }

        /**
         * Ends the output: without a prior commit, deletes what was written.
         *
         * @throws IOException if the temporary file cannot be deleted
         */
        @Override
        public void close() throws IOException {
            try {
                writer.close();
            } finally {
                pending.close();
            }
        }
    }

    private RecordMapper<?> mapper(RecordKind kind) {
        return RecordMappers.forKind(Objects.requireNonNull(kind, "kind"), referential, MappingOptions.defaults());
    }

    private static <T> List<String> cells(RecordMapper<T> mapper, Object entity, CellStyle style) {
        Objects.requireNonNull(entity, "entity");
        if (!mapper.type().isInstance(entity)) {
            throw new IllegalArgumentException(mapper.kind().id() + " are " + mapper.type().getSimpleName()
                    + ", not " + entity.getClass().getSimpleName());
        }
        return mapper.format(mapper.type().cast(entity), style);
    }

    /** Builds a {@link CsvExporter}. Not thread-safe. */
    public static final class Builder {

        private CsvDialect dialect = CsvDialect.OPEN_DATA;
        private CityContract referential;
        private boolean descriptor = true;

        private Builder() {
        }

        /**
         * Sets the dialect: {@link CsvDialect#OPEN_DATA} (the default), {@link CsvDialect#EXCEL_FR}
         * or a custom one.
         *
         * @param value the dialect, not null
         * @return this builder
         */
        public Builder dialect(CsvDialect value) {
            this.dialect = Objects.requireNonNull(value, "dialect");
            return this;
        }

        /**
         * Sets the referential that gives territory names.
         *
         * @param value the contract, not null
         * @return this builder
         */
        public Builder referential(CityContract value) {
            this.referential = Objects.requireNonNull(value, "referential");
            return this;
        }

        /**
         * Sets whether {@value CsvExporter#DESCRIPTOR} is written.
         *
         * @param value true (the default) to write it
         * @return this builder
         */
        public Builder descriptor(boolean value) {
            this.descriptor = value;
            return this;
        }

        /**
         * Builds the exporter.
         *
         * @return the exporter, not null
         */
        public CsvExporter build() {
            return new CsvExporter(this);
        }
    }
}
