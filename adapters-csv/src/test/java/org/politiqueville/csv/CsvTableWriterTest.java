package org.politiqueville.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.csv.internal.TextDecoding;

class CsvTableWriterTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\tx", "\rx",
            "-", "+", "=", "- voir note", "+33 2 40 41 90 00", "-1 200 €", "-3.5.1", "-12,"})
    void protectsCellsThatASpreadsheetWouldRun(String cell) {
        assertThat(CsvTableWriter.protectFormula(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-250", "+3,5", "-3.5", "+12", "-0,25", "-.5", "-1 200", "-1\u00A0200,75",
            "-12\u202F345\u202F678", "Malakoff", "", "4 210", "2 + 2", "'=déjà protégée", "x=1"})
    void leavesNumbersAndOrdinaryTextAlone(String cell) {
        assertThat(CsvTableWriter.protectFormula(cell)).isEqualTo(cell);
    }

    @Test
    void writesExcelFrenchWithByteOrderMarkSemicolonsCrlfAndProtection() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (CsvTableWriter writer = CsvTableWriter.create(out, CsvDialect.EXCEL_FR)) {
            writer.writeRow("Territoire", "Valeur", "Note");
            writer.writeRow("Malakoff", "-250", "=1+1");
            writer.writeRow("Bellevue; Nantes", "12,5", "dit \"Grand Bellevue\"");
            writer.commit();
        }

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "Territoire;Valeur;Note\r\nMalakoff;-250;'=1+1\r\n\"Bellevue; Nantes\";12,5;\"dit \"\"Grand Bellevue\"\"\"\r\n");
    }

    @Test
    void writesOpenDataRawWithoutByteOrderMark() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (CsvTableWriter writer = CsvTableWriter.create(out, CsvDialect.OPEN_DATA)) {
            writer.writeRow(List.of("code", "formule"));
            writer.writeRow(List.of("QN04413M", "=1+1"));
            writer.commit();
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("code,formule\nQN04413M,=1+1\n");
    }

    @Test
    void customDialectCanAskForProtection() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvDialect dialect = CsvDialect.OPEN_DATA.toBuilder().delimiter('|').formulaProtection(true).build();

        try (CsvTableWriter writer = CsvTableWriter.create(out, dialect)) {
            writer.writeRow("@x", "-3");
            writer.commit();
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("'@x|-3\n");
    }

    @Test
    void writesWindows1252AndRejectsWhatItCannotEncode() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvDialect dialect = CsvDialect.EXCEL_FR.toBuilder().charset(TextDecoding.WINDOWS_1252).byteOrderMark(false)
                .build();

        try (CsvTableWriter writer = CsvTableWriter.create(out, dialect)) {
            writer.writeRow("Rezé", "12 €");
            assertThatThrownBy(() -> writer.writeRow("Łódź"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.code()).isEqualTo(ProblemCode.CONSTRAINT_VIOLATED);
                        assertThat(e.value()).isEqualTo("Łódź");
                    });
            writer.commit();
        }

        assertThat(out.toByteArray()).containsExactly("Rezé;12 €\r\n".getBytes(TextDecoding.WINDOWS_1252));
    }

    @Test
    void replacesAFileOnlyOnCommit() throws IOException {
        Path file = directory.resolve("export.csv");
        Files.writeString(file, "old\n");

        CsvTableWriter.write(file, CsvDialect.OPEN_DATA, writer -> {
            writer.writeRow("new");
            assertThat(Files.readString(file)).isEqualTo("old\n");
        });

        assertThat(Files.readString(file)).isEqualTo("new\n");
        assertThat(filesIn(directory)).containsExactly("export.csv");
    }

    @Test
    void aFailureWhileWritingLeavesTheFileAndNoTemporaryFile() throws IOException {
        Path file = directory.resolve("export.csv");
        Files.writeString(file, "old\n");

        assertThatThrownBy(() -> CsvTableWriter.write(file, CsvDialect.OPEN_DATA, writer -> {
            writer.writeRow("new");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old\n");
        assertThat(filesIn(directory)).containsExactly("export.csv");
    }

    @Test
    void createsAMissingFile() throws IOException {
        Path file = directory.resolve("nouveau.csv");

        CsvTableWriter.write(file, CsvDialect.EXCEL_FR, writer -> writer.writeRow("a", "b"));

        assertThat(Files.readAllBytes(file)).containsExactly(0xEF, 0xBB, 0xBF, 'a', ';', 'b', '\r', '\n');
    }

    @Test
    void quotesALoneEmptyCellSoThatItIsNotReadAsAnEmptyLine() throws IOException {
        Path file = directory.resolve("single.csv");

        CsvTableWriter.write(file, CsvDialect.OPEN_DATA, writer -> writer.writeRow("nom").writeRow("").writeRow("x"));

        assertThat(Files.readString(file)).isEqualTo("nom\n\"\"\nx\n");
        try (CsvRecordSource source = CsvRecordSource.open(file, CsvDialect.OPEN_DATA)) {
            List<List<String>> rows = new ArrayList<>();
            source.forEach(row -> rows.add(row.fields()));
            assertThat(rows).containsExactly(List.of(""), List.of("x"));
        }
    }

    @Test
    void refusesRowsAfterCommitAndEmptyRows() throws IOException {
        try (CsvTableWriter writer = CsvTableWriter.create(new ByteArrayOutputStream(), CsvDialect.OPEN_DATA)) {
            assertThatThrownBy(() -> writer.writeRow(List.of())).isInstanceOf(IllegalArgumentException.class);
            writer.commit();
            assertThatThrownBy(() -> writer.writeRow("x")).isInstanceOf(IllegalStateException.class);
        }
    }

    private static List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
