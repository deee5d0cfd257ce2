package org.politiqueville.spreadsheet.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.politiqueville.core.exchange.AtomicFiles;
import org.politiqueville.core.exchange.CellStyle;
import org.politiqueville.core.exchange.RecordMapper;
import org.politiqueville.core.spi.RecordSink;

/**
 * Streams the rows of one kind to a workbook in a temporary file beside its target, which replaces
 * the target on commit ({@link AtomicFiles#open(Path)}): memory stays flat, and a reader never sees
 * half a workbook.
 *
 * @param <T> the type of entity
 */
public final class SheetSink<T> implements RecordSink {

    /** Builds the writer of a format over a stream. */
    @FunctionalInterface
    public interface WriterFactory {

        /**
         * A table writer.
         *
         * @param out       the stream, not null
         * @param sheetName the sheet's name, not null
         * @return the writer
         */
        TableWriter create(OutputStream out, String sheetName);
    }

    private final RecordMapper<T> mapper;
    private final Path target;
    private final AtomicFiles.PendingFile pending;
    private final OutputStream out;
    private final TableWriter writer;
    private final List<String> columns;
    private boolean closed;

    /**
     * Opens a sink, writing the header row.
     *
     * @param mapper    the kind's mapper, not null
     * @param target    the file to write on commit, not null
     * @param sheetName the sheet's name, not null
     * @param factory   the format's writer, not null
     * @throws IOException if the temporary file cannot be created
     */
    public SheetSink(RecordMapper<T> mapper, Path target, String sheetName, WriterFactory factory)
            throws IOException {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.target = Objects.requireNonNull(target, "target");
        this.columns = mapper.columns();
        this.pending = AtomicFiles.open(target);
        try {
            this.out = new BufferedOutputStream(pending.stream(), 1 << 16);
            this.writer = factory.create(out, sheetName);
            writer.row(TypedCells.header(columns));
        } catch (IOException | RuntimeException e) {
            pending.close();
            throw e;
        }
    }

    @Override
    public void accept(Object record) throws IOException {
        if (!mapper.type().isInstance(record)) {
            throw new IllegalArgumentException("a table of " + mapper.kind().id() + " holds "
                    + mapper.type().getSimpleName() + ", not " + (record == null ? "null" : record.getClass().getName()));
        }
        if (closed) {
            throw new IllegalStateException("the sink for " + target + " is closed");
        }
        writer.row(TypedCells.of(columns, mapper.format(mapper.type().cast(record), CellStyle.ISO)));
    }

    @Override
    public void commit() throws IOException {
        if (closed) {
            throw new IllegalStateException("the sink for " + target + " is closed");
        }
        closed = true;
        try {
            writer.finish();
            out.flush();
            pending.commit();
        } finally {
            pending.close();
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        pending.close();
    }
}
