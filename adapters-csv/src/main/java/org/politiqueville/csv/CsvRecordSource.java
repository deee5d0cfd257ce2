package org.politiqueville.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import org.politiqueville.csv.internal.HiddenCharacterScreen;
import org.politiqueville.csv.internal.RowHandler;
import org.politiqueville.csv.internal.TextDecoding;

/**
 * The records of a CSV file or stream, read one at a time with FastCSV: memory does not grow with
 * the input.
 *
 * <p>The header row (when the dialect has one) is read on opening and is not among the
 * {@linkplain #iterator() records}. Each {@link CsvRow} carries the line where it starts, counting
 * the header as line 1 and the lines inside multi-line quoted cells. Empty lines are skipped (they
 * still count). A record whose field count differs from the header's is returned, flagged (see
 * {@link CsvRow#hasFieldCountMismatch()}), never dropped. Input that cannot be read on (an unclosed
 * quote, a character after a closing quote, bytes outside the charset, a record beyond the
 * {@link CsvLimits}: by default 16,384 fields or 16 Mi characters) raises
 * a {@link CsvFormatException} naming its line, and ends the iteration.
 *
 * <p>Records can be iterated once. Close the source (or the {@link #stream() stream}) when done.
 * <pre>{@code
 * try (CsvRecordSource source = CsvRecordSource.open(file)) {
 *     log.info("detected dialect: {}", source.dialect());
 *     for (CsvRow row : source) { ... }
 * }
 * }</pre>
 */
public final class CsvRecordSource implements Iterable<CsvRow>, Closeable {

    /** FastCSV's buffer holds a field being read; it must not be smaller than its initial size. */
    private static final int MIN_BUFFER_CHARS = 8192;

    private static final Pattern FASTCSV_LINE_SUFFIX = Pattern.compile("\\s*\\(record starting at line \\d+\\)$");

    private final String source;
    private final CsvDialect dialect;
    private final Path spool;
    private final RowHandler handler;
    private final HiddenCharacterScreen screen;
    private final CsvReader<CsvRow> reader;
    private final Iterator<CsvRow> records;
    private final List<String> header;
    private boolean iterated;
    private boolean failed;

    private CsvRecordSource(InputStream in, String source, CsvDialect dialect, CsvLimits limits, Path spool)
            throws IOException {
        this.source = source;
        this.dialect = dialect;
        this.spool = spool;
        this.handler = new RowHandler(limits.maxFields(), limits.maxRecordChars());
        this.screen = new HiddenCharacterScreen(in, dialect.charset());
        Reader text;
        try {
            text = TextDecoding.reader(screen, dialect.charset(), true);
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(source, 1, "the bytes are not valid " + dialect.charset().name(), e);
        }
        this.reader = CsvReader.builder()
                .fieldSeparator(dialect.delimiter())
                .quoteCharacter(dialect.quote())
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .maxBufferSize(Math.max(limits.maxRecordChars(), MIN_BUFFER_CHARS))
                .build(handler, text);
        this.records = reader.iterator();
        this.header = dialect.header() && hasNextRecord() ? nextRecord().fields() : List.of();
    }

    /**
     * Opens a file, detecting its dialect with {@link DialectDetector#standard()}.
     *
     * @param file the file, not null; its name is the source label of locations and errors
     * @return the source, to close, not null
     * @throws IOException        if the file cannot be read
     * @throws CsvFormatException if the header row is malformed, or the input mixes encodings
     */
    public static CsvRecordSource open(Path file) throws IOException {
        return open(file, DialectDetector.standard().detect(file));
    }

    /**
     * Opens a file with a known dialect (a preset, a detected dialect, possibly overridden).
     *
     * @param file    the file, not null; its name is the source label of locations and errors
     * @param dialect the dialect, not null
     * @return the source, to close, not null
     * @throws IOException        if the file cannot be read
     * @throws CsvFormatException if the header row is malformed
     */
    public static CsvRecordSource open(Path file, CsvDialect dialect) throws IOException {
        Objects.requireNonNull(dialect, "dialect");
        return open(Files.newInputStream(file), String.valueOf(file.getFileName()), dialect, CsvLimits.DEFAULTS, null);
    }

    /**
     * Opens a stream with a known dialect. The source owns the stream: closing the source closes
     * it.
     *
     * @param in      the input at its start, not null
     * @param source  the source label of locations and errors (a file name), not null
     * @param dialect the dialect, not null
     * @return the source, to close, not null
     * @throws IOException        if the stream cannot be read
     * @throws CsvFormatException if the header row is malformed
     */
    public static CsvRecordSource open(InputStream in, String source, CsvDialect dialect) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dialect, "dialect");
        return open(in, source, dialect, CsvLimits.DEFAULTS, null);
    }

    /**
     * Opens a stream with a known dialect and input limits. The source owns the stream: closing the
     * source closes it.
     *
     * @param in      the input at its start, not null
     * @param source  the source label of locations and errors (a file name), not null
     * @param dialect the dialect, not null
     * @param limits  the input limits, not null
     * @return the source, to close, not null
     * @throws IOException        if the stream cannot be read
     * @throws CsvFormatException if the header row is malformed
     */
    public static CsvRecordSource open(InputStream in, String source, CsvDialect dialect, CsvLimits limits)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(limits, "limits");
        return open(in, source, dialect, limits, null);
    }

    /**
     * Opens a stream, detecting its dialect. Detection needs to read the input twice (the charset
     * depends on every byte), so the stream is first copied to a temporary file, deleted on
     * closing; the stream is read to its end and closed.
     *
     * @param in     the input at its start, not null
     * @param source the source label of locations and errors (a file name), not null
     * @return the source, to close, not null
     * @throws IOException        if the stream cannot be read or the temporary file written
     * @throws CsvFormatException if the header row is malformed, or the input mixes encodings
     */
    public static CsvRecordSource open(InputStream in, String source) throws IOException {
        return open(in, source, CsvLimits.DEFAULTS);
    }

    /**
     * Opens a stream with input limits, detecting its dialect as {@link #open(InputStream, String)}
     * does.
     *
     * @param in     the input at its start, not null
     * @param source the source label of locations and errors (a file name), not null
     * @param limits the input limits, not null
     * @return the source, to close, not null
     * @throws IOException        if the stream cannot be read or the temporary file written
     * @throws CsvFormatException if the header row is malformed, or the input mixes encodings
     */
    public static CsvRecordSource open(InputStream in, String source, CsvLimits limits) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        Path spool = Files.createTempFile("politiqueville-", ".csv");
        try {
            try (in) {
                Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
            }
            CsvDialect dialect = DialectDetector.standard().detect(spool, source);
            return open(Files.newInputStream(spool), source, dialect, limits, spool);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
    }

    private static CsvRecordSource open(InputStream in, String source, CsvDialect dialect, CsvLimits limits,
                                        Path spool) throws IOException {
        try {
            return new CsvRecordSource(in, source, dialect, limits, spool);
        } catch (IOException | RuntimeException e) {
            try {
                in.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * The dialect the records are read with.
     *
     * @return the given or detected dialect, not null
     */
    public CsvDialect dialect() {
        return dialect;
    }

    /**
     * The source label of locations and errors.
     *
     * @return the file name or the given label, not null
     */
    public String source() {
        return source;
    }

    /**
     * Whether the records read so far may hold a NUL character or a byte order mark (past the
     * leading one) in a cell; false only when none can (see {@link HiddenCharacterScreen}).
     *
     * @return false if no record read so far holds either character
     */
    boolean mayHoldHiddenCharacters() {
        return screen.mayHoldHiddenCharacters();
    }

    /**
     * The header row.
     *
     * @return the header's fields, or an empty list if the dialect has no header or the input is
     *         empty; not null
     */
    public List<String> header() {
        return header;
    }

    /**
     * The records after the header, read as the iterator advances. Its {@code hasNext} and
     * {@code next} throw {@link CsvFormatException} for malformed input and
     * {@link UncheckedIOException} when reading fails.
     *
     * @return the iterator, not null
     * @throws IllegalStateException if the records were already iterated
     */
    @Override
    public Iterator<CsvRow> iterator() {
        if (iterated) {
            throw new IllegalStateException("the records of " + source + " can be iterated once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return hasNextRecord();
            }

            @Override
            public CsvRow next() {
                if (!hasNextRecord()) {
                    throw new NoSuchElementException();
                }
                return nextRecord();
            }
        };
    }

    /**
     * The records after the header as a sequential stream; closing the stream closes this source.
     *
     * @return the stream, not null
     * @throws IllegalStateException if the records were already iterated
     */
    public Stream<CsvRow> stream() {
        Spliterator<CsvRow> spliterator = Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(() -> {
            try {
                close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Closes the input (and deletes the temporary copy of a detected stream).
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
        }
    }

    private boolean hasNextRecord() {
        if (failed) {
            return false;
        }
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            throw failure(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw failure("the bytes are not valid " + dialect.charset().name(), e);
            }
            throw e;
        }
    }

    private CsvRow nextRecord() {
        return records.next();
    }

    private CsvFormatException failure(String reason, RuntimeException cause) {
        failed = true;
        String cleaned = reason == null ? "malformed CSV" : FASTCSV_LINE_SUFFIX.matcher(reason).replaceFirst("");
        return new CsvFormatException(source, Math.max(1, handler.currentLine()), cleaned, cause);
    }
}
