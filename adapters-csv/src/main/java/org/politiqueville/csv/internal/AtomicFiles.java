package org.politiqueville.csv.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file all at once: content goes to a temporary sibling, which is renamed over the target
 * only when complete, so that a reader never sees half a file and a failure leaves the old file.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Creates an empty temporary file in the target's directory (a rename is only atomic within one
     * file system).
     *
     * @param target the file to replace later, not null
     * @return the temporary file, not null
     * @throws IOException if it cannot be created
     */
    public static Path createSibling(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        return Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
    }

    /**
     * Moves a complete temporary file over the target, atomically where the file system allows it.
     *
     * @param temporary the complete file, not null
     * @param target    the file to create or replace, not null
     * @throws IOException if the move fails; the temporary file is then left in place
     */
    public static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
