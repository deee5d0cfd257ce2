package org.politiqueville.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.governance.BodyKind;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.indicator.Assessment;
import org.politiqueville.core.indicator.Gap;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.ValidationReport;

class NantesSampleContractTest {

    private static final CityContract NANTES = NantesMetropole.contract();
    private static final PolitiqueVilleValidator VALIDATOR = PolitiqueVilleValidator.create();

    @Test
    void sampleValidatesWithoutErrorOrWarning() {
        ValidationReport report = VALIDATOR.validate(NANTES);

        assertThat(report.problems()).as(report.format(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void sampleValidatesInStrictModeToo() {
        ValidationReport report = PolitiqueVilleValidator.builder().strict(true).build().validate(NANTES);

        assertThat(report.isValid()).as(report.format(Locale.ENGLISH)).isTrue();
    }

    @Test
    void sampleHoldsWhatTheSeedPageDescribes() {
        assertThat(NANTES.communes()).hasSize(24);
        assertThat(NANTES.quarters()).hasSize(15).allMatch(q -> q.isPriority());
        assertThat(NANTES.districts()).extracting(d -> d.name()).containsExactly("Nantes Nord", "Nantes Erdre");
        assertThat(NANTES.bodies().stream().filter(GovernanceBody::isCitizensCouncil)
                .filter(b -> !b.isAnnounced())).hasSize(9);
        assertThat(NANTES.bodies().stream().filter(GovernanceBody::isAnnounced))
                .extracting(GovernanceBody::id).containsExactly("cc-nantes-erdre", "cc-clos-toreau");
        assertThat(NANTES.bodies()).filteredOn(b -> b.kind() == BodyKind.ASSOCIATIONS_COLLECTIVE).hasSize(1);
        assertThat(NANTES.documents()).hasSize(7);
        assertThat(NANTES.indicators()).extracting(d -> d.code())
                .contains("DISP_MED", "DISP_TP60", "DISP_PPSOC", "POP");
        assertThat(NANTES.period()).contains(Period.ofYears(2015, 2020));
    }

    @Test
    void councilsAreInstalledInTheOrderThePageGives() {
        assertThat(NANTES.body("cc-malakoff").orElseThrow().installation().year()).isEqualTo(2016);
        assertThat(NANTES.body("cc-bottiere-pin-sec").orElseThrow().installation().year()).isEqualTo(2017);
        assertThat(NANTES.body("cc-grand-bellevue").orElseThrow().installation().year()).isEqualTo(2018);
        assertThat(NANTES.body("cc-breil").orElseThrow().installation().year()).isEqualTo(2019);
    }

    @Test
    void answersTheMedianIncomeGapBetweenMalakoffAndTheAgglomeration() {
        Gap gap = NANTES.gap("DISP_MED", TerritoryRef.quarter("malakoff"),
                TerritoryRef.agglomeration(NantesMetropole.AGGLOMERATION_ID), Period.ofYear(2021)).orElseThrow();

        assertThat(gap.difference()).isEqualByComparingTo("-11439.5");
        assertThat(gap.assessment()).isEqualTo(Assessment.WORSE);
    }

    @Test
    void findsDocumentsByYearAndQuarter() {
        assertThat(NANTES.catalogue().coveringYear(Year.of(2017))).extracting(d -> d.title()).containsExactlyInAnyOrder(
                "CONTRAT DE VILLE 2015/2020", "CONTRAT DE VILLE Annexes",
                "CONTRAT DE VILLE Annexe Charte Locales d’Insertion");
        assertThat(NANTES.catalogue().inQuarter("Malakoff")).extracting(d -> d.title())
                .containsExactly("2018 Données COMPAS");
    }

    @Test
    void priorityQuartersOfADistrictAreItsQuarters() {
        assertThat(NANTES.priorityQuartersOf(TerritoryRef.district("nantes-nord"))).containsExactly(
                "bout-des-landes-bout-des-paves-chene-des-anglais", "la-boissiere", "la-petite-sensive");
        assertThat(NANTES.priorityQuartersOf(TerritoryRef.commune("44143"))).containsExactly("chateau");
        assertThat(NANTES.priorityQuartersOf(TerritoryRef.agglomeration(NantesMetropole.AGGLOMERATION_ID)))
                .hasSize(15);
    }

    @Test
    void sampleHasNoEngagementSoNoneIsLate() {
        assertThat(NANTES.lateEngagements(LocalDate.of(2030, 1, 1))).isEmpty();
    }
}
