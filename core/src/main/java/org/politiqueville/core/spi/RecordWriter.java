package org.politiqueville.core.spi;

import java.io.IOException;
import java.nio.file.Path;
import org.politiqueville.core.exchange.RecordKind;

/** Writes records of one kind to a file, atomically. */
@FunctionalInterface
public interface RecordWriter {

    /**
     * Opens an output for records of a kind. Nothing appears at {@code target} before
     * {@link RecordSink#commit()}.
     *
     * @param target the file to write, not null
     * @param kind   the kind of records, not null
     * @return the sink, not null
     * @throws IOException                   if the output cannot be created
     * @throws UnsupportedOperationException if the format cannot write that kind
     */
    RecordSink open(Path target, RecordKind kind) throws IOException;
}
