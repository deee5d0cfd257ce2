package org.politiqueville.core.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;

/**
 * The import of one table, whatever format its rows come from: the adapter hands over the header
 * and then each row's cells as text, and this class maps them into entities of one kind and counts
 * them into the {@link ImportReport}, so that a CSV file and a spreadsheet sheet are read, counted
 * and merged the same way.
 *
 * <p>Opening ({@link Builder#open(Class, Consumer)}) chooses the kind (given, or told by the
 * headers), resolves the header row, which must name every required column, and takes the kind's
 * mapper from a {@link RecordMapperCache}. Then each {@linkplain #row(List, long) row} is mapped:
 * an accepted entity reaches the consumer at once, a rejected row is counted with its problems.
 * Problems the adapter finds on its own (a record with too many fields, a hidden character, input
 * that cannot be read on) reject the row through {@link #rejectRow(List)}. With quarters merged
 * ({@link QuarterMerger}), accepted quarters are held until {@link #finish()}.
 *
 * <p>What is about the format stays with the adapter: skipping blank rows, undoing formula
 * protection, and placing problems in the file's own terms, such as a spreadsheet cell
 * ({@link Builder#relocation(UnaryOperator)}).
 *
 * <p>Not thread-safe: one instance reads one table, on one thread. Importers shared between
 * threads open one per table and share the {@link RecordMapperCache}.
 * <pre>{@code
 * TableImport<Quarter> table = TableImport.builder(mappers, header, "quartiers.csv")
 *         .kind(RecordKind.QUARTERS).open(Quarter.class, quarters::add);
 * for (Row row : rows) {
 *     table.row(row.cells(), row.line());
 * }
 * ImportReport report = table.finish();
 * }</pre>
 *
 * @param <T> the type of entity the consumer receives
 */
public final class TableImport<T> {

    private final ColumnMapping mapping;
    private final RecordMapper<?> mapper;
    private final String source;
    private final Class<T> type;
    private final Consumer<? super T> accepted;
    /** Null when problems keep the mapper's locations: CSV rows then cost no copy of their problems. */
    private final UnaryOperator<Problem> relocation;
    /** Null unless quarters are merged. */
    private final QuarterMerger merger;
    private final ImportReport.Builder report;
    private boolean finished;

    private TableImport(Builder builder, RecordKind kind, Class<T> type, Consumer<? super T> accepted) {
        this.mapping = HeaderMapping.resolve(kind, builder.header, builder.source, builder.headerLine)
                .requireComplete();
        this.mapper = builder.mappers.forKind(kind);
        if (!type.isAssignableFrom(mapper.type())) {
            throw new IllegalArgumentException(kind.id() + " are " + mapper.type().getSimpleName() + ", not "
                    + type.getSimpleName());
        }
        this.source = builder.source;
        this.type = type;
        this.accepted = accepted;
        this.relocation = builder.relocation;
        this.merger = builder.mergeQuarters && kind == RecordKind.QUARTERS ? new QuarterMerger() : null;
        this.report = ImportReport.builder(kind).source(builder.reportSource != null ? builder.reportSource
                : builder.source);
        for (Problem problem : mapping.problems().problems()) {
            if (!(builder.ignoreBlankHeaders && isBlankHeader(problem))) {
                report.fileProblem(relocated(problem));
            }
        }
    }

    /**
     * Starts opening the import of a table.
     *
     * @param mappers the mappers of the importer, not null
     * @param header  the header row's cells, not null
     * @param source  the source of the problems' locations and, by default, of the report, such as
     *                the file name, not null ({@code ""} if unknown)
     * @return a builder, not null
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(RecordMapperCache mappers, List<String> header, String source) {
        return new Builder(mappers, header, source);
    }

    /**
     * The kind of records read, as given or as the headers told it.
     *
     * @return the kind, tabular, not null
     */
    public RecordKind kind() {
        return mapping.kind();
    }

    /**
     * The header row as resolved, for adapters that check cells by column before handing the row over.
     *
     * @return the mapping, complete, not null
     */
    public ColumnMapping mapping() {
        return mapping;
    }

    /**
     * Adds (or replaces) a fact about how the table is written, such as {@code encoding} or
     * {@code sheet}, to the report; facts keep the order they were first added in.
     *
     * @param key   the fact's name, not null
     * @param value its value, not null
     * @return this import
     * @throws NullPointerException if an argument is null
     */
    public TableImport<T> dialect(String key, String value) {
        report.dialect(key, value);
        return this;
    }

    /**
     * Maps one row: its entity reaches the consumer (or the quarter merger), or its problems
     * reject it. Warnings of an accepted row are reported.
     *
     * @param cells the row's cells in header order, as text, not null, no null element
     * @param line  the 1-based line or row number where the record starts
     * @throws IllegalStateException if the import is finished
     */
    public void row(List<String> cells, long line) {
        requireOpen();
        MappedRow<?> mapped = mapper.map(mapping, cells, line, source);
        List<Problem> problems = relocation == null ? mapped.problems() : relocated(mapped.problems());
        if (!mapped.isAccepted()) {
            report.rejected(problems);
            return;
        }
        for (int i = 0; i < problems.size(); i++) {
            report.warning(problems.get(i));
        }
        if (merger != null) {
            merger.add((Quarter) mapped.entity());
        } else {
            report.accepted();
            accepted.accept(type.cast(mapped.entity()));
        }
    }

    /**
     * Rejects a row for problems the adapter found before mapping it, such as a record with more
     * fields than the header; the problems are reported as given, already located.
     *
     * @param problems the row's problems, not null, at least one of them an error
     * @throws IllegalArgumentException if no problem is an error
     * @throws IllegalStateException    if the import is finished
     */
    public void rejectRow(List<Problem> problems) {
        requireOpen();
        report.rejected(problems);
    }

    /**
     * Ends the table: merged quarters reach the consumer, then the report is built.
     *
     * @return the report, not null
     * @throws IllegalStateException if the import is already finished
     */
    public ImportReport finish() {
        requireOpen();
        finished = true;
        if (merger != null) {
            for (Quarter quarter : merger.quarters()) {
                report.accepted();
                accepted.accept(type.cast(quarter));
            }
        }
        return report.build();
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("the import of " + source + " is finished");
        }
    }

    private Problem relocated(Problem problem) {
        return relocation == null ? problem : relocation.apply(problem);
    }

    private List<Problem> relocated(List<Problem> problems) {
        if (problems.isEmpty()) {
            return problems;
        }
        List<Problem> result = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            result.add(relocation.apply(problem));
        }
        return result;
    }

    private static boolean isBlankHeader(Problem problem) {
        return problem.code() == ProblemCode.UNKNOWN_COLUMN && (problem.value() == null || problem.value().isBlank());
    }

    /** Sets up the import of one table. Not thread-safe. */
    public static final class Builder {

        private final RecordMapperCache mappers;
        private final List<String> header;
        private final String source;
        private RecordKind kind;
        private String reportSource;
        private long headerLine = 1;
        private boolean mergeQuarters = true;
        private boolean ignoreBlankHeaders;
        private UnaryOperator<Problem> relocation;

        private Builder(RecordMapperCache mappers, List<String> header, String source) {
            this.mappers = Objects.requireNonNull(mappers, "mappers");
            this.header = Objects.requireNonNull(header, "header");
            this.source = Objects.requireNonNull(source, "source");
        }

        /**
         * Sets the kind of records; by default the headers tell it ({@link HeaderMapping#inferKind(List)}).
         *
         * @param value the kind, tabular, or null to infer it
         * @return this builder
         */
        public Builder kind(RecordKind value) {
            this.kind = value;
            return this;
        }

        /**
         * Sets the report's source when it differs from the locations', as a workbook's file name
         * does from {@code file#sheet}.
         *
         * @param value the label, or null for the locations' source
         * @return this builder
         */
        public Builder reportSource(String value) {
            this.reportSource = value;
            return this;
        }

        /**
         * Sets the line (or row number) of the header row, where problems about headers are located.
         *
         * @param value the 1-based line; 1 by default
         * @return this builder
         */
        public Builder headerLine(long value) {
            this.headerLine = value;
            return this;
        }

        /**
         * Sets whether rows of quarters with the same QPV code are merged into one quarter
         * ({@link QuarterMerger}); other kinds are never merged.
         *
         * @param value true (the default) to merge
         * @return this builder
         */
        public Builder mergeQuarters(boolean value) {
            this.mergeQuarters = value;
            return this;
        }

        /**
         * Sets whether columns with a blank header go without an unknown-column warning, as the
         * margin a spreadsheet leaves left of its table.
         *
         * @param value true to leave them unreported; false (the default) to warn
         * @return this builder
         */
        public Builder ignoreBlankHeaders(boolean value) {
            this.ignoreBlankHeaders = value;
            return this;
        }

        /**
         * Sets how the problems of the header row and of the mapped rows are placed in the file's
         * own terms, such as a spreadsheet's {@link Location#ofSheetCell(String, String, long, int,
         * String) cell reference}; problems given to {@link TableImport#rejectRow(List)} are not
         * relocated. By default problems keep the locations the mapping gives them.
         *
         * @param value the relocation, or null to keep the locations
         * @return this builder
         */
        public Builder relocation(UnaryOperator<Problem> value) {
            this.relocation = value;
            return this;
        }

        /**
         * Opens the import: chooses the kind, resolves the header row, takes the kind's mapper and
         * starts the report with the header row's problems.
         *
         * @param <T>      the type of entity
         * @param type     the type of entity, such as {@code Quarter.class}, or {@code Object.class}, not null
         * @param accepted receives the accepted entities in table order, not null
         * @return the import, ready for rows, not null
         * @throws InvalidValueException    with {@link ProblemCode#KIND_NOT_INFERRED} if no kind was given
         *                                  and the headers do not tell it, or {@link ProblemCode#MISSING_COLUMN}
         *                                  if required columns are missing
         * @throws IllegalArgumentException if the kind's entities are not of type {@code type}
         */
        public <T> TableImport<T> open(Class<T> type, Consumer<? super T> accepted) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(accepted, "accepted");
            RecordKind chosen = kind != null ? kind : HeaderMapping.inferKind(header).orElseThrow(() ->
                    new InvalidValueException(ProblemCode.KIND_NOT_INFERRED, String.join(", ", header)));
            return new TableImport<>(this, chosen, type, accepted);
        }
    }
}
