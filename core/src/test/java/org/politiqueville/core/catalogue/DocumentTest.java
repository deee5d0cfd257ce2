package org.politiqueville.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class DocumentTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void buildValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void derivesTheIdFromTheTitle() {
        Document document = Document.builder("2018 Données COMPAS", Period.ofYear(2018)).build();

        assertThat(document.id()).isEqualTo("2018-donnees-compas");
    }

    @Test
    void slugsFoldAccentsPunctuationAndUnderscores() {
        assertThat(Document.slugOf("CONTRAT DE VILLE 2015/2020")).isEqualTo("contrat-de-ville-2015-2020");
        assertThat(Document.slugOf("2019_Avenant_au_Contrat_De_Ville")).isEqualTo("2019-avenant-au-contrat-de-ville");
        assertThat(Document.slugOf("CONTRAT DE VILLE Annexe Charte Locales d’Insertion"))
                .isEqualTo("contrat-de-ville-annexe-charte-locales-d-insertion");
    }

    @Test
    void rejectsATitleWithoutLetterOrDigitForASlug() {
        assertThatThrownBy(() -> Document.slugOf("–?!"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_FORMAT));
    }

    @Test
    void keepsAnExplicitId() {
        Document document = Document.builder("2018 Données COMPAS", Period.ofYear(2018)).id("compas-2018").build();

        assertThat(document.id()).isEqualTo("compas-2018");
    }

    @Test
    void aContractFrom2015To2020CoversEachOfThoseYears() {
        Document contract = SeedDocuments.titled("CONTRAT DE VILLE 2015/2020");

        assertThat(contract.period()).isEqualTo(Period.ofYears(2015, 2020));
        for (int year = 2015; year <= 2020; year++) {
            assertThat(contract.covers(Year.of(year))).as("%d", year).isTrue();
        }
        assertThat(contract.covers(Year.of(2014))).isFalse();
        assertThat(contract.covers(Year.of(2021))).isFalse();
    }

    @Test
    void readsTheSeedsCompasRow() {
        Document compas = SeedDocuments.titled("2018 Données COMPAS");

        assertThat(compas.categories()).hasSize(14);
        assertThat(compas.quarterCategories()).hasSize(11);
        assertThat(compas.categories("pilotage")).hasSize(3);
        assertThat(compas.hasCategory("Quartier", "bottiere pin sec")).isTrue();
        assertThat(compas.typeLabel()).isEqualTo("Télécharger");
        assertThat(compas.link()).isNull();
    }

    @Test
    void blankOptionalLabelsBecomeNull() {
        Document document = Document.builder("2019_Avenant_au_Contrat_De_Ville", Period.ofYear(2019))
                .typeLabel(" ").mediaType("").build();

        assertThat(document.typeLabel()).isNull();
        assertThat(document.mediaType()).isNull();
    }

    @Test
    void copiesTheCategories() {
        List<Category> categories = new java.util.ArrayList<>(List.of(Category.quarter("Malakoff")));
        Document document = new Document("d", "Title", categories, Period.ofYear(2018), null, null, null);
        categories.clear();

        assertThat(document.categories()).hasSize(1);
        assertThatThrownBy(() -> document.categories().add(Category.quarter("Breil")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsABlankIdOrTitle() {
        assertThatThrownBy(() -> new Document(" ", "Title", List.of(), Period.ofYear(2018), null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.REQUIRED));
        assertThatThrownBy(() -> Document.builder("  ", Period.ofYear(2018)).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.REQUIRED));
        assertThatThrownBy(() -> Document.builder("Title", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void acceptsAMediaType() {
        Document document = Document.builder("Rapport", Period.ofYear(2018))
                .link(URI.create("https://example.org/rapport.pdf")).mediaType("application/pdf").build();

        assertThat(validator.validate(document)).isEmpty();
        assertThat(validator.validate(Document.builder("Données", Period.ofYear(2018))
                .mediaType("text/csv; charset=UTF-8").build())).isEmpty();
    }

    @Test
    void reportsAMalformedMediaType() {
        Document document = Document.builder("Rapport", Period.ofYear(2018)).mediaType("pdf").build();

        Set<ConstraintViolation<Document>> violations = validator.validate(document);

        assertThat(violations).isNotEmpty()
                .allSatisfy(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("mediaType"));
    }
}
