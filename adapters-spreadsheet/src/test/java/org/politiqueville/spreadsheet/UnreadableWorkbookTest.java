package org.politiqueville.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.validation.ProblemCode;

/** Files that are not workbooks of their format, or that a password protects, fail with a clear message. */
class UnreadableWorkbookTest {

    @TempDir
    Path folder;

    private UnreadableInputException unreadable(String name, byte[] bytes) {
        return catchThrowableOfType(UnreadableInputException.class,
                () -> Workbooks.read(folder, name, bytes, SpreadsheetImporter.builder().build()));
    }

    @Test
    void aPasswordProtectedXlsFileSaysSo() {
        UnreadableInputException thrown = unreadable("protege.xls", Workbooks.resource("/workbooks/protege.xls"));

        assertThat(thrown.problem().code()).isEqualTo(ProblemCode.PROTECTED_INPUT);
        assertThat(thrown.getMessage(Locale.FRENCH)).startsWith("protege.xls")
                .contains("protégé par un mot de passe", "saved with a password");
    }

    @Test
    void anEncryptedXlsxPackageSaysSo() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            container.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            container.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            container.writeFilesystem(bytes);
        }

        UnreadableInputException asXlsx = unreadable("protege.xlsx", bytes.toByteArray());
        UnreadableInputException asXls = unreadable("protege.xls", bytes.toByteArray());

        assertThat(asXlsx.problem().code()).isEqualTo(ProblemCode.PROTECTED_INPUT);
        assertThat(asXls.problem().code()).isEqualTo(ProblemCode.PROTECTED_INPUT);
        assertThat(asXlsx.getMessage()).isEqualTo("protege.xlsx: The file is protected by a password or encrypted: "
                + "save an unprotected copy (an encrypted Office Open XML package).");
    }

    @Test
    void aTruncatedWorkbookIsMalformed() {
        byte[] whole = Workbooks.resource("/workbooks/quartiers-titre.xlsx");

        UnreadableInputException thrown = unreadable("coupe.xlsx", Arrays.copyOf(whole, whole.length / 2));

        assertThat(thrown.problem().code()).isEqualTo(ProblemCode.MALFORMED_INPUT);
        assertThat(thrown.problem().location().source()).isEqualTo("coupe.xlsx");
    }

    @Test
    void aCorruptOdsFileIsMalformed() {
        byte[] whole = Workbooks.resource("/workbooks/quartiers-titre.ods");
        byte[] corrupt = whole.clone();
        for (int i = corrupt.length / 3; i < corrupt.length / 2; i++) {
            corrupt[i] = (byte) (corrupt[i] ^ 0x5A);
        }

        assertThat(unreadable("corrompu.ods", corrupt).problem().code()).isEqualTo(ProblemCode.MALFORMED_INPUT);
    }

    @Test
    void aWorkbookOfAnotherFormatThanItsNameSaysIsMalformed() {
        byte[] xls = Workbooks.resource("/workbooks/quartiers-titre.xls");
        byte[] xlsx = Workbooks.resource("/workbooks/quartiers-titre.xlsx");

        assertThat(unreadable("renomme.xlsx", xls).getMessage()).contains("Excel 97-2003 (.xls)");
        assertThat(unreadable("renomme.xls", xlsx).getMessage()).contains("Office Open XML (.xlsx)");
        assertThat(unreadable("renomme.ods", xlsx).problem().code()).isEqualTo(ProblemCode.MALFORMED_INPUT);
        assertThat(unreadable("texte.xlsx", "Nom du quartier;Code QPV\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .problem().code()).isEqualTo(ProblemCode.MALFORMED_INPUT);
    }

    @Test
    void theCommittedFixturesReadAsTheirTitleAndMergesSay() throws IOException {
        for (String name : new String[] {"quartiers-titre.xlsx", "quartiers-titre.xls", "quartiers-titre.ods"}) {
            Workbooks.Read read = Workbooks.read(folder, name, Workbooks.resource("/workbooks/" + name),
                    SpreadsheetImporter.builder().build());

            assertThat(read.report().dialect()).as(name).containsEntry("headerRow", "3");
            assertThat(read.report().accepted()).as(name).isEqualTo(2);
            assertThat(read.report().rejected()).as(name).isZero();
        }
    }

    /** Keeps {@link Biff8EncryptionKey} referenced: the protected fixture was written with it (see README). */
    @Test
    void theProtectedFixtureOpensWithItsPassword() throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword("politiqueville");
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook(
                new java.io.ByteArrayInputStream(Workbooks.resource("/workbooks/protege.xls")))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nom du quartier");
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }
}
