package org.politiqueville.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.politiqueville.csv.Fixtures.fixture;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.indicator.Confidentiality;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.indicator.ObservationStatus;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.QuarterStatus;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;

class CsvImporterFixturesTest {

    private static final CsvImporter IMPORTER = CsvImporter.builder().build();

    @Test
    void readsTheExcelFrenchQuartersAndRejectsThreeLines() throws IOException {
        CsvImporter.Result<Quarter> result = IMPORTER.readAll(fixture("quartiers-excel-fr.csv"), Quarter.class);

        assertThat(result.report().kind()).isEqualTo(RecordKind.QUARTERS);
        assertThat(result.report().read()).isEqualTo(11);
        assertThat(result.report().accepted()).isEqualTo(8);
        assertThat(result.report().rejected()).isEqualTo(3);
        assertThat(result.report().dialect()).containsEntry("encoding", "windows-1252").containsEntry("delimiter", ";")
                .containsEntry("lineSeparator", "CRLF").containsEntry("detected", "true");
        assertThat(result.report().problems().errors())
                .extracting(Problem::code, p -> p.location().line(), p -> p.location().column(),
                        p -> p.location().columnName(), Problem::value)
                .containsExactly(
                        tuple(ProblemCode.QPV_CODE_FORMAT, 8L, 2, "Code QPV", "QN0449I"),
                        tuple(ProblemCode.OUT_OF_RANGE, 9L, 5, "Population", "-250"),
                        tuple(ProblemCode.UNKNOWN_COMMUNE, 13L, 3, "Commune(s)", "Nantes Sud"));
        assertThat(result.report().warnings()).isZero();
        assertThat(result.report().problems().errors()).allSatisfy(problem ->
                assertThat(problem.location().source()).isEqualTo("quartiers-excel-fr.csv"));
    }

    @Test
    void quartersKeepTheirCommunesStatusPopulationAndReferentialIds() throws IOException {
        List<Quarter> quarters = IMPORTER.readAll(fixture("quartiers-excel-fr.csv"), Quarter.class).entities();

        Quarter bellevue = byLabel(quarters, "Bellevue");
        assertThat(bellevue.id()).isEqualTo("bellevue");
        assertThat(bellevue.communes()).containsExactly(new InseeCode("44109"), new InseeCode("44162"));
        assertThat(bellevue.population().count()).isEqualTo(17_800);
        Quarter couets = byLabel(quarters, "Les Couëts");
        assertThat(couets.id()).isEqualTo("les-couets");
        assertThat(couets.status()).isEqualTo(QuarterStatus.WATCH);
        assertThat(couets.codes()).isEmpty();
        assertThat(couets.communes()).containsExactly(new InseeCode("44020"));
        assertThat(byLabel(quarters, "Malakoff").population().count()).isEqualTo(4210);
        assertThat(byLabel(quarters, "La Petite\r\nSensive").id()).isEqualTo("la-petite-sensive");
        assertThat(byLabel(quarters, "Le Breil").id()).isEqualTo("le-breil");
    }

    @Test
    void readsTheFilosofiObservationsWithMarkersAndAliases() throws IOException {
        CsvImporter.Result<Observation> result = IMPORTER.readAll(fixture("observations-filosofi.csv"),
                Observation.class);

        assertThat(result.report().read()).isEqualTo(11);
        assertThat(result.report().accepted()).isEqualTo(8);
        assertThat(result.report().dialect()).containsEntry("encoding", "UTF-8").containsEntry("bom", "true");
        assertThat(result.report().problems().errors())
                .extracting(Problem::code, p -> p.location().line(), p -> p.location().column(),
                        p -> p.location().columnName(), Problem::value)
                .containsExactly(
                        tuple(ProblemCode.PERCENT_OUT_OF_RANGE, 10L, 4, "Valeur", "124,0"),
                        tuple(ProblemCode.UNKNOWN_INDICATOR, 11L, 2, "Indicateur", "Taux de chômage"),
                        tuple(ProblemCode.PERIOD_FORMAT, 12L, 3, "Année", "21"));
        List<Observation> observations = result.entities();
        assertThat(value(observations, "malakoff", "DISP_MED")).contains(new BigDecimal("12940.5"));
        assertThat(value(observations, "les-dervallieres", "DISP_MED")).contains(new BigDecimal("13310"));
        Observation secret = find(observations, TerritoryRef.quarter("les-dervallieres"), "DISP_TP60");
        assertThat(secret.confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
        assertThat(secret.value()).isNull();
        Observation missing = find(observations, TerritoryRef.quarter("bellevue"), "DISP_TP60");
        assertThat(missing.status()).isEqualTo(ObservationStatus.MISSING);
        assertThat(missing.value()).isNull();
        assertThat(value(observations, "bellevue", "DISP_MED")).contains(new BigDecimal("13020"));
        assertThat(NantesMetropole.quarters()).filteredOn(q -> q.id().equals("bellevue"))
                .extracting(q -> q.codes().get(0)).containsExactly(QpvCode.parse("QN04405M"));
        assertThat(value(observations, "bottiere-pin-sec", "DISP_TP60")).contains(new BigDecimal("41.7"));
        assertThat(find(observations, TerritoryRef.agglomeration(NantesMetropole.AGGLOMERATION_ID), "DISP_MED")
                .value()).isEqualByComparingTo("24380");
    }

    @Test
    void readsTheSeedDocumentsWithoutAnyWarning() throws IOException {
        CsvImporter.Result<Document> result = IMPORTER.readAll(fixture("documents-seed.csv"), Document.class);

        assertThat(result.report().read()).isEqualTo(7);
        assertThat(result.report().accepted()).isEqualTo(7);
        assertThat(result.report().problems().problems()).isEmpty();
        Document contract = result.entities().stream().filter(d -> d.title().equals("CONTRAT DE VILLE 2015/2020"))
                .findFirst().orElseThrow();
        assertThat(contract.covers(Year.of(2015))).isTrue();
        assertThat(contract.covers(Year.of(2020))).isTrue();
        assertThat(contract.covers(Year.of(2021))).isFalse();
        Document compas = result.entities().stream().filter(d -> d.title().equals("2018 Données COMPAS"))
                .findFirst().orElseThrow();
        assertThat(compas.categories()).hasSize(14);
        assertThat(compas.categories("Quartier")).hasSize(11);
        assertThat(compas.link()).isNull();
    }

    @Test
    void foldsTheNationalFileIntoOneQuarterPerCode() throws IOException {
        CsvImporter.Result<Quarter> result = IMPORTER.readAll(fixture("qpv-2024-national-extract.csv"), Quarter.class);

        assertThat(result.report().read()).isEqualTo(15);
        assertThat(result.report().accepted()).isEqualTo(15);
        assertThat(result.report().rejected()).isZero();
        assertThat(result.report().problems().problems()).isEmpty();
        assertThat(result.entities()).hasSize(15);
        Quarter bellevue = byLabel(result.entities(), "Bellevue");
        assertThat(bellevue.communes()).containsExactly(new InseeCode("44109"), new InseeCode("44162"));
        assertThat(byLabel(result.entities(), "Bout des landes - Bout des pavés - Chêne des Anglais").id())
                .isEqualTo("bout-des-landes-bout-des-paves-chene-des-anglais");
    }

    @Test
    void withoutMergingTheNationalFileGivesOneQuarterPerRow() throws IOException {
        CsvImporter.Result<Quarter> result = CsvImporter.builder().mergeQuarters(false).build()
                .readAll(fixture("qpv-2024-national-extract.csv"), Quarter.class);

        assertThat(result.report().read()).isEqualTo(16);
        assertThat(result.entities()).hasSize(16);
    }

    private static Quarter byLabel(List<Quarter> quarters, String label) {
        return quarters.stream().filter(q -> q.label().equals(label)).findFirst().orElseThrow();
    }

    private static Observation find(List<Observation> observations, TerritoryRef territory, String indicator) {
        return observations.stream().filter(o -> o.territory().equals(territory) && o.indicator().equals(indicator))
                .findFirst().orElseThrow();
    }

    private static Optional<BigDecimal> value(List<Observation> observations, String quarter, String indicator) {
        return find(observations, TerritoryRef.quarter(quarter), indicator).optionalValue();
    }
}
