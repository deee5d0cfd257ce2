package org.politiqueville.core.exchange;

import java.io.BufferedWriter;
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
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        Path absolute = target.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMPORARY_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream stream = Channels.newOutputStream(channel);
                content.accept(new KeepOpen(stream));
                stream.flush();
                channel.force(true);
            }
            move(temporary, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        deleteLeftovers(absolute);
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
