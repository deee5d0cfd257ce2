package org.politiqueville.core.exchange;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file in
 * the target's directory, which is forced to disk and then moved over the target in one step.
 *
 * <p>If writing fails (an exception from the caller's code, a full disk, a character the charset
 * cannot encode), the temporary file is deleted and the target is left as it was, absent or with
 * its previous content. The move is atomic where the file system supports it
 * ({@link StandardCopyOption#ATOMIC_MOVE}); elsewhere it falls back to a plain replacing move. A
 * symbolic link at the target is replaced by the new file, not followed.
 *
 * <p>A process killed while writing ({@code kill -9}, a power cut) cannot delete its temporary file:
 * the target is intact, and the temporary file, named {@code .<target name>.<random>.tmp}, stays
 * until the next successful write of the same target deletes it. Two processes writing the same
 * target at once are not supported: the last move wins, and the other may fail.
 */
public final class AtomicFiles {

    private static final String TEMPORARY_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /**
     * Code that writes to a stream or writer and may fail with an {@link IOException}.
     *
     * @param <T> what it writes to
     */
    @FunctionalInterface
    public interface IOConsumer<T> {

        /**
         * Writes the content. Need not close {@code target}: closing it has no effect.
         *
         * @param target where to write, not null
         * @throws IOException if writing fails
         */
        void accept(T target) throws IOException;
    }

    /**
     * Writes a file's bytes atomically.
     *
     * @param target  the file to create or replace, not null, not a directory
     * @param content writes the bytes, not null
     * @throws IOException if writing, forcing or moving fails; the target is then unchanged
     */
    public static void write(Path target, IOConsumer<? super OutputStream> content) throws IOException {
        Objects.requireNonNull(content, "content");
        try (PendingFile file = open(target)) {
            content.accept(file.stream());
            file.commit();
        }
    }

    /**
     * Starts writing a file atomically, for content produced bit by bit (records as they are read,
     * say) that should not be held in memory until the end: the bytes go to a temporary file beside
     * the target, which {@link PendingFile#commit()} forces to disk and moves over the target, and
     * {@link PendingFile#close()} deletes unless committed.
     *
     * @param target the file to create or replace, not null, not a directory
     * @return the pending file, to commit, then close, not null
     * @throws IOException if the temporary file cannot be created, or the target is a directory
     */
    public static PendingFile open(Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        Path absolute = target.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMPORARY_SUFFIX);
        return new PendingFile(absolute, temporary,
                FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    /**
     * A file being written by {@link AtomicFiles#open(Path)}: nothing appears at the target before
     * {@link #commit()}, and closing without committing leaves the target as it was and deletes the
     * temporary file. Not thread-safe.
     */
    public static final class PendingFile implements Closeable {

        private final Path target;
        private final Path temporary;
        private final FileChannel channel;
        private final OutputStream stream;
        private boolean finished;

        private PendingFile(Path target, Path temporary, FileChannel channel) {
            this.target = target;
            this.temporary = temporary;
            this.channel = channel;
            this.stream = new KeepOpen(Channels.newOutputStream(channel));
        }

        /**
         * The file being replaced or created.
         *
         * @return the absolute target path, not null
         */
        public Path target() {
            return target;
        }

        /**
         * Where to write the content. Unbuffered: wrap it in a buffer or a writer that buffers.
         * Closing it only flushes it, so that code handed the stream cannot end the file early.
         *
         * @return the stream, not null
         */
        public OutputStream stream() {
            return stream;
        }

        /**
         * Forces the content to disk and moves it over the target in one step, then deletes the
         * temporary files that killed processes left for the same target.
         *
         * @throws IOException           if forcing or moving fails; the target is then unchanged and
         *                               the temporary file deleted
         * @throws IllegalStateException if already committed or closed
         */
        public void commit() throws IOException {
            if (finished) {
                throw new IllegalStateException("the pending file for " + target + " is already committed or closed");
            }
            finished = true;
            try {
                stream.flush();
                channel.force(true);
                channel.close();
                move(temporary, target);
            } catch (IOException | RuntimeException | Error e) {
                discard(e);
                throw e;
            }
            deleteLeftovers(target);
        }

        /**
         * Ends the write: without a prior {@link #commit()}, deletes the temporary file and leaves
         * the target as it was. Does nothing after a commit or a first close.
         *
         * @throws IOException if the temporary file cannot be deleted
         */
        @Override
        public void close() throws IOException {
            if (finished) {
                return;
            }
            finished = true;
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }

        private void discard(Throwable failure) {
            try {
                channel.close();
                Files.deleteIfExists(temporary);
            } catch (IOException suppressed) {
                failure.addSuppressed(suppressed);
            }
        }
    }

    /**
     * Deletes the temporary files that earlier writes of the same target left when their process
     * was killed before it could delete them. Best effort: a file that cannot be deleted stays.
     */
    private static void deleteLeftovers(Path target) {
        Path directory = target.getParent();
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(directory,
                entry -> isTemporaryOf(entry.getFileName().toString(), prefix))) {
            for (Path leftover : siblings) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException | DirectoryIteratorException e) {
            // The target is written; a leftover that stays is only untidy, and the next write retries.
        }
    }

    private static boolean isTemporaryOf(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(TEMPORARY_SUFFIX)) {
            return false;
        }
        String random = name.substring(prefix.length(), name.length() - TEMPORARY_SUFFIX.length());
        return !random.isEmpty() && random.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'z');
    }

    /**
     * Writes a text file atomically. Characters the charset cannot encode make the write fail
     * rather than turn into {@code ?}.
     *
     * @param target  the file to create or replace, not null, not a directory
     * @param charset the encoding, such as UTF-8 or windows-1252, not null
     * @param content writes the text, not null
     * @throws IOException if writing, encoding, forcing or moving fails; the target is then unchanged
     */
    public static void writeText(Path target, Charset charset, IOConsumer<? super Writer> content) throws IOException {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(content, "content");
        write(target, stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
            content.accept(new FilterWriter(writer) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            writer.flush();
        });
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A stream whose {@code close} only flushes, so the caller's code cannot close the channel before it is forced. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
