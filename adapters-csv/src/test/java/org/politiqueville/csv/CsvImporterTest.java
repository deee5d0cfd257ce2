package org.politiqueville.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;

class CsvImporterTest {

    @TempDir
    Path directory;

    private ImportReport read(String csv, List<Object> accepted) throws IOException {
        return CsvImporter.builder().dialect(CsvDialect.OPEN_DATA).source("test.csv").build()
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Object.class, accepted::add);
    }

    @Test
    void missingRequiredColumnsStopTheReadNamingThemAll() {
        assertThatThrownBy(() -> read("Code INSEE,Population\n44109,1\n", new ArrayList<>()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.KIND_NOT_INFERRED);
                    assertThat(e.value()).isEqualTo("Code INSEE, Population");
                });
        assertThatThrownBy(() -> CsvImporter.builder().kind(RecordKind.OBSERVATIONS).dialect(CsvDialect.OPEN_DATA)
                .build().read(new ByteArrayInputStream("Territoire,Unité\n".getBytes(StandardCharsets.UTF_8)),
                        Object.class, x -> { }))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.MISSING_COLUMN);
                    assertThat(e.value()).isEqualTo("indicator, period, value");
                });
    }

    @Test
    void unknownColumnsAreWarnedOnceAndRowsStillCount() throws IOException {
        List<Object> accepted = new ArrayList<>();
        ImportReport report = read("Titre,Année,Commentaire,commentaire\nBilan,2019,x,y\nRapport,2020,,\n", accepted);

        assertThat(report.kind()).isEqualTo(RecordKind.DOCUMENTS);
        assertThat(report.read()).isEqualTo(2);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(accepted).hasSize(2).allMatch(Document.class::isInstance);
        assertThat(report.problems().warnings()).extracting(Problem::code, Problem::value, p -> p.location().column())
                .containsExactly(tuple(ProblemCode.UNKNOWN_COLUMN, "Commentaire", 3));
        assertThat(report.dialect()).containsEntry("detected", "false");
    }

    @Test
    void raggedAndBlankRowsAreReportedOrSkipped() throws IOException {
        List<Object> accepted = new ArrayList<>();
        ImportReport report = read("Titre,Année\nBilan,2019\n,\nRapport,2020,en trop\n\"Note\nsur deux lignes\",2021\n",
                accepted);

        assertThat(report.read()).isEqualTo(3);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.problems().errors()).extracting(Problem::code, p -> p.location().line())
                .containsExactly(tuple(ProblemCode.MALFORMED_INPUT, 4L));
        assertThat(((Document) accepted.get(1)).title()).isEqualTo("Note\nsur deux lignes");
    }

    @Test
    void anUnclosedQuoteRejectsItsRecordAndKeepsTheEarlierOnes() throws IOException {
        List<Object> accepted = new ArrayList<>();
        ImportReport report = read("Titre,Année\nBilan,2019\nRapport,2020\n\"Jamais fermé,2021\nx,2022\n", accepted);

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.problems().errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.MALFORMED_INPUT);
            assertThat(problem.location().line()).isEqualTo(4);
            assertThat(problem.location().source()).isEqualTo("test.csv");
        });
    }

    @Test
    void aStrictValidatorRejectsRowsBreakingALegalRule() throws IOException {
        String csv = "Nom,Type,Habitants,Femmes,Hommes\nConseil citoyen Malakoff,conseil citoyen,10,8,2\n";
        ImportReport lenient = read(csv, new ArrayList<>());
        ImportReport strict = CsvImporter.builder().dialect(CsvDialect.OPEN_DATA)
                .options(org.politiqueville.core.exchange.MappingOptions.builder()
                        .validator(org.politiqueville.core.contract.PolitiqueVilleValidator.builder().strict(true)
                                .build()).build())
                .build().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Object.class, q -> { });

        assertThat(lenient.accepted()).isOne();
        assertThat(lenient.problems().warnings()).extracting(Problem::code, p -> p.location().columnName())
                .containsExactly(tuple(ProblemCode.RESIDENTS_PARITY, "Habitants"));
        assertThat(strict.rejected()).isOne();
        assertThat(strict.problems().errors()).extracting(Problem::code, p -> p.location().line(),
                        p -> p.location().columnName())
                .containsExactly(tuple(ProblemCode.RESIDENTS_PARITY, 2L, "Habitants"));
    }

    @Test
    void writesTheReportAsCsvAndJsonInFrench() throws IOException {
        CsvImporter importer = CsvImporter.builder().locale(Locale.FRENCH).build();
        ImportReport report = importer.readAll(Fixtures.fixture("quartiers-excel-fr.csv"), Quarter.class).report();
        Path csv = directory.resolve("rejets.csv");
        Path json = directory.resolve("rejets.json");

        importer.writeReport(report, csv, json);

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFseverity,code,source,line,column,columnName,pointer,path,value,message");
        assertThat(lines.get(3)).startsWith("ERROR,UNKNOWN_COMMUNE,quartiers-excel-fr.csv,13,3,Commune(s),,communes[0],"
                + "Nantes Sud,");
        assertThat(Files.readString(json)).contains("\"read\": 11", "\"accepted\": 8", "\"rejected\": 3",
                "Aucune commune");
        assertThat(report.problems().problems()).allMatch(p -> p.severity() == Severity.ERROR);
    }

    @Test
    void refusesAnotherTypeThanTheKinds() {
        assertThatThrownBy(() -> CsvImporter.builder().build().readAll(Fixtures.fixture("documents-seed.csv"),
                Quarter.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
