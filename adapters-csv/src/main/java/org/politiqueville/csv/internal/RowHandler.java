package org.politiqueville.csv.internal;

import java.util.ArrayList;
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
    private final List<String> fields = new ArrayList<>();
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
        fields.clear();
        recordChars = 0;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        if (fields.size() >= maxFields) {
            throw new CsvParseException("the record has more than " + maxFields + " fields (limit maxFields)");
        }
        recordChars += len;
        if (recordChars > maxRecordChars) {
            throw new CsvParseException("the record has more than " + maxRecordChars
                    + " characters (limit maxRecordChars)");
        }
        fields.add(new String(buf, offset, len));
    }

    @Override
    protected CsvRow buildRecord() {
        if (expectedFieldCount < 0) {
            expectedFieldCount = fields.size();
        }
        return new CsvRow(getStartingLineNumber(), fields, expectedFieldCount);
    }
}
