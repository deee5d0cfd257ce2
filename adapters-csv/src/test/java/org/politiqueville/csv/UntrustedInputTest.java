package org.politiqueville.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.csv.internal.FormulaGuard;

/** Files nobody checked: encodings, hidden characters, malformed input and formula cells. */
class UntrustedInputTest {

    private static final String QUARTERS = "Nom du quartier,Code QPV,Commune(s)\nMalakoff,QN04413M,Nantes\n"
            + "Les Dervallières,QN04406M,Nantes\n";

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void recognisesUtf16WithoutByteOrderMark(String charset) throws IOException {
        Path file = directory.resolve("quartiers.csv");
        Files.write(file, QUARTERS.getBytes(Charset.forName(charset)));

        CsvDialect dialect = DialectDetector.standard().detect(file);

        assertThat(dialect.charset()).isEqualTo(Charset.forName(charset));
        assertThat(dialect.byteOrderMark()).isFalse();
        assertThat(CsvImporter.builder().build().readAll(file, Object.class).report().accepted()).isEqualTo(2);
    }

    @Test
    void refusesUtf8WithAForeignByteAtTheLineOfThatByte() throws IOException {
        Path file = directory.resolve("quartiers.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(QUARTERS.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Château,QN04418M,Rez".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());

        assertThatThrownBy(() -> DialectDetector.standard().detect(file))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.source()).isEqualTo("quartiers.csv");
                    assertThat(e.reason()).contains("0xE9", "mixes UTF-8");
                });
    }

    @Test
    void aWindows1252FileWithAnAccidentalUtf8SequenceStaysWindows1252() throws IOException {
        Path file = directory.resolve("quartiers.csv");
        // "É»" happens to be valid UTF-8 (C9 BB); the many other accents are not.
        Files.write(file, ("Nom du quartier;Code QPV;Commune(s)\r\nDervallières;QN04406M;Nantes\r\n"
                + "Château;QN04418M;Rezé\r\nBottière;QN04412M;Nantes\r\n«CITÉ»;QN04410M;Orvault\r\n")
                .getBytes("windows-1252"));

        assertThat(DialectDetector.standard().detect(file).charset().name()).isEqualTo("windows-1252");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mala\u0000koff", "\uFEFFMalakoff"})
    void rejectsARecordWithAHiddenCharacterAtItsCell(String name) throws IOException {
        byte[] csv = ("Nom du quartier,Code QPV,Commune(s)\n" + name + ",QN04413M,Nantes\nLe Breil,QN04407I,Nantes\n")
                .getBytes(StandardCharsets.UTF_8);

        ImportReport report = CsvImporter.builder().dialect(CsvDialect.OPEN_DATA).build()
                .read(new ByteArrayInputStream(csv), Object.class, record -> { });

        assertThat(report.accepted()).isOne();
        assertThat(report.problems().errors()).extracting(Problem::code, p -> p.location().line(),
                p -> p.location().column()).containsExactly(tuple(ProblemCode.MALFORMED_INPUT, 2L, 1));
    }

    @Test
    void anEmptyInputHasNoHeaderRow() {
        assertThatThrownBy(() -> CsvImporter.builder().build().read(new ByteArrayInputStream(new byte[0]),
                Object.class, record -> { }))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isOne());
    }

    @Test
    void theFormatAdapterTreatsAnUnclosedQuoteAsUnreadable() {
        byte[] csv = "Titre,Année\nBilan,2019\n\"Jamais fermé,2021\nx,2022\n".getBytes(StandardCharsets.UTF_8);
        List<Object> accepted = new ArrayList<>();

        assertThatThrownBy(() -> new CsvFormatAdapter().reader(new ReadOptions(RecordKind.DOCUMENTS,
                NantesMetropole.contract(), java.util.Locale.ENGLISH, false, Map.of()))
                .read(new ByteArrayInputStream(csv), "notes.csv", accepted::add))
                .isInstanceOfSatisfying(UnreadableInputException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(ProblemCode.MALFORMED_INPUT);
                    assertThat(e.problem().location().line()).isEqualTo(3);
                });
    }

    @Test
    void theImporterCanBeAskedToThrowOnMalformedInput() {
        byte[] csv = "Titre,Année\nBilan,2019\n\"Jamais fermé,2021\n".getBytes(StandardCharsets.UTF_8);
        CsvImporter importer = CsvImporter.builder().dialect(CsvDialect.OPEN_DATA).failOnMalformedInput(true).build();

        assertThatThrownBy(() -> importer.read(new ByteArrayInputStream(csv), Object.class, record -> { }))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "'=1+1", "''=1+1", "@SUM(A1)", "-x", "-250", "'", "''", "'abc", "abc", "",
        "\t=1", "'\r"})
    void theGuardIsUndoneExactly(String cell) {
        String written = FormulaGuard.guard(cell);

        assertThat(FormulaGuard.unguard(written)).isEqualTo(cell);
        assertThat(written.isEmpty() || "=+-@\t\r".indexOf(written.charAt(0)) < 0 || written.equals("-250")).isTrue();
    }
}
