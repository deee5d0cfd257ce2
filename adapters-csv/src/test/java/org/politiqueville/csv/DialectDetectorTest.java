package org.politiqueville.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.politiqueville.csv.Fixtures.fixture;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.csv.internal.TextDecoding;

class DialectDetectorTest {

    private final DialectDetector detector = DialectDetector.standard();

    @TempDir
    Path directory;

    @Test
    void detectsExcelFrenchExportInWindows1252() throws IOException {
        CsvDialect dialect = detector.detect(fixture("quartiers-excel-fr.csv"));

        assertThat(dialect.charset()).isEqualTo(TextDecoding.WINDOWS_1252);
        assertThat(dialect.byteOrderMark()).isFalse();
        assertThat(dialect.delimiter()).isEqualTo(';');
        assertThat(dialect.lineSeparator()).isEqualTo(LineSeparator.CRLF);
        assertThat(dialect.decimalSeparator()).isEqualTo(',');
        assertThat(dialect.datePattern()).isEqualTo("dd/MM/yyyy");
    }

    @Test
    void detectsUtf8WithByteOrderMarkAndDecimalCommas() throws IOException {
        CsvDialect dialect = detector.detect(fixture("observations-filosofi.csv"));

        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(dialect.byteOrderMark()).isTrue();
        assertThat(dialect.delimiter()).isEqualTo(';');
        assertThat(dialect.lineSeparator()).isEqualTo(LineSeparator.CRLF);
    }

    @Test
    void detectsCommaDelimitedUtf8WithQuotedCommas() throws IOException {
        CsvDialect dialect = detector.detect(fixture("documents-seed.csv"));

        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(dialect.byteOrderMark()).isFalse();
        assertThat(dialect.delimiter()).isEqualTo(',');
        assertThat(dialect.lineSeparator()).isEqualTo(LineSeparator.LF);
        assertThat(dialect.decimalSeparator()).isEqualTo('.');
    }

    @Test
    void detectsNationalQpvFileAsOpenData() throws IOException {
        CsvDialect dialect = detector.detect(fixture("qpv-2024-national-extract.csv"));

        assertThat(dialect).isEqualTo(CsvDialect.OPEN_DATA);
    }

    @Test
    void reportsTheDetectedDialectOnOneLine() throws IOException {
        CsvDialect dialect = detector.detect(fixture("quartiers-excel-fr.csv"));

        assertThat(dialect).hasToString("windows-1252, no BOM, delimiter ';', quote '\"', CRLF, decimal ',',"
                + " dates dd/MM/yyyy, header, formula protection");
    }

    @Test
    void fallsBackToWindows1252ForAByteAfterTwoMegabytes() throws IOException {
        Path file = LargeFiles.withLateWindows1252Byte(directory.resolve("late.csv"));

        CsvDialect dialect = detector.detect(file);

        assertThat(Files.size(file)).isGreaterThan(2L * 1024 * 1024);
        assertThat(dialect.charset()).isEqualTo(TextDecoding.WINDOWS_1252);
        assertThat(dialect.delimiter()).isEqualTo(';');
        assertThat(dialect.lineSeparator()).isEqualTo(LineSeparator.CRLF);
    }

    @Test
    void detectsUtf16LittleEndianByItsByteOrderMark() throws IOException {
        Path file = directory.resolve("utf16le.csv");
        Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Nom;Code\r\nMalakoff;QN04413M\r\n".getBytes(StandardCharsets.UTF_16LE)));

        CsvDialect dialect = detector.detect(file);

        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(dialect.byteOrderMark()).isTrue();
        assertThat(dialect.delimiter()).isEqualTo(';');
    }

    @Test
    void detectsUtf16BigEndianByItsByteOrderMark() throws IOException {
        Path file = directory.resolve("utf16be.csv");
        Files.write(file, concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "Nom\tCode\nRezé\tQN04418M\n".getBytes(StandardCharsets.UTF_16BE)));

        CsvDialect dialect = detector.detect(file);

        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(dialect.delimiter()).isEqualTo('\t');
        assertThat(dialect.lineSeparator()).isEqualTo(LineSeparator.LF);
    }

    @Test
    void detectsCarriageReturnOnlyLineEnds() throws IOException {
        Path file = directory.resolve("mac.csv");
        Files.writeString(file, "a,b\r1,2\r3,4\r");

        CsvDialect dialect = detector.detect(file);

        assertThat(dialect.lineSeparator()).isEqualTo(LineSeparator.CR);
        assertThat(dialect.delimiter()).isEqualTo(',');
    }

    @Test
    void ignoresLineBreaksInsideQuotedCellsForTheLineSeparator() throws IOException {
        Path file = directory.resolve("excel.csv");
        Files.writeString(file, "a;b\r\n\"x\ny\nz\";1\r\n\"u\nv\";2\r\n");

        assertThat(detector.detect(file).lineSeparator()).isEqualTo(LineSeparator.CRLF);
    }

    @Test
    void decimalCommasDoNotMakeACommaDelimiter() throws IOException {
        Path file = directory.resolve("decimal.csv");
        Files.writeString(file, "Revenu;Taux\n12,5;13,4\n10,1;9,8\n11,0;7,25\n");

        assertThat(detector.detect(file).delimiter()).isEqualTo(';');
    }

    @Test
    void semicolonWinsATieWithEvenlySplittingCommas() throws IOException {
        Path file = directory.resolve("tie.csv");
        Files.writeString(file, "a,b;c,d\n1,5;2,5\n3,5;4,5\n");

        assertThat(detector.detect(file).delimiter()).isEqualTo(';');
    }

    @Test
    void consistencyBeatsPreference() throws IOException {
        Path file = directory.resolve("commas.csv");
        Files.writeString(file, "nom,commentaire,code\nA,voir ; plus tard,1\nB,rien,2\nC,x,3\n");

        assertThat(detector.detect(file).delimiter()).isEqualTo(',');
    }

    @Test
    void singleColumnFileFallsBackOnTheCharset() throws IOException {
        Path utf8 = directory.resolve("one.csv");
        Files.writeString(utf8, "nom\nRezé\n");
        Path legacy = directory.resolve("one-legacy.csv");
        Files.write(legacy, "nom\nRezé\n".getBytes(TextDecoding.WINDOWS_1252));

        assertThat(detector.detect(utf8).delimiter()).isEqualTo(',');
        assertThat(detector.detect(legacy).delimiter()).isEqualTo(';');
    }

    @Test
    void emptyFileIsOpenDataUtf8() throws IOException {
        Path file = Files.createFile(directory.resolve("empty.csv"));

        assertThat(detector.detect(file)).isEqualTo(CsvDialect.OPEN_DATA);
    }

    @Test
    void candidatesAndTheirOrderCanBeChanged() throws IOException {
        Path file = directory.resolve("tie.csv");
        Files.writeString(file, "a,b;c,d\n1,5;2,5\n");

        DialectDetector commaFirst = DialectDetector.builder().delimiters(",;").sampleRecords(10).build();

        assertThat(commaFirst.detect(file).delimiter()).isEqualTo(',');
    }

    @Test
    void rejectsNoCandidateDelimiter() {
        assertThatThrownBy(() -> DialectDetector.builder().delimiters(""))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo(ProblemCode.CONSTRAINT_VIOLATED);
        assertThatThrownBy(() -> DialectDetector.builder().sampleRecords(0))
                .isInstanceOf(InvalidValueException.class);
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    /** Files too large to keep in the repository. */
    static final class LargeFiles {

        static final int ROWS = 120_000;

        private LargeFiles() {
        }

        /** {@value #ROWS} ASCII rows of {@code ;} CSV (over 2 MB), then one row with an {@code é} in Windows-1252. */
        static Path withLateWindows1252Byte(Path file) throws IOException {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                out.write("Territoire;Valeur\r\n".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < ROWS; i++) {
                    out.write(("Quartier " + i + ";12,5\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write("Rezé;13,4\r\n".getBytes(TextDecoding.WINDOWS_1252));
            }
            return file;
        }
    }
}
