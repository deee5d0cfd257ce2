package org.politiqueville.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;
import org.politiqueville.core.validation.Severity;

class CatalogueRulesTest {

    private static final Predicate<String> RESOLVES = value -> SeedDocuments.RESOLVER.apply(value).isPresent();

    @Test
    void theSeedsDocumentsBreakNoRule() {
        RuleContext context = RuleContext.strict();

        CatalogueRules.checkDocuments(SeedDocuments.documents(), "documents", RESOLVES, context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Test
    void reportsARepeatedIdAtTheLaterDocument() {
        List<Document> documents = new ArrayList<>(SeedDocuments.documents());
        documents.add(Document.builder("2018 Données COMPAS", Period.ofYear(2019)).build());
        RuleContext context = RuleContext.lenient();

        CatalogueRules.checkIds(documents, "documents", context);

        List<Problem> problems = context.report().problems();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.DUPLICATE_ID);
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.path()).isEqualTo("documents[7].id");
            assertThat(problem.value()).isEqualTo("2018-donnees-compas");
        });
    }

    @Test
    void warnsAboutAQuarterThatDoesNotResolveEvenInStrictMode() {
        Document document = Document.builder("Note", Period.ofYear(2018))
                .category(Category.parse("Pilotage : contrat de Ville"))
                .category(Category.quarter("Malakoff"))
                .category(Category.quarter("Nantes Sud"))
                .build();
        RuleContext context = RuleContext.strict();

        CatalogueRules.checkQuarterCategories(document, "documents[2]", RESOLVES, context);

        assertThat(context.report().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.CATEGORY_QUARTER_UNRESOLVED);
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.path()).isEqualTo("documents[2].categories[2]");
            assertThat(problem.value()).isEqualTo("Nantes Sud");
        });
    }

    @Test
    void acceptsAResolverFunctionForQuarters() {
        Document document = Document.builder("Note", Period.ofYear(2018))
                .category(Category.quarter("Grand Bellevue")).category(Category.quarter("Atlantis")).build();
        RuleContext context = RuleContext.lenient();

        CatalogueRules.checkQuarterCategoriesWithResolver(document, "d", SeedDocuments.RESOLVER, context);

        assertThat(context.report().problems()).extracting(Problem::path).containsExactly("d.categories[1]");
        RuleContext none = RuleContext.lenient();
        CatalogueRules.checkQuarterCategoriesWithResolver(document, "d", value -> Optional.empty(), none);
        assertThat(none.report().warnings()).hasSize(2);
    }

    @Test
    void ignoresNonQuarterCategoriesWhenResolving() {
        Document document = Document.builder("Note", Period.ofYear(2018))
                .category(Category.parse("Pilotage : Nantes Sud")).build();
        RuleContext context = RuleContext.lenient();

        CatalogueRules.checkQuarterCategories(document, "d", value -> false, context);

        assertThat(context.report().isEmpty()).isTrue();
    }

    @Test
    void warnsAboutALinkThatIsNotHttp() {
        RuleContext context = RuleContext.strict();
        Document local = Document.builder("Note", Period.ofYear(2018)).link(URI.create("file:///C:/docs/note.pdf")).build();
        Document relative = Document.builder("Note", Period.ofYear(2018)).link(URI.create("docs/note.pdf")).build();
        Document web = Document.builder("Note", Period.ofYear(2018)).link(URI.create("HTTPS://example.org/n.pdf")).build();

        CatalogueRules.checkLink(local, "documents[0]", context);
        CatalogueRules.checkLink(relative, "documents[1]", context);
        CatalogueRules.checkLink(web, "documents[2]", context);

        assertThat(context.report().problems()).allSatisfy(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.INVALID_FORMAT);
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        }).extracting(Problem::path).containsExactly("documents[0].link", "documents[1].link");
    }

    @Test
    void checkDocumentsReportsEachRuleAtItsPath() {
        List<Document> documents = List.of(
                Document.builder("A", Period.ofYear(2018)).category(Category.quarter("Atlantis")).build(),
                Document.builder("A", Period.ofYear(2019)).link(URI.create("ftp://example.org/a.pdf")).build());
        RuleContext context = RuleContext.lenient();

        CatalogueRules.checkDocuments(documents, "documents", RESOLVES, context);

        assertThat(context.report().problems()).extracting(Problem::code, Problem::path).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ProblemCode.DUPLICATE_ID, "documents[1].id"),
                org.assertj.core.groups.Tuple.tuple(ProblemCode.CATEGORY_QUARTER_UNRESOLVED, "documents[0].categories[0]"),
                org.assertj.core.groups.Tuple.tuple(ProblemCode.INVALID_FORMAT, "documents[1].link"));
    }
}
