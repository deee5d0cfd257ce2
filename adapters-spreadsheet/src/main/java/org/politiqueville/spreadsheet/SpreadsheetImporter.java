package org.politiqueville.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.Column;
import org.politiqueville.core.exchange.ColumnMapping;
import org.politiqueville.core.exchange.HeaderMapping;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.MappingOptions;
import org.politiqueville.core.exchange.QuarterMerger;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.RecordMapper;
import org.politiqueville.core.exchange.RecordMapperCache;
import org.politiqueville.core.exchange.TableImport;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.spreadsheet.internal.CellTexts;
import org.politiqueville.spreadsheet.internal.CellValue;
import org.politiqueville.spreadsheet.internal.MergeFill;
import org.politiqueville.spreadsheet.internal.OdsWorkbookReader;
import org.politiqueville.spreadsheet.internal.SheetRow;
import org.politiqueville.spreadsheet.internal.Spool;
import org.politiqueville.spreadsheet.internal.WorkbookReader;
import org.politiqueville.spreadsheet.internal.XlsWorkbookReader;
import org.politiqueville.spreadsheet.internal.XlsxWorkbookReader;

/**
 * Reads one sheet of a workbook ({@code .xlsx}, {@code .xls}, {@code .ods}) into entities, with
 * the same mapping and report as CSV files: the rows go through the kind's {@link RecordMapper}
 * (header aliases, French values, names resolved against the referential, validation), and every
 * accepted entity reaches the caller's consumer as soon as its row is read.
 *
 * <p><b>The sheet</b>: the one named ({@link Builder#sheet(String)}), or at a position
 * ({@link Builder#sheetIndex(int)}, from 1), or by default the first visible sheet that holds a
 * cell. A sheet that does not exist throws {@link ProblemCode#SHEET_NOT_FOUND}; an empty one, or
 * a workbook without a visible sheet holding a cell, {@link ProblemCode#EMPTY_SHEET}.
 *
 * <p><b>The header row</b>: the row given ({@link Builder#headerRow(long)}, numbered as the
 * spreadsheet shows it), or else detected among the first {@value #HEADER_SCAN} rows holding a
 * cell, so that title rows above the table are skipped: with a kind, the row naming most of the
 * kind's columns (all the required ones first); without, the row whose headers tell a kind
 * ({@link HeaderMapping#inferKind(List)}) with the most columns; the earliest on a tie. The report's
 * dialect says which row was used. Columns are counted from A; the header's trailing blank cells
 * end the table, and columns with a blank header (a margin left of the table) are ignored without
 * a warning.
 *
 * <p><b>Cells</b> keep their meaning (see the module's documentation for the details): a date cell
 * is a date whatever its format, a number formatted as text keeps its leading zeros, a formula
 * gives the result saved with the file, a cell showing an error ({@code #N/A}) in a column of the
 * kind rejects its row ({@link ProblemCode#CELL_ERROR}). A merged cell's value holds for every row
 * it spans, in its first column; rows covered by a header merged downwards belong to the header.
 * Hidden rows are read like the others (hiding is a view, not a deletion) unless
 * {@link Builder#skipHiddenRows(boolean)}; hidden columns are read. Blank rows are skipped and not
 * counted; cells right of the header's last column are ignored.
 *
 * <p><b>Problems</b> are located at the cell: source {@code file#sheet}, the sheet's row and column,
 * and the A1 reference ({@link Location#ofSheetCell(String, String, long, int, String)}), such as
 * {@code quartiers.xlsx#QPV B12 (Code QPV)}. A workbook that cannot be read (corrupt, of another
 * format, protected by a password, missing a required column, with headers that tell no kind)
 * throws {@link UnreadableInputException}; a bad row never throws.
 *
 * <p>Memory: {@code .xlsx} and {@code .ods} stream (rows are read one at a time); {@code .xls} is
 * loaded whole (at most 65,536 rows a sheet). Quarters with the same QPV code are merged as
 * {@link QuarterMerger} does, at the end of the sheet, unless turned off. Immutable and thread-safe.
 * <pre>{@code
 * ImportReport report = SpreadsheetImporter.builder().kind(RecordKind.QUARTERS).build()
 *         .read(Path.of("quartiers.xlsx"), Quarter.class, quarters::add);
 * }</pre>
 */
public final class SpreadsheetImporter {

    /** How many rows holding a cell are searched for the header row. */
    public static final int HEADER_SCAN = 30;

    private final RecordKind kind;
    private final String sheet;
    private final int sheetIndex;
    private final long headerRow;
    private final boolean skipHiddenRows;
    /**
     * One mapper per kind, kept for every workbook this importer reads, as the CSV importer keeps
     * them: mappers remember the names they resolved.
     */
    private final RecordMapperCache mappers;
    private final String source;
    private final boolean mergeQuarters;

    private SpreadsheetImporter(Builder builder) {
        this.kind = builder.kind;
        this.sheet = builder.sheet;
        this.sheetIndex = builder.sheetIndex;
        this.headerRow = builder.headerRow;
        this.skipHiddenRows = builder.skipHiddenRows;
        this.mappers = new RecordMapperCache(
                builder.referential != null ? builder.referential : NantesMetropole.contract(),
                builder.options != null ? builder.options : MappingOptions.defaults());
        this.source = builder.source;
        this.mergeQuarters = builder.mergeQuarters;
    }

    /**
     * A builder with the defaults: kind inferred, first visible sheet holding a cell, header row
     * detected, hidden rows read, the Nantes Métropole sample as referential, default mapping
     * options, source named after the file, quarters merged.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a workbook whose format its extension tells, or else its first bytes.
     *
     * @param <T>      the type of entity
     * @param file     the file, not null
     * @param type     the type of entity, such as {@code Quarter.class}, or {@code Object.class}, not null
     * @param accepted receives the accepted entities in sheet order, not null
     * @return the report, not null
     * @throws IOException               if the file cannot be read
     * @throws UnreadableInputException  if the workbook cannot be read (see the class description)
     * @throws IllegalArgumentException  if the kind's entities are not of type {@code type}
     */
    public <T> ImportReport read(Path file, Class<T> type, Consumer<? super T> accepted) throws IOException {
        Objects.requireNonNull(file, "file");
        String label = source != null ? source : String.valueOf(file.getFileName());
        SpreadsheetFormat format = SpreadsheetFormat.ofFile(file).or(() -> sniff(file))
                .orElseThrow(() -> new UnreadableInputException(ProblemCode.MALFORMED_INPUT, Location.ofLine(label, 0),
                        null, "not an .xlsx, .xls or .ods workbook"));
        return read(file, format, label, type, accepted);
    }

    /**
     * Reads a workbook of a known format from a stream, copied first to a temporary file (deleted
     * afterwards): workbooks are containers read with random access. The stream is not closed.
     *
     * @param <T>      the type of entity
     * @param in       the input at its start, not null
     * @param format   the workbook's format, not null
     * @param type     the type of entity, not null
     * @param accepted receives the accepted entities in sheet order, not null
     * @return the report, not null
     * @throws IOException               if the stream cannot be read
     * @throws UnreadableInputException  if the workbook cannot be read
     * @throws IllegalArgumentException  if the kind's entities are not of type {@code type}
     */
    public <T> ImportReport read(InputStream in, SpreadsheetFormat format, Class<T> type, Consumer<? super T> accepted)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        try (Spool spool = Spool.of(in, format.extension())) {
            return read(spool.file(), format, source != null ? source : "", type, accepted);
        }
    }

    private static Optional<SpreadsheetFormat> sniff(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            return Optional.empty();
        }
        for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
            if (format.sniff(head)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private <T> ImportReport read(Path file, SpreadsheetFormat format, String label, Class<T> type,
                                  Consumer<? super T> accepted) throws IOException {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(accepted, "accepted");
        try (WorkbookReader reader = open(file, format, label)) {
            return new Reading<>(reader, format, label, type, accepted).run();
        }
    }

    private static WorkbookReader open(Path file, SpreadsheetFormat format, String label) throws IOException {
        return switch (format) {
            case XLSX -> XlsxWorkbookReader.open(file, label);
            case XLS -> XlsWorkbookReader.open(file, label);
            case ODS -> OdsWorkbookReader.open(file, label);
        };
    }

    /** One reading of one workbook. */
    private final class Reading<T> {

        private final WorkbookReader reader;
        private final SpreadsheetFormat format;
        private final String label;
        private final Class<T> type;
        private final Consumer<? super T> accepted;
        private MergeFill merges = new MergeFill();
        private final List<SheetRow> buffered = new ArrayList<>();
        private String sheetSource;
        private String sheetName;

        Reading(WorkbookReader reader, SpreadsheetFormat format, String label, Class<T> type,
                Consumer<? super T> accepted) {
            this.reader = reader;
            this.format = format;
            this.label = label;
            this.type = type;
            this.accepted = accepted;
        }

        ImportReport run() throws IOException {
            selectSheet();
            sheetName = reader.sheetName();
            sheetSource = label + "#" + sheetName;
            bufferHeaderRows();
            SheetRow header = chooseHeader();
            List<String> headers = headers(header);
            TableImport<T> table = open(headers, header.number())
                    .dialect("format", format.extension())
                    .dialect("sheet", sheetName)
                    .dialect("headerRow", Long.toString(header.number()))
                    .dialect("headerDetected", Boolean.toString(headerRow <= 0));
            long hidden = readRows(header, table);
            return table.dialect("hiddenRows", Long.toString(hidden))
                    .dialect("hiddenRowsRead", Boolean.toString(!skipHiddenRows))
                    .finish();
        }

        /**
         * The import of the table under the header, with problems placed at sheet cells and columns
         * with a blank header (a margin) left unreported; a header row that cannot be read makes the
         * workbook unreadable.
         */
        private TableImport<T> open(List<String> headers, long headerNumber) {
            try {
                return TableImport.builder(mappers, headers, sheetSource).kind(kind).reportSource(label)
                        .headerLine(headerNumber).mergeQuarters(mergeQuarters).ignoreBlankHeaders(true)
                        .relocation(this::relocate).open(type, accepted);
            } catch (InvalidValueException e) {
                if (e.code() == ProblemCode.KIND_NOT_INFERRED) {
                    throw unreadable(ProblemCode.KIND_NOT_INFERRED, headerNumber, String.join(", ", nonBlank(headers)));
                }
                if (e.code() == ProblemCode.MISSING_COLUMN) {
                    throw new UnreadableInputException(e.toProblem("").at(Location.ofLine(sheetSource, headerNumber)),
                            e);
                }
                throw e;
            }
        }

        /** Hands the data rows to the table; returns how many hidden rows were met. */
        private long readRows(SheetRow header, TableImport<T> table) throws IOException {
            ColumnMapping mapping = table.mapping();
            long dataStart = merges.bottomOf(header.number()) + 1;
            int width = mapping.headers().size();
            long hidden = 0;
            int next = 0;
            while (true) {
                SheetRow row;
                if (next < buffered.size()) {
                    row = buffered.get(next++);
                } else {
                    SheetRow read = reader.nextRow();
                    if (read == null) {
                        break;
                    }
                    row = merges.apply(read);
                }
                if (row.number() < dataStart || isBlank(row, width)) {
                    continue;
                }
                if (row.hidden()) {
                    hidden++;
                    if (skipHiddenRows) {
                        continue;
                    }
                }
                List<Problem> errors = cellErrors(row, mapping, width);
                if (!errors.isEmpty()) {
                    table.rejectRow(errors);
                    continue;
                }
                List<String> cells = new ArrayList<>(width);
                for (int column = 0; column < width; column++) {
                    cells.add(CellTexts.text(row.cell(column)));
                }
                table.row(cells, row.number());
            }
            return hidden;
        }

        private List<Problem> cellErrors(SheetRow row, ColumnMapping mapping, int width) {
            List<Problem> errors = new ArrayList<>();
            for (int column = 0; column < width; column++) {
                CellValue cell = row.cell(column);
                Optional<Column> mapped = mapping.columnAt(column);
                if (cell.type() == CellValue.Type.ERROR && mapped.isPresent()) {
                    errors.add(Problem.error(ProblemCode.CELL_ERROR, mapped.get().name(), cell.text())
                            .at(Location.ofSheetCell(label, sheetName, row.number(), column + 1,
                                    mapping.headers().get(column))));
                }
            }
            return errors;
        }

        private Problem relocate(Problem problem) {
            Location location = problem.location();
            if (location.column() <= 0 || location.line() <= 0) {
                return problem;
            }
            return problem.at(Location.ofSheetCell(label, sheetName, location.line(), location.column(),
                    location.columnName()));
        }

        private void selectSheet() throws IOException {
            if (sheet != null || sheetIndex > 0) {
                String wanted = sheet != null ? sheet : "#" + sheetIndex;
                int position = 0;
                while (reader.nextSheet()) {
                    position++;
                    if (sheet != null ? sheet.equals(reader.sheetName()) : position == sheetIndex) {
                        SheetRow first = firstRow();
                        if (first == null) {
                            throw unreadable(ProblemCode.EMPTY_SHEET, 0, reader.sheetName(), names());
                        }
                        buffered.add(first);
                        return;
                    }
                }
                throw unreadable(ProblemCode.SHEET_NOT_FOUND, 0, wanted, names());
            }
            while (reader.nextSheet()) {
                if (reader.sheetHidden()) {
                    continue;
                }
                SheetRow first = firstRow();
                if (first != null) {
                    buffered.add(first);
                    return;
                }
            }
            throw unreadable(ProblemCode.EMPTY_SHEET, 0, "", names());
        }

        private String names() {
            List<String> names = reader.sheetNames();
            return names.isEmpty() ? "-" : String.join(", ", names);
        }

        /** The sheet's first row holding a cell, with the rows before it buffered; null if none. */
        private SheetRow firstRow() throws IOException {
            merges = new MergeFill();
            SheetRow row;
            while ((row = reader.nextRow()) != null) {
                SheetRow shown = merges.apply(row);
                if (!shown.isBlank()) {
                    return shown;
                }
                buffered.add(shown);
            }
            buffered.clear();
            return null;
        }

        private void bufferHeaderRows() throws IOException {
            long nonBlank = buffered.stream().filter(row -> !row.isBlank()).count();
            while (headerRow > 0 ? buffered.get(buffered.size() - 1).number() < headerRow : nonBlank < HEADER_SCAN) {
                SheetRow row = reader.nextRow();
                if (row == null) {
                    return;
                }
                SheetRow shown = merges.apply(row);
                buffered.add(shown);
                if (!shown.isBlank()) {
                    nonBlank++;
                }
            }
        }

        private SheetRow chooseHeader() {
            if (headerRow > 0) {
                return buffered.stream().filter(row -> row.number() == headerRow).findFirst()
                        .orElse(new SheetRow(headerRow, false, List.of(), List.of()));
            }
            SheetRow best = null;
            long bestScore = 0;
            for (SheetRow row : buffered) {
                if (row.isBlank()) {
                    continue;
                }
                long score = score(headers(row));
                if (score > bestScore) {
                    best = row;
                    bestScore = score;
                }
            }
            if (best != null) {
                return best;
            }
            return buffered.stream().filter(row -> !row.isBlank()).findFirst().orElseThrow();
        }

        /** How well a row names the columns of the kind (or of the kind it tells); 0 if it is no header. */
        private long score(List<String> headers) {
            RecordKind scored = kind != null ? kind : HeaderMapping.inferKind(headers).orElse(null);
            if (scored == null) {
                return 0;
            }
            Set<Column> found = new HashSet<>();
            for (String header : headers) {
                HeaderMapping.match(scored, header).ifPresent(found::add);
            }
            boolean complete = HeaderMapping.columns(scored).stream().filter(Column::required).allMatch(found::contains);
            return found.isEmpty() ? 0 : (complete ? 1000L : 0L) + found.size();
        }

        private UnreadableInputException unreadable(ProblemCode code, long row, String value, String... details) {
            Location location = sheetName == null ? Location.ofLine(label, 0) : Location.ofLine(sheetSource, row);
            return new UnreadableInputException(code, location, value, details);
        }
    }

    private static List<String> headers(SheetRow row) {
        List<String> headers = new ArrayList<>();
        for (CellValue cell : row.cells()) {
            headers.add(CellTexts.text(cell).strip());
        }
        int end = headers.size();
        while (end > 0 && headers.get(end - 1).isEmpty()) {
            end--;
        }
        return List.copyOf(headers.subList(0, end));
    }

    private static List<String> nonBlank(List<String> headers) {
        return headers.stream().filter(header -> !header.isEmpty()).toList();
    }

    private static boolean isBlank(SheetRow row, int width) {
        for (int column = 0; column < width; column++) {
            if (!row.cell(column).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Builds a {@link SpreadsheetImporter}. Not thread-safe. */
    public static final class Builder {

        private RecordKind kind;
        private String sheet;
        private int sheetIndex;
        private long headerRow;
        private boolean skipHiddenRows;
        private CityContract referential;
        private MappingOptions options;
        private String source;
        private boolean mergeQuarters = true;

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
         * Reads the sheet of this name (exactly as written), rather than the first one holding a cell.
         *
         * @param value the name, or null for the default
         * @return this builder
         */
        public Builder sheet(String value) {
            this.sheet = value;
            this.sheetIndex = 0;
            return this;
        }

        /**
         * Reads the sheet at this position, counted from 1 as the tabs show them (hidden sheets
         * included), rather than the first one holding a cell.
         *
         * @param value the position, from 1, or 0 for the default
         * @return this builder
         * @throws IllegalArgumentException if the position is negative
         */
        public Builder sheetIndex(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("a sheet position counts from 1: " + value);
            }
            this.sheetIndex = value;
            this.sheet = null;
            return this;
        }

        /**
         * Takes the header from this row, numbered as the spreadsheet shows it, rather than
         * detecting it.
         *
         * @param value the row, from 1, or 0 to detect it
         * @return this builder
         * @throws IllegalArgumentException if the row is negative
         */
        public Builder headerRow(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("a row number counts from 1: " + value);
            }
            this.headerRow = value;
            return this;
        }

        /**
         * Sets whether hidden rows are skipped (they are read by default: hiding is a view).
         *
         * @param value true to skip them
         * @return this builder
         */
        public Builder skipHiddenRows(boolean value) {
            this.skipHiddenRows = value;
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
         * Sets the source label of the report and of the problems' locations (which add
         * {@code #sheet}); by default the file name.
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
         * Builds the importer.
         *
         * @return the importer, not null
         */
        public SpreadsheetImporter build() {
            return new SpreadsheetImporter(this);
        }
    }
}
