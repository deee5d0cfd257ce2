package org.politiqueville.core.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;
import org.politiqueville.core.validation.ValidationReport;

/**
 * Which header of a file holds which {@link Column} of a kind of record, as
 * {@link HeaderMapping#resolve(RecordKind, List, String, long)} found it, with the problems of the
 * header row.
 *
 * <p>Immutable and thread-safe. Readers resolve the header row once, then read each row's cells
 * by canonical column name ({@link #cell(List, String)}) in constant time.
 */
public final class ColumnMapping {

    private static final int EXAMPLES = 3;

    private final RecordKind kind;
    private final List<String> headers;
    private final List<Column> columnAt;
    private final Map<String, Integer> indexByName;
    /** Every column of the kind by name, and its header's index or -1 when no header names it. */
    private final String[] positionNames;
    private final int[] positions;
    /**
     * The same by the names' hash codes, open addressing: mappers ask with the string constants
     * of their column names, whose hash codes are cached, so a lookup is one slot and one
     * reference comparison (the plain scan above answers everything else).
     */
    private final String[] slotNames;
    private final int[] slotPositions;
    private final Set<String> names;
    private final List<Column> missing;
    private final List<String> unknownHeaders;
    private final ValidationReport problems;

    ColumnMapping(RecordKind kind, List<String> headers, Column[] columns, List<Column> kindColumns, String source,
                  long headerLine) {
        this.kind = kind;
        this.headers = headers;
        this.names = kindColumns.stream().map(Column::name).collect(Collectors.toUnmodifiableSet());
        ValidationReport.Builder report = ValidationReport.builder();
        Map<String, Integer> indices = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        Set<String> unknownKeys = new HashSet<>();
        for (int i = 0; i < columns.length; i++) {
            String header = headers.get(i);
            Location location = new Location(source, headerLine, i + 1, header, "");
            Column column = columns[i];
            if (column == null) {
                if (unknownKeys.add(NameKey.compact(header).value())) {
                    unknown.add(header);
                    report.add(new Problem(Severity.WARNING, ProblemCode.UNKNOWN_COLUMN, "", header,
                            List.of(kind.id()), location));
                }
            } else if (indices.putIfAbsent(column.name(), i) != null) {
                columns[i] = null;
                report.add(new Problem(Severity.WARNING, ProblemCode.DUPLICATE_COLUMN, "", header,
                        List.of(column.name()), location));
            }
        }
        List<Column> absent = new ArrayList<>();
        for (Column column : kindColumns) {
            if (column.required() && !indices.containsKey(column.name())) {
                absent.add(column);
                report.add(new Problem(Severity.ERROR, ProblemCode.MISSING_COLUMN, "", column.name(),
                        List.of(examples(List.of(column))), Location.ofLine(source, headerLine)));
            }
        }
        this.columnAt = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(columns)));
        this.indexByName = Map.copyOf(indices);
        this.positionNames = new String[kindColumns.size()];
        this.positions = new int[kindColumns.size()];
        for (int i = 0; i < kindColumns.size(); i++) {
            positionNames[i] = kindColumns.get(i).name();
            positions[i] = indices.getOrDefault(positionNames[i], -1);
        }
        int slots = Integer.highestOneBit(Math.max(4, positionNames.length) * 4);
        this.slotNames = new String[slots];
        this.slotPositions = new int[slots];
        for (int i = 0; i < positionNames.length; i++) {
            int slot = positionNames[i].hashCode() & (slots - 1);
            while (slotNames[slot] != null) {
                slot = (slot + 1) & (slots - 1);
            }
            slotNames[slot] = positionNames[i];
            slotPositions[slot] = positions[i];
        }
        this.missing = List.copyOf(absent);
        this.unknownHeaders = List.copyOf(unknown);
        this.problems = report.build();
    }

    private static String examples(List<Column> columns) {
        return columns.stream()
                .flatMap(column -> column.aliases().stream().limit(EXAMPLES))
                .map(alias -> "\"" + alias + "\"")
                .collect(Collectors.joining(", "));
    }

    /**
     * The kind of record the headers were resolved for.
     *
     * @return the kind, not null
     */
    public RecordKind kind() {
        return kind;
    }

    /**
     * The headers as the file gives them, in file order.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> headers() {
        return headers;
    }

    /**
     * Whether a header names the column.
     *
     * @param column the canonical column name, not null
     * @return true if the file has the column
     * @throws IllegalArgumentException if the kind has no column of that name (a programming error)
     */
    public boolean has(String column) {
        return indexByName.containsKey(checked(column));
    }

    /**
     * The 0-based index of the header that holds a column.
     *
     * @param column the canonical column name, not null
     * @return the index, or empty if no header names the column
     * @throws IllegalArgumentException if the kind has no column of that name (a programming error)
     */
    public OptionalInt indexOf(String column) {
        Integer index = indexByName.get(checked(column));
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * The header text that names a column, for problem locations.
     *
     * @param column the canonical column name, not null
     * @return the header as the file gives it, or empty if no header names the column
     * @throws IllegalArgumentException if the kind has no column of that name (a programming error)
     */
    public Optional<String> header(String column) {
        Integer index = indexByName.get(checked(column));
        return index == null ? Optional.empty() : Optional.of(headers.get(index));
    }

    /**
     * The column a header holds.
     *
     * @param index the 0-based header index
     * @return the column, or empty if the header is unknown, repeats an earlier one or is out of range
     */
    public Optional<Column> columnAt(int index) {
        return index < 0 || index >= columnAt.size() ? Optional.empty() : Optional.ofNullable(columnAt.get(index));
    }

    /**
     * The cell of a row that holds a column.
     *
     * @param row    the row's cells in file order, not null
     * @param column the canonical column name, not null
     * @return the cell, or {@code null} if no header names the column or the row is too short
     * @throws IllegalArgumentException if the kind has no column of that name (a programming error)
     */
    public String cell(List<String> row, String column) {
        Objects.requireNonNull(row, "row");
        int index = position(column);
        return index < 0 || index >= row.size() ? null : row.get(index);
    }

    /**
     * Where a column's cell is in a record, for problems about that cell.
     *
     * @param source the file name, not null
     * @param line   the 1-based line where the record starts
     * @param column the canonical column name, not null
     * @return the cell's location, or the record's line if no header names the column
     * @throws IllegalArgumentException if the kind has no column of that name (a programming error)
     */
    public Location location(String source, long line, String column) {
        int index = position(column);
        return index < 0 ? Location.ofLine(source, line) : Location.ofCell(source, line, index + 1, headers.get(index));
    }

    /**
     * The required columns no header names.
     *
     * @return an unmodifiable list in column order, empty when the mapping is complete
     */
    public List<Column> missing() {
        return missing;
    }

    /**
     * Whether every required column has a header.
     *
     * @return true if nothing required is missing
     */
    public boolean isComplete() {
        return missing.isEmpty();
    }

    /**
     * The headers that name no column, each once, in file order.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> unknownHeaders() {
        return unknownHeaders;
    }

    /**
     * The problems of the header row: unknown and repeated headers (warnings), missing required
     * columns (errors).
     *
     * @return the report, not null
     */
    public ValidationReport problems() {
        return problems;
    }

    /**
     * Checks that every required column has a header.
     *
     * @return this mapping
     * @throws InvalidValueException with {@link ProblemCode#MISSING_COLUMN} naming every missing
     *                               column, if any is missing
     */
    public ColumnMapping requireComplete() {
        if (!missing.isEmpty()) {
            throw new InvalidValueException(ProblemCode.MISSING_COLUMN,
                    missing.stream().map(Column::name).collect(Collectors.joining(", ")), examples(missing));
        }
        return this;
    }

    /**
     * The header index of a column, -1 if absent. Readers ask for every cell of every row, with
     * the same constant names as the columns are defined with: comparing references first over a
     * dozen names beats hashing.
     */
    private int position(String column) {
        Objects.requireNonNull(column, "column");
        int mask = slotNames.length - 1;
        for (int slot = column.hashCode() & mask; ; slot = (slot + 1) & mask) {
            String name = slotNames[slot];
            if (name == column) {
                return slotPositions[slot];
            }
            if (name == null) {
                break;
            }
        }
        for (int i = 0; i < positionNames.length; i++) {
            if (positionNames[i] == column) {
                return positions[i];
            }
        }
        for (int i = 0; i < positionNames.length; i++) {
            if (positionNames[i].equals(column)) {
                return positions[i];
            }
        }
        throw new IllegalArgumentException(kind.id() + " has no column " + column);
    }

    private String checked(String column) {
        Objects.requireNonNull(column, "column");
        if (!names.contains(column)) {
            throw new IllegalArgumentException(kind.id() + " has no column " + column);
        }
        return column;
    }

    /**
     * The mapping in a compact form such as {@code quarters[label=0, qpvCode=1]}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind.id()).append('[');
        for (int i = 0; i < columnAt.size(); i++) {
            Column column = columnAt.get(i);
            if (column != null) {
                text.append(text.charAt(text.length() - 1) == '[' ? "" : ", ").append(column.name()).append('=').append(i);
            }
        }
        return text.append(']').toString();
    }
}
