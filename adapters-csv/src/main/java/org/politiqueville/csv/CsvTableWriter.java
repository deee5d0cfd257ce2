package org.politiqueville.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;

import org.politiqueville.core.exchange.AtomicFiles;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

import org.politiqueville.csv.internal.Encodability;
import org.politiqueville.csv.internal.FormulaGuard;

/**
 * Writes rows of text cells as CSV in a {@link CsvDialect}, with FastCSV: its charset (with a byte
 * order mark if the dialect says so), delimiter, quote and line separator. Cells are quoted only
 * when they must be (a delimiter, a quote or a line break inside, or a lone empty cell, which would
 * otherwise read back as a skipped empty line).
 *
 * <p><b>Formula protection.</b> When the dialect has {@link CsvDialect#formulaProtection()} (as
 * {@link CsvDialect#EXCEL_FR}), a cell whose first character is {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is written with a leading apostrophe, so that a spreadsheet
 * shows it as text instead of running it ({@code =HYPERLINK(…)} becomes {@code '=HYPERLINK(…)}),
 * unless the whole cell is a plain number: an optional sign, ASCII digits (optionally grouped by
 * three with a space, a no-break space or a narrow no-break space) and an optional decimal part after
 * {@code .} or {@code ,}, such as {@code -250}, {@code +3,5} or {@code -1 200}, which cannot call
 * anything and must stay a number. A cell that already starts with apostrophes followed by such a
 * formula gets one more apostrophe, so that the protection can be undone exactly: {@link CsvImporter}
 * removes the one added apostrophe when its dialect has formula protection, and reads back the
 * value that was written ({@link CsvRecordSource} gives the cells as they are in the file).
 * {@link CsvDialect#OPEN_DATA} does not protect: data portals want the raw values.
 *
 * <p><b>Files.</b> {@link #write(Path, CsvDialect, AtomicFiles.IOConsumer)} writes a file through a
 * temporary file in the same directory, moved over the target (atomically where the file system
 * allows it) only once every row is written and on disk; a failure leaves the target as it was:
 * <pre>{@code
 * CsvTableWriter.write(file, CsvDialect.EXCEL_FR, writer -> {
 *     writer.writeRow(header);
 *     rows.forEach(writer::writeRow);
 * });
 * }</pre>
 */
public final class CsvTableWriter implements Closeable {

    private final CsvDialect dialect;
    private final Encodability encodability;
    private final CsvWriter writer;
    private boolean loneEmptyCell;
    private boolean committed;
    private boolean writerClosed;

    private CsvTableWriter(CsvDialect dialect, OutputStream out) throws IOException {
        this.dialect = dialect;
        this.encodability = new Encodability(dialect.charset());
        CharsetEncoder encoder = dialect.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        OutputStreamWriter text = new OutputStreamWriter(out, encoder);
        if (dialect.byteOrderMark()) {
            text.write('\uFEFF');
        }
        this.writer = CsvWriter.builder()
                .fieldSeparator(dialect.delimiter())
                .quoteCharacter(dialect.quote())
                .lineDelimiter(lineDelimiter(dialect.lineSeparator()))
                .quoteStrategy(new QuoteStrategy() {
                    @Override
                    public boolean quoteEmpty(int lineNo, int fieldIdx) {
                        return loneEmptyCell;
                    }
                })
                .build(text);
    }

    private static LineDelimiter lineDelimiter(LineSeparator separator) {
        switch (separator) {
            case CRLF:
                return LineDelimiter.CRLF;
            case CR:
                return LineDelimiter.CR;
            default:
                return LineDelimiter.LF;
        }
    }

    /**
     * Writes a file atomically: the rows go to a temporary file in the same directory, which
     * replaces the target only once {@code rows} returns and everything is on disk (see
     * {@link AtomicFiles#write(Path, AtomicFiles.IOConsumer)}). If {@code rows} throws, the target
     * is left as it was and no temporary file remains. The writer given to {@code rows} need not
     * be committed nor closed.
     *
     * @param file    the file to create or replace, not null
     * @param dialect the dialect, not null
     * @param rows    writes the rows, not null
     * @throws IOException if writing, syncing or moving fails, or {@code rows} throws it (the
     *                     target is then unchanged)
     */
    public static void write(Path file, CsvDialect dialect, AtomicFiles.IOConsumer<? super CsvTableWriter> rows)
            throws IOException {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(rows, "rows");
        AtomicFiles.write(file, out -> {
            try (CsvTableWriter writer = new CsvTableWriter(dialect, out)) {
                rows.accept(writer);
                writer.commit();
            }
        });
    }

    /**
     * Starts writing to a stream. The writer owns the stream: closing the writer closes it.
     *
     * @param out     the output, not null
     * @param dialect the dialect, not null
     * @return the writer, to commit and close, not null
     * @throws IOException if the byte order mark cannot be written
     */
    public static CsvTableWriter create(OutputStream out, CsvDialect dialect) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(dialect, "dialect");
        return new CsvTableWriter(dialect, out);
    }

    /**
     * A cell with formula protection (see the class comment), whatever the dialect; idempotent: a
     * cell already starting with an apostrophe is returned as it is. {@link #writeRow(List)} also
     * adds an apostrophe to a cell made of apostrophes followed by a formula, so that reading
     * removes exactly the one it added.
     *
     * @param cell the cell, not null
     * @return the cell, or the cell with a leading apostrophe
     */
    public static String protectFormula(String cell) {
        return FormulaGuard.protect(Objects.requireNonNull(cell, "cell"));
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
     * Writes a row (the header row is written as any other).
     *
     * @param cells the cells, not null, not empty, no null element
     * @return this writer
     * @throws InvalidValueException  ({@link ProblemCode#CONSTRAINT_VIOLATED}) if a cell has a
     *                                character the dialect's charset cannot encode (nothing of the
     *                                row is written then)
     * @throws IllegalArgumentException if {@code cells} is empty
     * @throws IllegalStateException  if the writer was committed or closed
     * @throws UncheckedIOException   if writing fails
     */
    public CsvTableWriter writeRow(List<String> cells) {
        if (committed) {
            throw new IllegalStateException("the writer was committed or closed");
        }
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a row needs at least one cell");
        }
        // Copied only when formula protection changes a cell: most rows are written as given.
        List<String> written = cells;
        for (int i = 0; i < cells.size(); i++) {
            String cell = Objects.requireNonNull(cells.get(i), "cell");
            if (!encodability.canEncode(cell)) {
                throw new InvalidValueException(ProblemCode.CONSTRAINT_VIOLATED, cell,
                        "it has characters that " + dialect.charset().name() + " cannot encode");
            }
            String safe = dialect.formulaProtection() ? FormulaGuard.guard(cell) : cell;
            if (safe != cell) {
                if (written == cells) {
                    written = new ArrayList<>(cells);
                }
                written.set(i, safe);
            }
        }
        loneEmptyCell = written.size() == 1 && written.get(0).isEmpty();
        writer.writeRecord(written);
        return this;
    }

    /**
     * Writes a row.
     *
     * @param cells the cells, not null, not empty, no null element
     * @return this writer
     * @throws InvalidValueException  as {@link #writeRow(List)}
     * @throws IllegalArgumentException if {@code cells} is empty
     * @throws IllegalStateException  if the writer was committed or closed
     * @throws UncheckedIOException   if writing fails
     */
    public CsvTableWriter writeRow(String... cells) {
        return writeRow(List.of(cells));
    }

    /**
     * Finishes the output: flushes it. No row can be written after.
     *
     * @throws IOException if flushing fails
     */
    public void commit() throws IOException {
        if (committed) {
            return;
        }
        writer.flush();
        committed = true;
    }

    /**
     * Closes the output (and the stream it writes to).
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        committed = true;
        if (!writerClosed) {
            writerClosed = true;
            writer.close();
        }
    }
}
