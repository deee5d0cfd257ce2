package org.politiqueville.csv.internal;

import java.util.Arrays;
import java.util.List;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;

import org.politiqueville.csv.CsvRow;

/**
 * Builds {@link CsvRow}s from FastCSV's callbacks, and knows the starting line of the record being
 * parsed, so that a parse or decoding failure can name it.
 *
 * <p>The first record's field count becomes the expected count of every record. Like FastCSV's own
 * handlers, it bounds a record's fields and characters so that hostile input cannot exhaust memory.
 */
public final class RowHandler extends AbstractBaseCsvCallbackHandler<CsvRow> {

    private final int maxFields;
    private final int maxRecordChars;
    private String[] fields = new String[16];
    private int count;
    private int recordChars;
    private int expectedFieldCount = -1;

    /**
     * Creates a handler for one reader; handlers are stateful and not reusable.
     *
     * @param maxFields      the most fields a record may have
     * @param maxRecordChars the most characters a record may have, all fields together
     */
    public RowHandler(int maxFields, int maxRecordChars) {
        super();
        this.maxFields = maxFields;
        this.maxRecordChars = maxRecordChars;
    }

    /**
     * The line where the record being parsed (or last parsed) starts.
     *
     * @return the 1-based line, or {@code 0} before the first record
     */
    public long currentLine() {
        return getStartingLineNumber();
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        Arrays.fill(fields, 0, count, null);
        count = 0;
        recordChars = 0;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        if (count >= maxFields) {
            throw new CsvParseException("the record has more than " + maxFields + " fields (limit maxFields)");
        }
        recordChars += len;
        if (recordChars > maxRecordChars) {
            throw new CsvParseException("the record has more than " + maxRecordChars
                    + " characters (limit maxRecordChars)");
        }
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, (int) Math.min(maxFields, 2L * count));
        }
        fields[count++] = new String(buf, offset, len);
    }

    @Override
    protected CsvRow buildRecord() {
        if (expectedFieldCount < 0) {
            expectedFieldCount = count;
        }
        return new CsvRow(getStartingLineNumber(), list(), expectedFieldCount);
    }

    /**
     * The fields as an immutable list, which {@link CsvRow} keeps without copying it: the
     * fixed-arity {@code List.of} of the usual widths copies the fields once, where
     * {@code List.copyOf} of a mutable list copies them twice.
     */
    private List<String> list() {
        String[] f = fields;
        return switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(f[0]);
            case 2 -> List.of(f[0], f[1]);
            case 3 -> List.of(f[0], f[1], f[2]);
            case 4 -> List.of(f[0], f[1], f[2], f[3]);
            case 5 -> List.of(f[0], f[1], f[2], f[3], f[4]);
            case 6 -> List.of(f[0], f[1], f[2], f[3], f[4], f[5]);
            case 7 -> List.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
            case 8 -> List.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
            case 9 -> List.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
            case 10 -> List.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]);
            default -> List.of(Arrays.copyOf(f, count));
        };
    }
}
