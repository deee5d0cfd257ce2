package org.politiqueville.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.MappingOptions;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.RecordMapper;
import org.politiqueville.core.exchange.RecordMappers;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.spi.RecordSink;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.spreadsheet.internal.OdsTableWriter;
import org.politiqueville.spreadsheet.internal.SheetSink;
import org.politiqueville.spreadsheet.internal.XlsxTableWriter;

/**
 * Writes entities of one kind as a workbook of one sheet, {@code .xlsx} or {@code .ods}, that
 * {@link SpreadsheetImporter} reads back.
 *
 * <p>The sheet (named after the kind, such as {@code quarters}, unless
 * {@linkplain Builder#sheetName(String) named}) has a bold header row of the kind's canonical
 * column names ({@link RecordMapper#columns()}), frozen so that it stays in view; columns are as
 * wide as the header and the first thousand rows need (8 to 60 characters). Counts and measures
 * are number cells showing their decimals ({@code 12940.5}, {@code 124.0}), dates known to the day
 * are date cells shown {@code dd/mm/yyyy}, and everything else, codes included ({@code 01053}), is
 * text. Text is always written as a text cell, never as a formula, so a value such as
 * {@code =HYPERLINK(...)} or {@code @SUM(...)} cannot run when the file is opened (no formula
 * injection), and it keeps its first character.
 *
 * <p>Rows stream to a temporary file; the workbook appears at its target in one step, when the
 * whole is written. Immutable and thread-safe.
 */
public final class SpreadsheetExporter {

    private final SpreadsheetFormat format;
    private final CityContract referential;
    private final String sheetName;

    private SpreadsheetExporter(Builder builder) {
        this.format = builder.format;
        this.referential = builder.referential != null ? builder.referential : NantesMetropole.contract();
        this.sheetName = builder.sheetName;
    }

    /**
     * A builder with the defaults: {@code .xlsx}, the Nantes Métropole sample as referential (for
     * territory names), the sheet named after the kind.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The format written.
     *
     * @return the format, not null
     */
    public SpreadsheetFormat format() {
        return format;
    }

    /**
     * Writes entities of one kind to a workbook, atomically.
     *
     * @param file     the file to create or replace, not null
     * @param kind     the kind of the entities, tabular, not null
     * @param entities the entities, iterated once, not null, no null element
     * @return the number of rows written, header excluded
     * @throws IOException              if writing fails (the file is then unchanged)
     * @throws IllegalArgumentException if an entity is not of the kind's type
     * @throws InvalidValueException    with {@link ProblemCode#KIND_NOT_TABULAR} for {@link RecordKind#CONTRACT}
     */
    public long write(Path file, RecordKind kind, Iterable<?> entities) throws IOException {
        Objects.requireNonNull(entities, "entities");
        long rows = 0;
        try (RecordSink sink = open(file, kind)) {
            for (Object entity : entities) {
                sink.accept(Objects.requireNonNull(entity, "entity"));
                rows++;
            }
            sink.commit();
        }
        return rows;
    }

    /**
     * Opens a sink for entities of one kind: rows are written as they come, and the workbook
     * appears at {@code file} on {@link RecordSink#commit()}.
     *
     * @param file the file to create or replace on commit, not null
     * @param kind the kind of the entities, tabular, not null
     * @return the sink, not null
     * @throws IOException           if the temporary file cannot be created
     * @throws InvalidValueException with {@link ProblemCode#KIND_NOT_TABULAR} for {@link RecordKind#CONTRACT}
     */
    public RecordSink open(Path file, RecordKind kind) throws IOException {
        Objects.requireNonNull(file, "file");
        RecordMapper<?> mapper = RecordMappers.forKind(Objects.requireNonNull(kind, "kind"), referential,
                MappingOptions.defaults());
        String sheet = sheetName != null ? sheetName : kind.id();
        return new SheetSink<>(mapper, file, sheet,
                format == SpreadsheetFormat.ODS ? OdsTableWriter::new : XlsxTableWriter::new);
    }

    /** Builds a {@link SpreadsheetExporter}. Not thread-safe. */
    public static final class Builder {

        private SpreadsheetFormat format = SpreadsheetFormat.XLSX;
        private CityContract referential;
        private String sheetName;

        private Builder() {
        }

        /**
         * Sets the format: {@link SpreadsheetFormat#XLSX} (the default) or {@link SpreadsheetFormat#ODS}.
         *
         * @param value the format, not null
         * @return this builder
         * @throws IllegalArgumentException for {@link SpreadsheetFormat#XLS}, which is read only
         */
        public Builder format(SpreadsheetFormat value) {
            if (!Objects.requireNonNull(value, "format").isWritable()) {
                throw new IllegalArgumentException(value.extension() + " is read only: write xlsx or ods");
            }
            this.format = value;
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
         * Names the sheet; by default it is named after the kind ({@code quarters}). Characters
         * spreadsheets forbid in sheet names ({@code [ ] * ? : / \}) become dashes, and Excel cuts
         * names at 31 characters.
         *
         * @param value the name, not blank, or null for the default
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder sheetName(String value) {
            if (value != null && value.isBlank()) {
                throw new IllegalArgumentException("a sheet name cannot be blank");
            }
            this.sheetName = value;
            return this;
        }

        /**
         * Builds the exporter.
         *
         * @return the exporter, not null
         */
        public SpreadsheetExporter build() {
            return new SpreadsheetExporter(this);
        }
    }
}
