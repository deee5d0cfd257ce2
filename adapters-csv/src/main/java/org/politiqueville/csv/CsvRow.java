package org.politiqueville.csv;

import java.util.List;
import java.util.Objects;

import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;

/**
 * One record of a CSV file: its fields as read (unquoted, never trimmed) and the line where it
 * starts, so that problems found in its values can name that line even when a quoted cell spans
 * several lines.
 *
 * @param line               the 1-based line where the record starts (the header is line 1)
 * @param fields             the fields, not null, no null element
 * @param expectedFieldCount the header's field count (or the first record's without header)
 */
public record CsvRow(long line, List<String> fields, int expectedFieldCount) {

    /**
     * Checks the components and copies {@code fields}.
     *
     * @param line the 1-based line where the record starts (the header is line 1)
     * @param fields the fields, not null, no null element
     * @param expectedFieldCount the header's field count (or the first record's without header)
     * @throws NullPointerException     if {@code fields} or one of its elements is null
     * @throws IllegalArgumentException if {@code line} is not positive or
     *                                  {@code expectedFieldCount} is negative
     */
    public CsvRow {
        fields = List.copyOf(fields);
        if (line < 1 || expectedFieldCount < 0) {
            throw new IllegalArgumentException("line must be positive and expectedFieldCount not negative: "
                    + line + ", " + expectedFieldCount);
        }
    }

    /**
     * The field at an index.
     *
     * @param index the 0-based field index
     * @return the field, not null
     * @throws IndexOutOfBoundsException if the record has no such field
     */
    public String field(int index) {
        return fields.get(index);
    }

    /**
     * The number of fields of this record.
     *
     * @return the field count
     */
    public int size() {
        return fields.size();
    }

    /**
     * Whether this record has more or fewer fields than the header: a ragged row, usually a
     * delimiter typed inside an unquoted cell, or cells lost in a copy and paste.
     *
     * @return true if the field count differs from {@link #expectedFieldCount()}
     */
    public boolean hasFieldCountMismatch() {
        return fields.size() != expectedFieldCount;
    }

    /**
     * Whether every field is empty, as the {@code ;;;;} rows spreadsheets leave below a table.
     *
     * @return true if no field has any character
     */
    public boolean isBlank() {
        for (String field : fields) {
            if (!field.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The problem to report for a ragged row: a {@link ProblemCode#MALFORMED_INPUT} error at this
     * record's line.
     *
     * @param source the file name or other source label, not null
     * @return the problem, not null
     * @throws IllegalStateException if the field count is the expected one
     */
    public Problem fieldCountProblem(String source) {
        Objects.requireNonNull(source, "source");
        if (!hasFieldCountMismatch()) {
            throw new IllegalStateException("line " + line + " has the expected " + expectedFieldCount + " fields");
        }
        return new Problem(Severity.ERROR, ProblemCode.MALFORMED_INPUT, "", null,
                List.of("the record has " + fields.size() + " fields, the header has " + expectedFieldCount),
                Location.ofLine(source, line));
    }
}
