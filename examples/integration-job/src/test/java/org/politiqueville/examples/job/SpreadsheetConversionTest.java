package org.politiqueville.examples.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job converts workbooks both ways through the spreadsheet plug-in, found on its class path. */
class SpreadsheetConversionTest {

    @TempDir
    Path folder;

    private Path file(String name) {
        return folder.resolve(name);
    }

    @Test
    void readsEachWorkbookFormatWithTheCountsOfTheCsvVersionAndCellLocations() throws IOException {
        for (String name : List.of("quartiers-excel-fr.xlsx", "quartiers-excel-fr.xls", "quartiers-excel-fr.ods")) {
            Path in = Job.fixture(name, folder);
            String format = name.substring(name.lastIndexOf('.') + 1);

            Job.Run run = Job.run("convert", in.toString(), file(format + ".csv").toString(), "--rejects",
                    file(format + "-rejects.csv").toString(), "--locale", "en");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.out()).as(name).contains("11 records read, 8 accepted, 3 rejected", "format=" + format,
                    "sheet=Quartiers", "headerRow=1", name + "#Quartiers B8 (Code QPV)");
            assertThat(run.err()).as(name).isEmpty();
            assertThat(Files.readAllLines(file(format + ".csv"), StandardCharsets.UTF_8)).hasSize(1 + 8 + 1);
            assertThat(Files.readAllLines(file(format + "-rejects.csv"), StandardCharsets.UTF_8))
                    .anySatisfy(row -> assertThat(row).startsWith("ERROR,QPV_CODE_FORMAT," + in + "#Quartiers,8,2,")
                            .contains(",B8,"));
        }
    }

    @Test
    void writesXlsxAndOdsThatReadBackWithTheSameRecords() throws IOException {
        Path csv = Job.fixture("quartiers-excel-fr.csv", folder);

        Job.Run toXlsx = Job.run("convert", csv.toString(), file("quartiers.xlsx").toString(), "--locale", "en");
        Job.Run toOds = Job.run("convert", file("quartiers.xlsx").toString(), file("quartiers.ods").toString(),
                "--locale", "en");
        Job.Run toJson = Job.run("convert", file("quartiers.ods").toString(), file("quartiers.json").toString(),
                "--locale", "en");
        Job.Run direct = Job.run("convert", csv.toString(), file("direct.json").toString(), "--locale", "en");

        assertThat(toXlsx.exitCode()).as(toXlsx.toString()).isEqualTo(1);
        assertThat(toOds.exitCode()).as(toOds.toString()).isZero();
        assertThat(toOds.out()).contains("8 records read, 8 accepted, 0 rejected", "format=xlsx", "sheet=quarters");
        assertThat(toJson.exitCode()).as(toJson.toString()).isZero();
        assertThat(toJson.out()).contains("8 records read, 8 accepted, 0 rejected", "format=ods");
        assertThat(Files.readString(file("quartiers.json"))).isEqualTo(Files.readString(file("direct.json")));
    }

    @Test
    void findsTheHeaderBelowATitleInAnExcel97Workbook() throws IOException {
        Path in = Job.fixture("quartiers-titre.xls", folder);

        Job.Run run = Job.run("convert", in.toString(), file("quartiers.json").toString(), "--locale", "fr");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("2 enregistrements lus, 2 acceptés", "format=xls", "headerRow=3");
        assertThat(Files.readString(file("quartiers.json"))).contains("\"label\": \"Malakoff\"", "\"count\": 4210");
    }

    @Test
    void xlsIsReadOnlyAndAWorkbookCannotHoldAWholeContract() throws IOException {
        Path in = Job.fixture("quartiers-excel-fr.csv", folder);

        Job.Run toXls = Job.run("convert", in.toString(), file("out.xls").toString(), "--locale", "en");
        Job.Run contract = Job.run("convert", in.toString(), file("out.xlsx").toString(), "--kind", "contract");

        assertThat(toXls.exitCode()).as(toXls.toString()).isEqualTo(2);
        assertThat(toXls.err()).contains("out.xls", "xls").doesNotContain("\tat ");
        assertThat(contract.exitCode()).as(contract.toString()).isEqualTo(2);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(in);
        }
    }

    @Test
    void aProtectedOrCorruptWorkbookIsFatalWithAClearMessage() throws IOException {
        Path corrupt = Files.write(file("corrompu.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        Job.Run run = Job.run("convert", corrupt.toString(), file("out.csv").toString(), "--locale", "en");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("corrompu.xlsx", "malformed").doesNotContain("\tat ");
        assertThat(file("out.csv")).doesNotExist();
    }
}
