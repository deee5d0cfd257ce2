package org.politiqueville.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.politiqueville.csv.Fixtures.fixture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;

class CsvRecordSourceTest {

    @TempDir
    Path directory;

    @Test
    void readsTheHeaderAndTheRecordsWithTheirStartingLines() throws IOException {
        try (CsvRecordSource source = CsvRecordSource.open(fixture("quartiers-excel-fr.csv"))) {
            List<CsvRow> rows = toList(source);

            assertThat(source.header()).containsExactly("Nom du quartier", "Code QPV", "Commune(s)", "Statut",
                    "Population", "Année pop.");
            assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 12L, 13L);
            assertThat(rows.get(8).field(0)).isEqualTo("La Petite\r\nSensive");
            assertThat(rows.get(9).field(0)).isEqualTo("Le Breil");
            assertThat(rows).noneMatch(CsvRow::hasFieldCountMismatch);
        }
    }

    @Test
    void decodesWindows1252Accents() throws IOException {
        try (CsvRecordSource source = CsvRecordSource.open(fixture("quartiers-excel-fr.csv"))) {
            List<CsvRow> rows = toList(source);

            assertThat(rows.get(3).fields()).containsExactly("Château", "QN04418M", "Rezé", "QPV", "3 950", "2020");
            assertThat(rows.get(5).field(0)).isEqualTo("Les Couëts");
            assertThat(rows.get(5).field(1)).isEmpty();
        }
    }

    @Test
    void dropsTheByteOrderMarkAndKeepsTheValuesRaw() throws IOException {
        try (CsvRecordSource source = CsvRecordSource.open(fixture("observations-filosofi.csv"))) {
            List<CsvRow> rows = toList(source);

            assertThat(source.header()).first().isEqualTo("Territoire");
            assertThat(rows).hasSize(11);
            assertThat(rows.get(0).fields()).containsExactly("Malakoff", "Revenu médian disponible par UC", "2021",
                    "12\u00A0940,5", "€");
            assertThat(rows.get(2).field(3)).isEqualTo("13\u202F310");
        }
    }

    @Test
    void readsQuotedCommasOfTheSeedTable() throws IOException {
        try (CsvRecordSource source = CsvRecordSource.open(fixture("documents-seed.csv"))) {
            List<CsvRow> rows = toList(source);

            assertThat(source.header()).containsExactly("Documents", "Catégories", "Année", "type", "lien");
            assertThat(rows).hasSize(7).noneMatch(CsvRow::hasFieldCountMismatch);
            assertThat(rows.get(1).field(1)).startsWith("Pilotage : comite pilotage, Pilotage : contrat de Ville");
        }
    }

    @Test
    void readsTheNationalFileRows() throws IOException {
        try (CsvRecordSource source = CsvRecordSource.open(fixture("qpv-2024-national-extract.csv"))) {
            List<CsvRow> rows = toList(source);

            assertThat(rows).hasSize(16);
            assertThat(rows.get(1).fields()).containsExactly("QN04405M", "Bellevue", "044", "44162", "Saint-Herblain",
                    "244400404");
        }
    }

    @Test
    void readsAWholeFileWhoseOnlyWindows1252ByteComesAfterTwoMegabytes() throws IOException {
        Path file = DialectDetectorTest.LargeFiles.withLateWindows1252Byte(directory.resolve("late.csv"));

        try (CsvRecordSource source = CsvRecordSource.open(file)) {
            long[] count = {0};
            CsvRow[] last = {null};
            source.forEach(row -> {
                count[0]++;
                last[0] = row;
            });

            assertThat(count[0]).isEqualTo(DialectDetectorTest.LargeFiles.ROWS + 1L);
            assertThat(last[0].fields()).containsExactly("Rezé", "13,4");
            assertThat(last[0].line()).isEqualTo(DialectDetectorTest.LargeFiles.ROWS + 2L);
        }
    }

    @Test
    void readsUtf16WithByteOrderMark() throws IOException {
        Path file = directory.resolve("utf16.csv");
        Files.write(file, "\uFEFFNom;Code\r\nRezé;QN04418M\r\n".getBytes(StandardCharsets.UTF_16LE));

        try (CsvRecordSource source = CsvRecordSource.open(file)) {
            assertThat(source.header()).containsExactly("Nom", "Code");
            assertThat(toList(source)).singleElement().extracting(CsvRow::fields)
                    .isEqualTo(List.of("Rezé", "QN04418M"));
        }
    }

    @Test
    void readsCarriageReturnOnlyLineEndsAndCountsTheirLines() throws IOException {
        Path file = directory.resolve("mac.csv");
        Files.writeString(file, "a,b\r1,2\r\r3,\"4\r5\"\r6,7\r");

        try (CsvRecordSource source = CsvRecordSource.open(file)) {
            assertThat(source.dialect().lineSeparator()).isEqualTo(LineSeparator.CR);
            assertThat(toList(source)).extracting(CsvRow::line).containsExactly(2L, 4L, 6L);
        }
    }

    @Test
    void flagsARaggedRowWithItsLineInsteadOfDroppingIt() throws IOException {
        Path file = directory.resolve("ragged.csv");
        Files.writeString(file, "nom;code;commune\nMalakoff;QN04413M;Nantes\nBellevue;QN04405M;Nantes;Saint-Herblain\n"
                + "Breil;QN04407I\n");

        try (CsvRecordSource source = CsvRecordSource.open(file)) {
            List<CsvRow> rows = toList(source);

            assertThat(rows).extracting(CsvRow::hasFieldCountMismatch).containsExactly(false, true, true);
            CsvRow ragged = rows.get(1);
            assertThat(ragged.line()).isEqualTo(3);
            assertThat(ragged.fields()).hasSize(4);
            assertThat(ragged.expectedFieldCount()).isEqualTo(3);
            Problem problem = ragged.fieldCountProblem(source.source());
            assertThat(problem.code()).isEqualTo(ProblemCode.MALFORMED_INPUT);
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.location()).isEqualTo(Location.ofLine("ragged.csv", 3));
            assertThat(problem.details()).containsExactly("the record has 4 fields, the header has 3");
        }
    }

    @Test
    void reportsAnUnterminatedQuoteAtTheLineWhereItsRecordStarts() throws IOException {
        Path file = directory.resolve("unclosed.csv");
        Files.writeString(file, "nom;code\nMalakoff;QN04413M\n\"La Petite\nSensive;QN04416I\nBreil;QN04407I\n");

        try (CsvRecordSource source = CsvRecordSource.open(file)) {
            List<CsvRow> read = new ArrayList<>();
            CsvFormatException error = catchThrowableOfType(CsvFormatException.class, () -> source.forEach(read::add));

            assertThat(read).extracting(CsvRow::line).containsExactly(2L);
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.source()).isEqualTo("unclosed.csv");
            assertThat(error.reason()).isEqualTo("Unclosed quoted field at end of input");
            assertThat(error).hasMessage("The input is malformed: unclosed.csv line 3: Unclosed quoted field at end"
                    + " of input.");
            assertThat(error.getMessage(Locale.FRENCH)).startsWith("L’entrée est mal formée : unclosed.csv line 3");
            assertThat(error.toProblem().location()).isEqualTo(Location.ofLine("unclosed.csv", 3));
            assertThat(error.toProblem().code()).isEqualTo(ProblemCode.MALFORMED_INPUT);
        }
    }

    @Test
    void reportsACharacterAfterAClosingQuoteWithItsLine() throws IOException {
        Path file = directory.resolve("stray.csv");
        Files.writeString(file, "nom,code\nMalakoff,QN04413M\n\"Bellevue\" Nord,QN04405M\n");

        try (CsvRecordSource source = CsvRecordSource.open(file)) {
            assertThatThrownBy(() -> toList(source))
                    .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(3));
        }
    }

    @Test
    void reportsBytesOutsideTheGivenCharsetWithTheirLine() throws IOException {
        Path file = directory.resolve("bad-utf8.csv");
        byte[] head = "nom,code\nMalakoff,QN04413M\nRez".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ",QN04418M\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xE9;
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        Files.write(file, all);

        try (CsvRecordSource source = CsvRecordSource.open(file, CsvDialect.OPEN_DATA)) {
            assertThatThrownBy(() -> toList(source))
                    .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e.reason()).isEqualTo("the bytes are not valid UTF-8");
                    });
        }
    }

    @Test
    void reportsARecordWithTooManyFieldsWithItsLine() throws IOException {
        String huge = "x;".repeat(20_000) + "x\n";
        InputStream in = new ByteArrayInputStream(("a;b\n1;2\n" + huge).getBytes(StandardCharsets.UTF_8));

        try (CsvRecordSource source = CsvRecordSource.open(in, "huge.csv", CsvDialect.EXCEL_FR)) {
            assertThatThrownBy(() -> toList(source))
                    .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e.reason()).contains("16384 fields");
                    });
        }
    }

    @Test
    void usesTheFirstRecordAsReferenceWithoutHeader() throws IOException {
        Path file = directory.resolve("noheader.csv");
        Files.writeString(file, "1,2\n3,4,5\n");
        CsvDialect dialect = CsvDialect.OPEN_DATA.toBuilder().header(false).build();

        try (CsvRecordSource source = CsvRecordSource.open(file, dialect)) {
            assertThat(source.header()).isEmpty();
            assertThat(toList(source)).extracting(CsvRow::hasFieldCountMismatch).containsExactly(false, true);
        }
    }

    @Test
    void detectsTheDialectOfAStreamThroughATemporaryCopy() throws IOException {
        byte[] bytes = Files.readAllBytes(fixture("quartiers-excel-fr.csv"));
        long before = temporaryCopies();

        try (CsvRecordSource source = CsvRecordSource.open(new ByteArrayInputStream(bytes), "upload.csv")) {
            assertThat(source.dialect().charset().name()).isEqualTo("windows-1252");
            assertThat(source.source()).isEqualTo("upload.csv");
            assertThat(toList(source)).hasSize(11);
        }
        assertThat(temporaryCopies()).isEqualTo(before);
    }

    @Test
    void readsAStreamWithAGivenDialect() throws IOException {
        InputStream in = new ByteArrayInputStream("\uFEFFa;b\r\n1;2\r\n".getBytes(StandardCharsets.UTF_8));

        try (CsvRecordSource source = CsvRecordSource.open(in, "excel.csv", CsvDialect.EXCEL_FR);
             Stream<CsvRow> rows = source.stream()) {
            assertThat(source.header()).containsExactly("a", "b");
            assertThat(rows.map(CsvRow::fields)).containsExactly(List.of("1", "2"));
        }
    }

    @Test
    void emptyInputHasNoHeaderAndNoRecord() throws IOException {
        try (CsvRecordSource source = CsvRecordSource.open(new ByteArrayInputStream(new byte[0]), "empty.csv",
                CsvDialect.OPEN_DATA)) {
            assertThat(source.header()).isEmpty();
            assertThat(source.iterator()).isExhausted();
        }
    }

    @Test
    void recordsCanBeIteratedOnce() throws IOException {
        try (CsvRecordSource source = CsvRecordSource.open(fixture("documents-seed.csv"))) {
            source.iterator();

            assertThatThrownBy(source::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void flagsBlankRows() throws IOException {
        try (CsvRecordSource source = CsvRecordSource.open(new ByteArrayInputStream("a;b\n1;2\n;\n".getBytes(
                StandardCharsets.UTF_8)), "blank.csv", CsvDialect.EXCEL_FR)) {
            assertThat(toList(source)).extracting(CsvRow::isBlank).containsExactly(false, true);
        }
    }

    private static List<CsvRow> toList(CsvRecordSource source) {
        List<CsvRow> rows = new ArrayList<>();
        source.forEach(rows::add);
        return rows;
    }

    private static long temporaryCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("politiqueville-")).count();
        }
    }
}
