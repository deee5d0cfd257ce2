package org.politiqueville.core.spi;

import java.io.IOException;

/**
 * An output being written: records go in one by one, and the file appears under its name only on
 * {@link #commit()}. Closing without committing discards what was written and leaves any previous
 * file in place, so a crash never leaves half a file behind.
 */
public interface RecordSink extends AutoCloseable {

    /**
     * Writes one record.
     *
     * @param record a domain object of the sink's kind, not null
     * @throws IOException              if writing fails
     * @throws IllegalArgumentException if the record is not of the sink's kind
     */
    void accept(Object record) throws IOException;

    /**
     * Finishes the output and moves it atomically to its target.
     *
     * @throws IOException if finishing or moving fails; the target is then unchanged
     */
    void commit() throws IOException;

    /**
     * Releases the output; without a prior {@link #commit()}, deletes what was written.
     *
     * @throws IOException if releasing fails
     */
    @Override
    void close() throws IOException;
}
