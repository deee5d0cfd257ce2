package org.politiqueville.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A copy of a stream in a temporary file, deleted on close: workbooks are zip or OLE2 containers
 * whose directory is at the end, so they are read from a file with random access, never from
 * memory.
 */
public final class Spool implements AutoCloseable {

    private final Path file;

    private Spool(Path file) {
        this.file = file;
    }

    /**
     * Copies a stream to a new temporary file.
     *
     * @param in        the stream, not null; read to its end, not closed
     * @param extension the file's extension, without the dot, not null
     * @return the copy
     * @throws IOException if copying fails (the temporary file is then deleted)
     */
    public static Spool of(InputStream in, String extension) throws IOException {
        Path file = Files.createTempFile("politiqueville-", "." + extension);
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Spool(file);
    }

    /**
     * The temporary file.
     *
     * @return the path, not null
     */
    public Path file() {
        return file;
    }

    /**
     * Deletes the temporary file.
     *
     * @throws IOException if it cannot be deleted
     */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
