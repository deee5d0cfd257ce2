package org.politiqueville.spreadsheet.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Questions about OLE2 compound files, the container of .xls workbooks and of encrypted Office files. */
final class OleFiles {

    private OleFiles() {
    }

    /** Whether an OLE2 file holds an encrypted Office Open XML package (a password-protected .xlsx). */
    static boolean isEncryptedPackage(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (IOException | RuntimeException notOle) {
            return false;
        }
    }
}
