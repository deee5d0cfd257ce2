package org.politiqueville.json;

import java.io.Closeable;
import java.util.Objects;
import org.politiqueville.json.internal.Codec;
import tools.jackson.core.JsonGenerator;

/**
 * Writes records of one kind to a stream one at a time, as a JSON array or JSON Lines, so that
 * no more than one record is held in memory: obtained from
 * {@link PolitiqueVilleJson#openWriter(JsonKind, JsonLayout, java.io.OutputStream)}.
 *
 * <p>{@link #close()} ends the document (the closing bracket of an array, the end of the last
 * line) and leaves the stream open. Not thread-safe.
 *
 * @param <T> the type of the records
 */
public final class JsonRecordWriter<T> implements Closeable {

    private final Codec<T> codec;
    private final JsonLayout layout;
    private final JsonGenerator generator;
    private final boolean pretty;
    private long written;
    private boolean closed;

    JsonRecordWriter(JsonKind<T> kind, JsonLayout layout, JsonGenerator generator, boolean pretty) {
        this.codec = kind.codec();
        this.layout = layout;
        this.generator = generator;
        this.pretty = pretty;
        if (layout == JsonLayout.ARRAY) {
            generator.writeStartArray();
        }
    }

    /**
     * Writes one record.
     *
     * @param record the record, not null
     * @throws IllegalStateException              if the writer is closed
     * @throws tools.jackson.core.JacksonException if the stream cannot be written (a
     *                                             {@link tools.jackson.core.exc.JacksonIOException}
     *                                             wrapping the {@link java.io.IOException})
     */
    public void write(T record) {
        Objects.requireNonNull(record, "record");
        if (closed) {
            throw new IllegalStateException("the JSON writer is closed");
        }
        codec.write(record, generator);
        written++;
    }

    /**
     * The records written so far.
     *
     * @return the count
     */
    public long written() {
        return written;
    }

    /**
     * Ends the document and flushes it to the stream, which stays open. Does nothing the second
     * time.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (generator) {
            if (layout == JsonLayout.ARRAY) {
                generator.writeEndArray();
                if (pretty) {
                    generator.writeRaw('\n');
                }
            } else if (written > 0) {
                // The generator separates root values; the last line gets its end here.
                generator.writeRaw('\n');
            }
        }
    }
}
