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

class ConvertCommandTest {

    @TempDir
    Path folder;

    private Path file(String name) {
        return folder.resolve(name);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }

    @Test
    void convertsTheLegacyExcelExportKeepingTheAcceptedQuartersAndReportingTheOthers() throws IOException {
        Path in = Job.fixture("quartiers-excel-fr.csv", folder);

        Job.Run run = Job.run("convert", in.toString(), file("quartiers.csv").toString(),
                "--rejects", file("rejects.csv").toString(), "--locale", "en");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("11 records read, 8 accepted, 3 rejected", "Wrote " + file("quartiers.csv"));
        List<String> rows = Files.readAllLines(file("quartiers.csv"), StandardCharsets.UTF_8);
        assertThat(rows).hasSize(1 + 8 + 1); // the header, eight quarters, La Petite Sensive's two-line label
        assertThat(rows.get(0)).startsWith("id,label,qpvCode");
        List<String> report = Files.readAllLines(file("rejects.csv"), StandardCharsets.UTF_8);
        assertThat(report.get(0)).isEqualTo("severity,code,source,line,column,columnName,pointer,path,value,message");
        assertThat(report.get(1)).startsWith("SUMMARY,,").contains("read=11 accepted=8 rejected=3 warnings=0");
        assertThat(report.subList(2, report.size())).hasSize(3)
                .anySatisfy(row -> assertThat(row).startsWith("ERROR,QPV_CODE_FORMAT,").contains(",8,"))
                .anySatisfy(row -> assertThat(row).startsWith("ERROR,").contains(",9,", "-250"))
                .anySatisfy(row -> assertThat(row).startsWith("ERROR,").contains(",13,", "Nantes Sud"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void writesTheExcelPresetOnRequest() throws IOException {
        Path in = Job.fixture("observations-filosofi.csv", folder);

        Job.Run run = Job.run("convert", in.toString(), file("observations.txt").toString(), "--dialect", "excel-fr");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        String text = Files.readString(file("observations.txt"), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains(";", "12940,5", "\r\n");
    }

    @Test
    void convertsTheSeedTableThroughThePlugin() throws IOException {
        Path in = Job.fixture("documents-ressources.seed", folder);

        Job.Run run = Job.run("convert", in.toString(), file("documents.csv").toString(), "--locale", "fr");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("7 enregistrements lus, 7 acceptés, 0 rejeté", "format=seed-table");
        assertThat(Files.readString(file("documents.csv"))).contains("CONTRAT DE VILLE 2015/2020", "2015/2020");

        Job.Run back = Job.run("convert", file("documents.csv").toString(), file("documents.md").toString());
        assertThat(back.exitCode()).as(back.toString()).isZero();
        assertThat(Files.readAllLines(file("documents.md"))).hasSize(2 + 7)
                .contains("CONTRAT DE VILLE 2015/2020 | Pilotage : CV - Annexes complémentaires | 2015/2020 | Télécharger |  |");
    }

    @Test
    void everyDocumentOfTheSeedFixtureIsAcceptedWithoutWarning() throws IOException {
        Path in = Job.fixture("documents-seed.csv", folder);

        Job.Run run = Job.run("convert", in.toString(), file("out.seed").toString(), "--kind", "documents",
                "--rejects", file("rejects.json").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(file("rejects.json"))).contains("\"read\": 7", "\"accepted\": 7", "\"rejected\": 0",
                "\"warnings\": 0", "\"problems\": []");
    }

    @Test
    void mergesTheNationalFilesRowsIntoQuarters() throws IOException {
        Path in = Job.fixture("qpv-2024-national-extract.csv", folder);

        Job.Run run = Job.run("convert", in.toString(), file("quarters.tsv").toString(), "--locale", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("15 records read, 15 accepted, 0 rejected");
    }

    @Test
    void aMissingColumnIsFatalAndWritesNothing() throws IOException {
        Path in = Files.writeString(file("bad.csv"), "Territoire;Année\nMalakoff;2021\n");

        Job.Run run = Job.run("convert", in.toString(), file("out.csv").toString(), "--kind", "observations",
                "--rejects", file("rejects.json").toString(), "--locale", "en");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains(in + ":1", "Missing required column")
                .doesNotContain("\tat ", "Exception");
        assertThat(run.err().lines()).hasSizeLessThanOrEqualTo(3);
        assertThat(files()).containsExactly(in);
    }

    @Test
    void anUnclosedQuoteIsFatalAndNamesFileAndLineOnceInTheCallersLanguage() throws IOException {
        Path in = Files.writeString(file("broken.csv"), "Code QPV;Nom\nQN04401M;\"Bellevue\nQN04402M;Dervallières\n");

        Job.Run run = Job.run("convert", in.toString(), file("out.json").toString(), "--locale", "fr");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains(in + ":2: L’entrée est mal formée");
        assertThat(run.err().split(java.util.regex.Pattern.quote(in.toString()), -1)).hasSize(2);
        assertThat(run.err()).doesNotContain("line 2", "\tat ");
        assertThat(files()).containsExactly(in);
    }

    @Test
    void headersThatTellNoKindAreFatal() throws IOException {
        Path in = Files.writeString(file("mystery.csv"), "a;b;c\n1;2;3\n");

        Job.Run run = Job.run("convert", in.toString(), file("out.tsv").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("mystery.csv").doesNotContain("\tat ");
        assertThat(file("out.tsv")).doesNotExist();
    }

    @Test
    void aWholeContractCannotBeATable() throws IOException {
        Path in = Job.fixture("documents-seed.csv", folder);

        Job.Run run = Job.run("convert", in.toString(), file("out.csv").toString(), "--kind", "contract");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("csv", "contract");
        assertThat(file("out.csv")).doesNotExist();
    }

    @Test
    void usageErrorsExitWithTwoAndAShortMessage() throws IOException {
        Path in = Job.fixture("documents-seed.csv", folder);

        for (String[] args : List.of(new String[] {"convert"}, new String[] {"convert", in.toString()},
                new String[] {"convert", in.toString(), file("o.csv").toString(), "--kind", "quartiers"},
                new String[] {"convert", in.toString(), file("o.csv").toString(), "--dialect", "excel"},
                new String[] {"convert", in.toString(), file("o.csv").toString(), "--locale", "de"},
                new String[] {"convert", in.toString(), file("o.xml").toString()},
                new String[] {"convert", file("absent.csv").toString(), file("o.csv").toString()},
                new String[] {"convert", in.toString(), in.toString()},
                new String[] {"convert", in.toString(), file("missing/o.csv").toString()},
                new String[] {"convert", in.toString(), folder.toString() + "/"},
                new String[] {"convert", in.toString(), file("o.csv").toString(), "--rejects", file("no/r.json").toString()},
                new String[] {"frobnicate"}, new String[0])) {
            Job.Run run = Job.run(args);

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).as(run.toString()).isNotBlank().doesNotContain("\tat ");
            assertThat(run.err().lines()).as(run.toString()).hasSizeLessThanOrEqualTo(8);
        }
        assertThat(files()).containsExactly(in);
    }

    @Test
    void anUnreadableReferentialIsFatal() throws IOException {
        Path in = Job.fixture("documents-seed.csv", folder);

        Job.Run run = Job.run("convert", in.toString(), file("out.csv").toString(), "--referential",
                file("nowhere.json").toString(), "--locale", "fr");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("Fichier introuvable", "nowhere.json");
        assertThat(file("out.csv")).doesNotExist();
    }

    @Test
    void writesAJsonArrayWithOneObjectPerAcceptedRecord() throws IOException {
        Path in = Job.fixture("quartiers-excel-fr.csv", folder);

        Job.Run run = Job.run("convert", in.toString(), file("quarters.json").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        String json = Files.readString(file("quarters.json"));
        assertThat(json).startsWith("[\n  {").endsWith("]\n").contains("\"label\": \"Les Couëts\"");
        assertThat(json.split("\n  \\{", -1)).hasSize(1 + 8);

        Job.Run lines = Job.run("convert", file("quarters.json").toString(), file("quarters.jsonl").toString());
        assertThat(lines.exitCode()).as(lines.toString()).isZero();
        assertThat(Files.readAllLines(file("quarters.jsonl"))).hasSize(8);
    }

    @Test
    void malformedJsonIsFatalWithItsFileLineAndColumn() throws IOException {
        Path in = Files.writeString(file("broken.json"), "[{\"id\": \"malakoff\",\n  \"label\": ]");

        for (String[] kind : List.of(new String[0], new String[] {"--kind", "quarters"})) {
            List<String> args = new java.util.ArrayList<>(List.of("convert", in.toString(), file("out.csv").toString(),
                    "--rejects", file("r.json").toString(), "--locale", "en"));
            args.addAll(List.of(kind));

            Job.Run run = Job.run(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).as(run.toString()).contains(in.toString(), "(2:").doesNotContain("\tat ");
            assertThat(files()).containsExactly(in);
        }
    }

    @Test
    void readsAWholeContractAsReferentialAndAsInput() throws IOException {
        Path contract = file("nantes.json");
        try (var in = getClass().getResourceAsStream("/org/politiqueville/json/sample/nantes-metropole.json")) {
            Files.copy(in, contract);
        }
        Path observations = Job.fixture("observations-filosofi.csv", folder);

        Job.Run convert = Job.run("convert", observations.toString(), file("obs.json").toString(),
                "--referential", contract.toString(), "--locale", "en");
        Job.Run validate = Job.run("validate", contract.toString(), "--locale", "en");
        Job.Run toTable = Job.run("convert", contract.toString(), file("contract.csv").toString());
        Job.Run copy = Job.run("convert", contract.toString(), file("copy.json").toString());

        assertThat(convert.exitCode()).as(convert.toString()).isEqualTo(1);
        assertThat(convert.out()).contains("11 records read, 8 accepted, 3 rejected");
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(validate.out()).contains("(contract)", "0 rejected");
        assertThat(toTable.exitCode()).as(toTable.toString()).isEqualTo(2);
        assertThat(toTable.err()).contains("contract");
        assertThat(file("contract.csv")).doesNotExist();
        assertThat(copy.exitCode()).as(copy.toString()).isZero();
        assertThat(Files.readString(file("copy.json"))).isEqualTo(Files.readString(contract));
    }

    @Test
    void aConvertedTableNamesTerritoriesThroughTheReferentialItWasReadWith() throws IOException {
        Path contract = file("renamed.json");
        try (var in = getClass().getResourceAsStream("/org/politiqueville/json/sample/nantes-metropole.json")) {
            Files.writeString(contract, new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"label\": \"Malakoff\"", "\"label\": \"Malakoff-Pré-Gauchet\""));
        }
        Path observations = Files.writeString(file("obs.csv"), Files.readString(Job.fixture("observations-filosofi.csv",
                folder)).replace("Malakoff;", "Malakoff-Pré-Gauchet;"));

        Job.Run convert = Job.run("convert", observations.toString(), file("out.csv").toString(),
                "--referential", contract.toString(), "--locale", "en");
        Job.Run back = Job.run("convert", file("out.csv").toString(), file("back.jsonl").toString(),
                "--referential", contract.toString(), "--locale", "en");

        assertThat(convert.out()).as(convert.toString()).contains("11 records read, 8 accepted, 3 rejected");
        assertThat(Files.readString(file("out.csv"))).contains("Malakoff-Pré-Gauchet,");
        assertThat(back.exitCode()).as(back.toString()).isZero();
        assertThat(back.out()).contains("8 records read, 8 accepted, 0 rejected");
    }

    @Test
    void aReferentialThatIsNotAContractIsFatal() throws IOException {
        Path in = Job.fixture("observations-filosofi.csv", folder);
        Path notAContract = Files.writeString(file("quarters.json"), "[]");

        Job.Run run = Job.run("convert", in.toString(), file("out.csv").toString(), "--referential",
                notAContract.toString(), "--locale", "en");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("referential", "quarters.json");
        assertThat(file("out.csv")).doesNotExist();
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Job.Run run = Job.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("convert", "validate", "demo", "Exit codes");
    }

    @Test
    void helpListsTheFormatsFoundOnTheClassPath() {
        Job.Run run = Job.run("convert", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Formats found on the class path:", "Exit codes")
                .containsPattern("csv +\\.csv \\.tsv \\.txt; reads: .*observations")
                .containsPattern("xlsx +\\.xlsx; reads: ")
                .containsPattern("seed-table +");
    }
}
