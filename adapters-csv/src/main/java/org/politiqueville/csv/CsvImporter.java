package org.politiqueville.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.AtomicFiles;
import org.politiqueville.core.exchange.HeaderMapping;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.MappingOptions;
import org.politiqueville.core.exchange.QuarterMerger;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.RecordMapper;
import org.politiqueville.core.exchange.RecordMapperCache;
import org.politiqueville.core.exchange.TableImport;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;
import org.politiqueville.csv.internal.FormulaGuard;

/**
 * Reads a CSV file of records (quarters, observations, documents…) into entities, streaming, and
 * reports every rejected row.
 *
 * <p>Steps: the dialect is detected ({@link DialectDetector}) unless given; the header row is
 * mapped to the columns of the kind ({@link HeaderMapping}), the kind being inferred from the
 * headers unless given; each record is mapped by the kind's {@link RecordMapper} against the
 * referential, and each accepted entity is handed to the caller's consumer as soon as it is read,
 * so memory does not grow with the file (except for merged quarters, see below).
 *
 * <p>The {@link ImportReport} says how many records were read, accepted and rejected
 * ({@code read = accepted + rejected}), how the file was written ({@code dialect}: encoding,
 * byte order mark, delimiter, line separator, decimal separator, whether detected), and every
 * problem with its line (where the record starts, multi-line cells counted), column number,
 * header and raw cell. Rules:
 * <ul>
 * <li>A missing required column stops the read: {@link InvalidValueException} with
 *     {@link ProblemCode#MISSING_COLUMN} naming all of them. Unknown and repeated headers are
 *     warnings reported once, without counting a record.</li>
 * <li>An input without any byte has no header row: {@link CsvFormatException} at line 1.</li>
 * <li>A record with a NUL character or a byte order mark (U+FEFF) inside a cell is rejected
 *     ({@link ProblemCode#MALFORMED_INPUT} at that cell): both are invisible in a spreadsheet and
 *     are the marks of a binary file or of files concatenated into one.</li>
 * <li>A record with more or fewer fields than the header is rejected
 *     ({@link ProblemCode#MALFORMED_INPUT} at its line); a record whose cells are all empty (the
 *     {@code ;;;;} rows spreadsheets leave) is skipped and not counted.</li>
 * <li>Input that cannot be read on (an unclosed quote, bytes outside the charset, a record beyond
 *     the size limits of {@link CsvRecordSource}) rejects the record where it starts
 *     ({@link ProblemCode#MALFORMED_INPUT} at that line) and ends the read: the records before it
 *     stay accepted, and everything from that line on counts as that one rejected record. With
 *     {@link Builder#failOnMalformedInput(boolean)} it throws {@link CsvFormatException} instead,
 *     as {@link CsvFormatAdapter} (and so the integration job) does: the rest of the file cannot
 *     be accounted for record by record, so the input is unreadable.</li>
 * <li>When the dialect has {@linkplain CsvDialect#formulaProtection() formula protection} (as
 *     {@link CsvDialect#EXCEL_FR}, and any detected {@code ;} file), the apostrophe that
 *     {@link CsvTableWriter} puts before a cell a spreadsheet would run ({@code '=SOMME(A1)}) is
 *     removed: values read back equal the values written.</li>
 * <li>Quarters: with {@link Builder#mergeQuarters(boolean)} (on by default), rows with the same
 *     QPV code, as the 2024 national file has one per quarter × commune, are folded into one
 *     quarter by {@link QuarterMerger}. A record is then a quarter: accepted counts the merged
 *     quarters, rejected counts the rejected rows; merged quarters reach the consumer at the end
 *     of the file, and memory grows with the number of distinct quarters.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe: one importer reads many files, even at once.
 * <pre>{@code
 * ImportReport report = CsvImporter.builder().kind(RecordKind.QUARTERS).build()
 *         .read(Path.of("quartiers.csv"), Quarter.class, quarters::add);
 * }</pre>
 */
public final class CsvImporter {

    private final RecordKind kind;
    private final CsvDialect dialect;
    private final Locale locale;
    private final String source;
    private final boolean mergeQuarters;
    private final boolean failOnMalformedInput;
    private final CsvLimits limits;
    /**
     * One mapper per kind, kept for every file this importer reads: mappers remember the names
     * they resolved, which integration jobs find again from one file to the next.
     */
    private final RecordMapperCache mappers;

    private CsvImporter(Builder builder) {
        this.kind = builder.kind;
        this.dialect = builder.dialect;
        this.mappers = new RecordMapperCache(
                builder.referential != null ? builder.referential : NantesMetropole.contract(),
                builder.options != null ? builder.options : MappingOptions.defaults());
        this.locale = builder.locale;
        this.source = builder.source;
        this.mergeQuarters = builder.mergeQuarters;
        this.failOnMalformedInput = builder.failOnMalformedInput;
        this.limits = builder.limits;
    }

    /**
     * A builder with the defaults: kind inferred, dialect detected, the Nantes Métropole sample as
     * referential, default mapping options, English, source named after the file, quarters merged,
     * the default {@link CsvLimits}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The locale of the reports written by {@link #writeReport(ImportReport, Path, Path)}.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Reads a file, handing each accepted entity to a consumer.
     *
     * @param file     the file, not null
     * @param accepted receives the accepted entities in file order, not null
     * @return the report, not null
     * @throws IOException           if the file cannot be read
     * @throws CsvFormatException    if the input is empty, mixes encodings (when detected) or its
     *                               header row is malformed, or with
     *                               {@link Builder#failOnMalformedInput(boolean)} any later record
     * @throws InvalidValueException with {@link ProblemCode#MISSING_COLUMN} if required columns
     *                               are missing, or {@link ProblemCode#KIND_NOT_INFERRED} if no kind
     *                               was given and the headers do not tell it
     * @throws UncheckedIOException  if reading fails after the header
     */
    public ImportReport read(Path file, Consumer<Object> accepted) throws IOException {
        return read(file, Object.class, accepted);
    }

    /**
     * Reads a file of entities of a known type, handing each accepted one to a consumer.
     *
     * @param <T>      the type of entity
     * @param file     the file, not null
     * @param type     the type of entity, such as {@code Quarter.class}, not null
     * @param accepted receives the accepted entities in file order, not null
     * @return the report, not null
     * @throws IOException              if the file cannot be read
     * @throws CsvFormatException       as {@link #read(Path, Consumer)}
     * @throws InvalidValueException    as {@link #read(Path, Consumer)}
     * @throws IllegalArgumentException if the kind's entities are not of type {@code type}
     * @throws UncheckedIOException     if reading fails after the header
     */
    public <T> ImportReport read(Path file, Class<T> type, Consumer<? super T> accepted) throws IOException {
        Objects.requireNonNull(file, "file");
        String label = source != null ? source : String.valueOf(file.getFileName());
        CsvDialect chosen = dialect != null ? dialect : DialectDetector.standard().detect(file, label);
        try (CsvRecordSource records = CsvRecordSource.open(Files.newInputStream(file), label, chosen, limits)) {
            return read(records, dialect == null, type, accepted);
        }
    }

    /**
     * Reads a stream, handing each accepted entity to a consumer. Without a given dialect, the
     * stream is first copied to a temporary file for detection (see
     * {@link CsvRecordSource#open(InputStream, String)}). The stream is closed.
     *
     * @param <T>      the type of entity
     * @param in       the input at its start, not null
     * @param type     the type of entity, not null
     * @param accepted receives the accepted entities in file order, not null
     * @return the report, not null
     * @throws IOException              if the stream cannot be read
     * @throws CsvFormatException       as {@link #read(Path, Consumer)}
     * @throws InvalidValueException    as {@link #read(Path, Consumer)}
     * @throws IllegalArgumentException if the kind's entities are not of type {@code type}
     * @throws UncheckedIOException     if reading fails after the header
     */
    public <T> ImportReport read(InputStream in, Class<T> type, Consumer<? super T> accepted) throws IOException {
        Objects.requireNonNull(in, "in");
        String label = source != null ? source : "";
        try (CsvRecordSource records = dialect != null ? CsvRecordSource.open(in, label, dialect, limits)
                : CsvRecordSource.open(in, label, limits)) {
            return read(records, dialect == null, type, accepted);
        }
    }

    /**
     * Reads a whole file into a list, for files that fit in memory.
     *
     * @param <T>  the type of entity
     * @param file the file, not null
     * @param type the type of entity, not null
     * @return the accepted entities and the report, not null
     * @throws IOException              if the file cannot be read
     * @throws CsvFormatException       as {@link #read(Path, Consumer)}
     * @throws InvalidValueException    as {@link #read(Path, Consumer)}
     * @throws IllegalArgumentException if the kind's entities are not of type {@code type}
     */
    public <T> Result<T> readAll(Path file, Class<T> type) throws IOException {
        List<T> entities = new ArrayList<>();
        ImportReport report = read(file, type, entities::add);
        return new Result<>(entities, report);
    }

    /**
     * Writes a report as a CSV table of problems (UTF-8 with a byte order mark, for spreadsheets)
     * and as JSON (UTF-8), both atomically, with messages in this importer's locale. See
     * {@link ImportReport#writeCsv(Appendable, Locale)} and
     * {@link ImportReport#writeJson(Appendable, Locale)} for the columns and the shape.
     *
     * @param report  the report, not null
     * @param csvFile the CSV file to create or replace, or null for none
     * @param jsonFile the JSON file to create or replace, or null for none
     * @throws IOException if writing fails (the files are then unchanged)
     */
    public void writeReport(ImportReport report, Path csvFile, Path jsonFile) throws IOException {
        Objects.requireNonNull(report, "report");
        if (csvFile != null) {
            AtomicFiles.writeText(csvFile, StandardCharsets.UTF_8, out -> {
                out.write('\uFEFF');
                report.writeCsv(out, locale);
            });
        }
        if (jsonFile != null) {
            AtomicFiles.writeText(jsonFile, StandardCharsets.UTF_8, out -> report.writeJson(out, locale));
        }
    }

    private <T> ImportReport read(CsvRecordSource records, boolean detected, Class<T> type,
                                  Consumer<? super T> accepted) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(accepted, "accepted");
        String label = records.source();
        List<String> header = records.header();
        if (header.isEmpty() && records.dialect().header()) {
            throw new CsvFormatException(label, 1, "the input is empty: there is no header row", null);
        }
        TableImport<T> table = TableImport.builder(mappers, header, label).kind(kind)
                .mergeQuarters(mergeQuarters).open(type, accepted);
        describe(records.dialect(), detected, table);
        boolean unguard = records.dialect().formulaProtection();
        Iterator<CsvRow> rows = records.iterator();
        try {
            while (rows.hasNext()) {
                CsvRow row = rows.next();
                if (row.isBlank()) {
                    continue;
                }
                if (row.hasFieldCountMismatch()) {
                    table.rejectRow(List.of(row.fieldCountProblem(label)));
                    continue;
                }
                Problem hidden = records.mayHoldHiddenCharacters() ? hiddenCharacter(row, header, label) : null;
                if (hidden != null) {
                    table.rejectRow(List.of(hidden));
                    continue;
                }
                table.row(unguard ? unguarded(row.fields()) : row.fields(), row.line());
            }
        } catch (CsvFormatException e) {
            if (failOnMalformedInput) {
                throw e;
            }
            table.rejectRow(List.of(e.toProblem()));
        }
        return table.finish();
    }

    /** The cells with formula protection undone; the same list when no cell was protected (most rows). */
    private static List<String> unguarded(List<String> cells) {
        List<String> result = cells;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String plain = FormulaGuard.unguard(cell);
            if (plain != cell) {
                if (result == cells) {
                    result = new ArrayList<>(cells);
                }
                result.set(i, plain);
            }
        }
        return result;
    }

    /**
     * A NUL character or a byte order mark inside a cell: invisible in a spreadsheet, they make a
     * name or a code that looks right fail to match, or hide files concatenated into one.
     */
    private static Problem hiddenCharacter(CsvRow row, List<String> header, String label) {
        for (int i = 0; i < row.size(); i++) {
            String field = row.field(i);
            String what = field.indexOf('\u0000') >= 0 ? "a NUL character (U+0000) in the cell"
                    : field.indexOf('\uFEFF') >= 0
                    ? "a byte order mark (U+FEFF) in the cell: were files concatenated?" : null;
            if (what != null) {
                String column = i < header.size() ? header.get(i) : "";
                return new Problem(Severity.ERROR, ProblemCode.MALFORMED_INPUT, "", field, List.of(what),
                        Location.ofCell(label, row.line(), i + 1, column));
            }
        }
        return null;
    }

    private static void describe(CsvDialect dialect, boolean detected, TableImport<?> table) {
        table.dialect("format", "csv")
                .dialect("detected", Boolean.toString(detected))
                .dialect("encoding", dialect.charset().name())
                .dialect("bom", Boolean.toString(dialect.byteOrderMark()))
                .dialect("delimiter", dialect.delimiter() == '\t' ? "tab" : String.valueOf(dialect.delimiter()))
                .dialect("lineSeparator", dialect.lineSeparator().name())
                .dialect("decimalSeparator", String.valueOf(dialect.decimalSeparator()))
                .dialect("datePattern", dialect.datePattern());
    }

    /**
     * The entities of a file read whole, and the report.
     *
     * @param <T>      the type of entity
     * @param entities the accepted entities in file order, not null
     * @param report   the report, not null
     */
    public record Result<T>(List<T> entities, ImportReport report) {

        /**
         * Copies the entities.
         *
         * @param entities the accepted entities in file order, not null
         * @param report   the report, not null
         * @throws NullPointerException if an argument is null
         */
        public Result {
            entities = List.copyOf(entities);
            Objects.requireNonNull(report, "report");
        }
    }

    /** Builds a {@link CsvImporter}. Not thread-safe. */
    public static final class Builder {

        private RecordKind kind;
        private CsvDialect dialect;
        private CityContract referential;
        private MappingOptions options;
        private Locale locale = Locale.ENGLISH;
        private String source;
        private boolean mergeQuarters = true;
        private boolean failOnMalformedInput;
        private CsvLimits limits = CsvLimits.DEFAULTS;

        private Builder() {
        }

        /**
         * Sets the kind of records; by default it is inferred from the headers.
         *
         * @param value the kind, tabular, or null to infer it
         * @return this builder
         * @throws InvalidValueException with {@link ProblemCode#KIND_NOT_TABULAR} for {@link RecordKind#CONTRACT}
         */
        public Builder kind(RecordKind value) {
            if (value != null && !value.isTabular()) {
                throw new InvalidValueException(ProblemCode.KIND_NOT_TABULAR, value.id());
            }
            this.kind = value;
            return this;
        }

        /**
         * Sets the dialect; by default it is detected.
         *
         * @param value the dialect, or null to detect it
         * @return this builder
         */
        public Builder dialect(CsvDialect value) {
            this.dialect = value;
            return this;
        }

        /**
         * Sets the referential that names and codes are resolved against.
         *
         * @param value the contract, not null
         * @return this builder
         */
        public Builder referential(CityContract value) {
            this.referential = Objects.requireNonNull(value, "referential");
            return this;
        }

        /**
         * Sets the mapping options (validator, extra date pattern).
         *
         * @param value the options, not null
         * @return this builder
         */
        public Builder options(MappingOptions value) {
            this.options = Objects.requireNonNull(value, "options");
            return this;
        }

        /**
         * Sets the language of written reports.
         *
         * @param value the locale (French for any French locale, English otherwise), not null
         * @return this builder
         */
        public Builder locale(Locale value) {
            this.locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /**
         * Sets the source label of the problems' locations; by default the file name.
         *
         * @param value the label, or null for the default
         * @return this builder
         */
        public Builder source(String value) {
            this.source = value;
            return this;
        }

        /**
         * Sets whether rows of quarters with the same QPV code are merged into one quarter.
         *
         * @param value true (the default) to merge
         * @return this builder
         */
        public Builder mergeQuarters(boolean value) {
            this.mergeQuarters = value;
            return this;
        }

        /**
         * Sets whether input that cannot be read on after the header (an unclosed quote, bytes
         * outside the charset, a record beyond the size limits) throws {@link CsvFormatException}
         * naming its line, rather than rejecting the record where it starts and ending the read.
         *
         * @param value true to throw; false (the default) to reject and stop
         * @return this builder
         */
        public Builder failOnMalformedInput(boolean value) {
            this.failOnMalformedInput = value;
            return this;
        }

        /**
         * Sets the input limits; by default {@link CsvLimits#DEFAULTS}.
         *
         * @param value the limits, not null
         * @return this builder
         */
        public Builder limits(CsvLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * Builds the importer.
         *
         * @return the importer, not null
         */
        public CsvImporter build() {
            return new CsvImporter(this);
        }
    }
}
