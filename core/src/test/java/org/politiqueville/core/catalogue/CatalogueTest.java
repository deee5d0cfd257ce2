package org.politiqueville.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryRef;

class CatalogueTest {

    private final Catalogue seed = Catalogue.of(SeedDocuments.documents());

    private static List<String> titles(List<Document> documents) {
        return documents.stream().map(Document::title).toList();
    }

    @Test
    void holdsTheSeedsSevenDocumentsInPeriodThenTitleOrder() {
        assertThat(titles(seed.documents())).containsExactly(
                "CONTRAT DE VILLE 2015/2020",
                "CONTRAT DE VILLE Annexe Charte Locales d’Insertion",
                "CONTRAT DE VILLE Annexes",
                "2018 Baromètre GUSP",
                "2018 Données COMPAS",
                "2018 Rapport mi-contrat de ville",
                "2019_Avenant_au_Contrat_De_Ville");
    }

    @Test
    void orderDoesNotDependOnTheOrderGiven() {
        List<Document> shuffled = new ArrayList<>(SeedDocuments.documents());
        Collections.reverse(shuffled);

        assertThat(Catalogue.of(shuffled)).isEqualTo(seed);
    }

    @Test
    void ordersByIdWhenPeriodAndTitleAreEqual() {
        Document b = Document.builder("Note", Period.ofYear(2018)).id("b").build();
        Document a = Document.builder("Note", Period.ofYear(2018)).id("a").build();

        assertThat(Catalogue.of(b, a).documents()).containsExactly(a, b);
    }

    @Test
    void findsTheContractAndThe2017AnnexesFor2017() {
        assertThat(titles(seed.coveringYear(Year.of(2017)))).containsExactly(
                "CONTRAT DE VILLE 2015/2020",
                "CONTRAT DE VILLE Annexe Charte Locales d’Insertion",
                "CONTRAT DE VILLE Annexes");
    }

    @Test
    void findsOnlyTheContractFor2016AndNothingFor2014() {
        assertThat(titles(seed.coveringYear(Year.of(2016)))).containsExactly("CONTRAT DE VILLE 2015/2020");
        assertThat(seed.coveringYear(Year.of(2014))).isEmpty();
        assertThat(seed.coveringYear(Year.of(2019))).hasSize(2);
    }

    @Test
    void findsDocumentsOverlappingAPeriod() {
        assertThat(seed.overlapping(Period.ofYears(2018, 2019))).hasSize(5);
        assertThat(seed.overlapping(Period.parse("2021/2022"))).isEmpty();
        assertThat(titles(seed.overlapping(Period.parse("2015-06")))).containsExactly("CONTRAT DE VILLE 2015/2020");
    }

    @Test
    void findsDocumentsByFacetAndValueInsensitively() {
        assertThat(seed.withCategory("Pilotage", "comite pilotage")).hasSize(2);
        assertThat(seed.withCategory("PILOTAGE", "Comité Pilotage")).hasSize(2);
        assertThat(seed.withCategory("pilotage", "cv annexes complementaires")).hasSize(6);
        assertThat(seed.withCategory(Category.parse("Pilotage : contrat de Ville"))).hasSize(5);
        assertThat(seed.withCategory("Pilotage", "Malakoff")).isEmpty();
        assertThat(titles(seed.withFacet("quartier"))).containsExactly("2018 Données COMPAS");
        assertThat(seed.withFacet("Thème")).isEmpty();
    }

    @Test
    void findsDocumentsByQuarterName() {
        assertThat(titles(seed.inQuarter("bottière pin-sec"))).containsExactly("2018 Données COMPAS");
        assertThat(titles(seed.inQuarter("Breil"))).containsExactly("2018 Données COMPAS");
        assertThat(seed.inQuarter("Port Boyer")).isEmpty();
    }

    @Test
    void findsDocumentsByQuarterThroughAResolver() {
        assertThat(titles(seed.inQuarter(TerritoryRef.quarter("bellevue"), SeedDocuments.RESOLVER)))
                .containsExactly("2018 Données COMPAS");
        assertThat(titles(seed.inQuarter(TerritoryRef.district("nantes-nord"), SeedDocuments.RESOLVER)))
                .containsExactly("2018 Données COMPAS");
        assertThat(seed.inQuarter(TerritoryRef.quarter("port-boyer"), SeedDocuments.RESOLVER)).isEmpty();
    }

    @Test
    void findsDocumentsByQuarterThroughAPredicate() {
        assertThat(seed.inQuarter(value -> value.startsWith("Nantes"))).hasSize(1);
        assertThat(seed.inQuarter(value -> value.equals("Pin Sec"))).isEmpty();
    }

    @Test
    void listsFacetsAndValues() {
        assertThat(seed.facets()).containsExactly("Pilotage", "Quartier");
        assertThat(seed.values("pilotage")).containsExactly(
                "comite pilotage", "contrat de Ville", "CV - Annexes complémentaires");
        assertThat(seed.values(Category.QUARTER_FACET)).hasSize(11).contains("Bottière – Pin Sec", "Le Breil");
        assertThat(seed.values("Thème")).isEmpty();
    }

    @Test
    void listsOneSpellingPerKey() {
        Catalogue catalogue = Catalogue.of(
                Document.builder("A", Period.ofYear(2017)).category(Category.parse("Quartier : Le Breil")).build(),
                Document.builder("B", Period.ofYear(2018)).category(Category.parse("quartier : breil")).build());

        assertThat(catalogue.facets()).containsExactly("Quartier");
        assertThat(catalogue.values("QUARTIER")).containsExactly("Le Breil");
    }

    @Test
    void findsADocumentById() {
        assertThat(seed.document("2018-donnees-compas")).map(Document::title).contains("2018 Données COMPAS");
        assertThat(seed.document("nope")).isEmpty();
    }

    @Test
    void anEmptyCatalogueAnswersNothing() {
        assertThat(Catalogue.empty().isEmpty()).isTrue();
        assertThat(Catalogue.empty().size()).isZero();
        assertThat(Catalogue.empty().facets()).isEmpty();
        assertThat(Catalogue.empty().coveringYear(Year.of(2018))).isEmpty();
        assertThat(Catalogue.of(List.of())).isEqualTo(Catalogue.empty());
    }

    @Test
    void isImmutable() {
        List<Document> documents = new ArrayList<>(SeedDocuments.documents());
        Catalogue catalogue = Catalogue.of(documents);
        documents.clear();

        assertThat(catalogue.size()).isEqualTo(7);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalogue.documents().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
