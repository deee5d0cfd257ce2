package org.politiqueville.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.csv.CsvFormatAdapter;

/** The CSV fixtures saved as workbooks of each format read as their CSV versions do. */
class FixturesAsWorkbooksTest {

    @TempDir
    Path folder;

    static Stream<Arguments> fixturesAndFormats() {
        List<Arguments> arguments = new ArrayList<>();
        for (String fixture : List.of("quartiers-excel-fr.csv", "qpv-2024-national-extract.csv",
                "observations-filosofi.csv", "documents-seed.csv")) {
            for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
                arguments.add(Arguments.of(fixture, format));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("fixturesAndFormats")
    void givesTheSameAcceptedAndRejectedCountsAndProblemsAsTheCsvVersion(String fixture, SpreadsheetFormat format)
            throws IOException {
        ImportReport csv;
        List<Object> csvRecords = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + fixture)) {
            csv = new CsvFormatAdapter().reader(ReadOptions.of(NantesMetropole.contract())).read(in, fixture,
                    csvRecords::add);
        }
        byte[] workbook = Workbooks.textWorkbook(Workbooks.csvFixture(fixture), format, "Feuille1");

        Workbooks.Read read = Workbooks.read(folder, fixture.replace(".csv", "." + format.extension()), workbook,
                SpreadsheetImporter.builder().build());

        assertThat(read.report().kind()).isEqualTo(csv.kind());
        assertThat(read.report().read()).isEqualTo(csv.read());
        assertThat(read.report().accepted()).isEqualTo(csv.accepted());
        assertThat(read.report().rejected()).isEqualTo(csv.rejected());
        assertThat(read.records()).isEqualTo(csvRecords);
        // Lines differ where a CSV cell spans two lines; the cell, its column and the problem do not.
        assertThat(read.report().problems().problems()).extracting(Problem::code, Problem::value, Problem::path,
                problem -> problem.location().column())
                .containsExactlyElementsOf(csv.problems().problems().stream().map(problem -> tuple(problem.code(),
                        problem.value(), problem.path(), problem.location().column())).toList());
    }
}
