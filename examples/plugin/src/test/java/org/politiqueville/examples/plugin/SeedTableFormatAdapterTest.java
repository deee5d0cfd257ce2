package org.politiqueville.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.catalogue.CatalogueRules;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.FormatRegistry;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;
import org.politiqueville.core.validation.ValidationReport;

class SeedTableFormatAdapterTest {

    private final SeedTableFormatAdapter adapter = new SeedTableFormatAdapter();
    private final List<Object> documents = new ArrayList<>();

    @TempDir
    Path folder;

    private ImportReport read(String text) throws IOException {
        return adapter.reader(ReadOptions.of(NantesMetropole.contract()))
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "table.seed", documents::add);
    }

    private ImportReport readSeed() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/documents-ressources.seed")) {
            return adapter.reader(ReadOptions.of(NantesMetropole.contract())).read(in, "seed", documents::add);
        }
    }

    private Document titled(String title) {
        return documents.stream().map(Document.class::cast).filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void readsTheSeedTableExactlyAsThePageShowsIt() throws IOException {
        ImportReport report = readSeed();

        assertThat(report.read()).isEqualTo(7);
        assertThat(report.accepted()).isEqualTo(7);
        assertThat(report.problems().isEmpty()).isTrue();
        assertThat(titled("CONTRAT DE VILLE 2015/2020").covers(Year.of(2015))).isTrue();
        assertThat(titled("CONTRAT DE VILLE 2015/2020").covers(Year.of(2020))).isTrue();
        assertThat(titled("2018 Données COMPAS").categories()).hasSize(14);
        assertThat(titled("2018 Données COMPAS").quarterCategories()).hasSize(11);
        assertThat(titled("2019_Avenant_au_Contrat_De_Ville").typeLabel()).isNull();
        assertThat(titled("CONTRAT DE VILLE Annexe Charte Locales d’Insertion").typeLabel()).isEqualTo("Télécharger");
    }

    @Test
    void isFoundByTheRegistryWithoutCodeChanges() throws IOException {
        FormatRegistry registry = FormatRegistry.load();
        Path unnamed = Files.writeString(folder.resolve("documents"), "Documents | Catégories | Année |\n");

        assertThat(registry.byName("seed-table")).containsInstanceOf(SeedTableFormatAdapter.class);
        assertThat(registry.forReading(folder.resolve("table.seed"), null)).isInstanceOf(SeedTableFormatAdapter.class);
        assertThat(registry.forReading(unnamed, null)).isInstanceOf(SeedTableFormatAdapter.class);
        assertThat(registry.forWriting(folder.resolve("out.md"), null)).isInstanceOf(SeedTableFormatAdapter.class);
    }

    @Test
    void sniffsTheHeaderEvenAfterAPageTitle() {
        assertThat(adapter.sniff("DOCUMENTS RESSOURCES\nDocuments | Catégories | Année | type | lien |\n"
                .getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(adapter.sniff("\uFEFFdocuments|categories|annee".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(adapter.sniff("Documents;Catégories;Année".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(adapter.sniff("Nom | Code QPV |".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void rejectsBadRowsWithTheirLineAndColumnAndKeepsTheOthers() throws IOException {
        ImportReport report = read("""
                Documents | Catégories | Année | type | lien |
                ---|---|---|---|---|
                Bilan | Pilotage : contrat de Ville | 2019 | | |
                Sans année | Pilotage : contrat de Ville | hier | | |
                | Pilotage : contrat de Ville | 2019 | | |
                Mauvaise catégorie | pas une catégorie | 2019 | | |
                Bilan | Pilotage : contrat de Ville | 2020 | | |
                Atlantide | Quartier : Atlantide | 2019 | | https://example.org/a.pdf |
                """);

        assertThat(report.read()).isEqualTo(6);
        // The second "Bilan" is accepted: rows are mapped one at a time, as CSV rows are (see the test below).
        assertThat(report.accepted()).isEqualTo(3);
        assertThat(report.rejected()).isEqualTo(3);
        assertThat(report.problems().errors()).extracting(Problem::code).containsExactly(ProblemCode.PERIOD_FORMAT,
                ProblemCode.REQUIRED, ProblemCode.CATEGORY_FORMAT);
        assertThat(report.problems().errors()).extracting(error -> error.location().line()).containsExactly(4L, 5L, 6L);
        Problem period = report.problems().errors().get(0);
        assertThat(period.location().line()).isEqualTo(4);
        assertThat(period.location().column()).isEqualTo(3);
        assertThat(period.location().columnName()).isEqualTo("Année");
        assertThat(period.value()).isEqualTo("hier");
        assertThat(report.problems().warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(ProblemCode.CATEGORY_QUARTER_UNRESOLVED);
            assertThat(warning.location().line()).isEqualTo(8);
            assertThat(warning.message(Locale.FRENCH)).contains("Atlantide");
        });
    }

    @Test
    void saysWhichHeaderIsMissing() {
        assertMissingColumn("Documents | type |\n---|---|\nBilan | x |\n", 1, "table.seed:1", "Catégories, Année");
        assertThatThrownBy(() -> read("")).isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void saysTheTitleColumnIsMissingAtTheHeaderLine() {
        assertMissingColumn("DOCUMENTS RESSOURCES\nCatégories | Année |\n---|---|\nx | 2019 |\n", 2, "table.seed:2",
                "title");
    }

    private void assertMissingColumn(String text, long line, String... inMessage) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOfSatisfying(UnreadableInputException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(ProblemCode.MISSING_COLUMN);
                    assertThat(e.problem().location().line()).isEqualTo(line);
                    assertThat(e.getMessage(Locale.ENGLISH)).contains(inMessage);
                });
    }

    @Test
    void duplicateTitlesAreLeftToTheCatalogueRulesAsForEveryTabularFormat() throws IOException {
        ImportReport report = read("""
                Documents | Catégories | Année |
                Bilan | Pilotage : contrat de Ville | 2019 |
                Bilan | Pilotage : contrat de Ville | 2020 |
                """);
        RuleContext context = new RuleContext(ValidationReport.builder(), false);
        CatalogueRules.checkIds(documents.stream().map(Document.class::cast).toList(), "documents", context);

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(context.report().errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ProblemCode.DUPLICATE_ID);
            assertThat(error.path()).isEqualTo("documents[1].id");
        });
    }

    @Test
    void rejectsARowWithMoreCellsThanTheHeader() throws IOException {
        ImportReport report = read("""
                Documents | Catégories | Année |
                ---|---|---|
                Bilan | Pilotage : contrat de Ville | 2019 | en trop |
                Bilan 2020 | Pilotage : contrat de Ville | 2020 | |
                """);

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.problems().errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ProblemCode.INVALID_FORMAT);
            assertThat(error.value()).isEqualTo("en trop");
            assertThat(error.location().line()).isEqualTo(3);
            assertThat(error.location().column()).isEqualTo(4);
        });
    }

    @Test
    void reportsTheFormatAndEncoding() throws IOException {
        ImportReport report = read("\uFEFFDocuments | Catégories | Année |\n"
                + "Bilan | Pilotage : contrat de Ville | 2019 |\n");

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.dialect()).containsEntry("format", "seed-table").containsEntry("encoding", "UTF-8");
    }

    @Test
    void refusesBytesThatAreNotUtf8AtTheirLine() {
        byte[] latin1 = "Documents | Catégories | Année |\nCh\u00e2teau | Pilotage : x | 2019 |\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> adapter.reader(ReadOptions.of(NantesMetropole.contract()))
                .read(new ByteArrayInputStream(latin1), "latin1.seed", documents::add))
                .isInstanceOfSatisfying(UnreadableInputException.class,
                        e -> assertThat(e.problem().code()).isEqualTo(ProblemCode.MALFORMED_INPUT));
    }

    @Test
    void writesTheSeedTableShape() throws IOException {
        readSeed();
        Path target = folder.resolve("out.seed");
        try (var sink = adapter.writer(org.politiqueville.core.spi.WriteOptions.DEFAULT).open(target, RecordKind.DOCUMENTS)) {
            for (Object document : documents) {
                sink.accept(document);
            }
            sink.commit();
        }

        List<String> lines = Files.readAllLines(target);
        assertThat(lines.get(0)).isEqualTo("Documents | Catégories | Année | type | lien |");
        assertThat(lines.get(1)).isEqualTo("---|---|---|---|---|");
        assertThat(lines.get(6)).isEqualTo("CONTRAT DE VILLE 2015/2020 | Pilotage : CV - Annexes complémentaires "
                + "| 2015/2020 | Télécharger |  |");
    }

    @Test
    void readsOnlyDocuments() {
        assertThatThrownBy(() -> adapter.reader(ReadOptions.of(NantesMetropole.contract()).withKind(RecordKind.QUARTERS)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(FormatAdapter.SNIFF_LENGTH).isPositive();
    }
}
