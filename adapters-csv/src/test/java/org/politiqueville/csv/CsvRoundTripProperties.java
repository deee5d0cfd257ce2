package org.politiqueville.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.politiqueville.csv.internal.FormulaGuard;
import org.politiqueville.csv.internal.TextDecoding;

class CsvRoundTripProperties {

    /** Delimiters, quotes, line breaks, accents, the euro sign, formula triggers and digits. */
    private static final String CELL_CHARS = "abcXYZ éèçàôŒœ€ ,;|\t\"'\r\n=+-@#.0123456789";

    private static final CsvDialect LEGACY = CsvDialect.EXCEL_FR.toBuilder()
            .charset(TextDecoding.WINDOWS_1252)
            .byteOrderMark(false)
            .delimiter('\t')
            .lineSeparator(LineSeparator.CR)
            .build();

    @Property(tries = 500)
    void openDataReadsBackExactlyWhatWasWritten(@ForAll("tables") List<List<String>> table) throws IOException {
        assertThat(roundTrip(table, CsvDialect.OPEN_DATA)).isEqualTo(table);
    }

    @Property(tries = 500)
    void excelFrenchReadsBackTheProtectedCells(@ForAll("tables") List<List<String>> table) throws IOException {
        assertThat(roundTrip(table, CsvDialect.EXCEL_FR)).isEqualTo(protect(table));
    }

    @Property(tries = 300)
    void customWindows1252DialectReadsBackTheProtectedCells(@ForAll("tables") List<List<String>> table)
            throws IOException {
        assertThat(roundTrip(table, LEGACY)).isEqualTo(protect(table));
    }

    @Property(tries = 300)
    void protectionIsIdempotentOnItsOutput(@ForAll("cells") String cell) {
        String protectedCell = CsvTableWriter.protectFormula(cell);

        assertThat(CsvTableWriter.protectFormula(protectedCell)).isEqualTo(protectedCell);
        assertThat(protectedCell).isIn(cell, "'" + cell);
    }

    @Property(tries = 300)
    void readingArbitraryBytesThrowsOnlyCsvFormatException(@ForAll("bytes") byte[] bytes) throws IOException {
        readAllOrFormatError(() -> CsvRecordSource.open(new ByteArrayInputStream(bytes), "random.csv"));
        readAllOrFormatError(() -> CsvRecordSource.open(new ByteArrayInputStream(bytes), "random.csv",
                CsvDialect.EXCEL_FR));
    }

    @Property(tries = 100)
    void readingAnySingleByteDialectNeverFailsOnDecoding(@ForAll("bytes") byte[] bytes,
                                                         @ForAll @IntRange(min = 0, max = 3) int delimiter)
            throws IOException {
        CsvDialect dialect = LEGACY.toBuilder().delimiter(",;\t|".charAt(delimiter)).build();

        readAllOrFormatError(() -> CsvRecordSource.open(new ByteArrayInputStream(bytes), "legacy.csv", dialect));
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars(CELL_CHARS.toCharArray()).ofMaxLength(12);
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 6))
                .flatAs((width, height) -> cells().list().ofSize(width).list().ofSize(height));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> csvish = Arbitraries.of((byte) '"', (byte) ',', (byte) ';', (byte) '\t', (byte) '\r',
                (byte) '\n', (byte) 'a', (byte) 0xE9, (byte) 0xC3, (byte) 0xA9, (byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF, (byte) 0xFF, (byte) 0xFE, (byte) 0x81, (byte) 0x00);
        Arbitrary<Byte> any = Arbitraries.bytes();
        return Arbitraries.frequencyOf(Tuple.of(3, csvish), Tuple.of(1, any))
                .list().ofMaxSize(400)
                .map(list -> {
                    byte[] array = new byte[list.size()];
                    for (int i = 0; i < array.length; i++) {
                        array[i] = list.get(i);
                    }
                    return array;
                });
    }

    private static List<List<String>> roundTrip(List<List<String>> table, CsvDialect dialect) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTableWriter writer = CsvTableWriter.create(out, dialect)) {
            table.forEach(writer::writeRow);
            writer.commit();
        }
        List<List<String>> read = new ArrayList<>();
        try (CsvRecordSource source = CsvRecordSource.open(new ByteArrayInputStream(out.toByteArray()), "t.csv",
                dialect)) {
            read.add(source.header());
            source.forEach(row -> read.add(row.fields()));
        }
        return read;
    }

    /** The cells as the writer protects them: reversibly (issue 8), so that the importer can undo it. */
    private static List<List<String>> protect(List<List<String>> table) {
        return table.stream().map(row -> row.stream().map(FormulaGuard::guard).toList()).toList();
    }

    private interface Opener {
        CsvRecordSource open() throws IOException;
    }

    private static void readAllOrFormatError(Opener opener) throws IOException {
        try (CsvRecordSource source = opener.open()) {
            assertThat(source.dialect()).isNotNull();
            source.forEach(row -> assertThat(row.line()).isPositive());
        } catch (CsvFormatException e) {
            assertThat(e.line()).isNotNegative();
        }
    }
}
