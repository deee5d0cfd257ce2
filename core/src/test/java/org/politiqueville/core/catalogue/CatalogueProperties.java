package org.politiqueville.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.validation.RuleContext;

class CatalogueProperties {

    @Property(tries = 200)
    void orderDoesNotDependOnTheOrderGiven(@ForAll("documentLists") List<Document> documents, @ForAll long seed) {
        List<Document> shuffled = new ArrayList<>(documents);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(Catalogue.of(shuffled)).isEqualTo(Catalogue.of(documents));
        assertThat(Catalogue.of(documents).documents()).isSortedAccordingTo(Catalogue.ORDER)
                .containsExactlyInAnyOrderElementsOf(documents);
    }

    @Property(tries = 200)
    void findsByYearExactlyTheDocumentsWhosePeriodContainsIt(@ForAll("catalogues") Catalogue catalogue,
                                                             @ForAll @IntRange(min = 1985, max = 2055) int year) {
        List<Document> found = catalogue.coveringYear(Year.of(year));

        assertThat(found).containsExactlyElementsOf(
                catalogue.documents().stream().filter(d -> d.period().contains(Year.of(year))).toList());
        assertThat(found).allSatisfy(d ->
                assertThat(d.period().start().year() <= year && year <= d.period().end().year()).isTrue());
    }

    @Property(tries = 100)
    void findsEveryDocumentThroughEachOfItsCategories(@ForAll("catalogues") Catalogue catalogue) {
        for (Document document : catalogue.documents()) {
            for (Category category : document.categories()) {
                assertThat(catalogue.withCategory(category)).contains(document);
                assertThat(catalogue.withFacet(category.facet().toUpperCase(java.util.Locale.ROOT))).contains(document);
                assertThat(catalogue.values(category.facet()).stream().map(NameKey::of))
                        .contains(category.valueKey());
            }
        }
    }

    @Property(tries = 200)
    void listsEachFacetOnce(@ForAll("catalogues") Catalogue catalogue) {
        List<NameKey> keys = catalogue.facets().stream().map(NameKey::of).toList();

        assertThat(keys).doesNotHaveDuplicates().isSorted();
    }

    @Property(tries = 200)
    void generatedDocumentListsBreakNoRule(@ForAll("documentLists") List<Document> documents) {
        RuleContext context = RuleContext.strict();

        CatalogueRules.checkDocuments(documents, "documents", value -> true, context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Property
    void slugsAreLowerCaseWordsJoinedByHyphens(@ForAll("titles") String title) {
        assertThat(Document.slugOf(title)).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Provide
    Arbitrary<List<Document>> documentLists() {
        return CatalogueArbitraries.documentLists();
    }

    @Provide
    Arbitrary<Catalogue> catalogues() {
        return CatalogueArbitraries.catalogues();
    }

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.oneOf(CatalogueArbitraries.titles(),
                Arbitraries.of("2018 Données COMPAS", "CONTRAT DE VILLE 2015/2020", "2019_Avenant_au_Contrat_De_Ville"));
    }
}
