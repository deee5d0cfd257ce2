package org.politiqueville.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class CategoryTest {

    @Test
    void parsesFacetAndValue() {
        Category category = Category.parse("Pilotage : contrat de Ville");

        assertThat(category.facet()).isEqualTo("Pilotage");
        assertThat(category.value()).isEqualTo("contrat de Ville");
        assertThat(category.toString()).isEqualTo("Pilotage : contrat de Ville");
    }

    @Test
    void keepsADashInsideTheValue() {
        assertThat(Category.parse("Quartier : Bottière – Pin Sec")).isEqualTo(Category.quarter("Bottière – Pin Sec"));
        assertThat(Category.parse("Pilotage : CV - Annexes complémentaires").value())
                .isEqualTo("CV - Annexes complémentaires");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pilotage:contrat de Ville", "Pilotage  :  contrat de Ville", "Pilotage\u00A0: contrat de Ville",
        "Pilotage\u202F:\u00A0contrat de Ville", " Pilotage : contrat\u00A0de  Ville ", "Pilotage :\tcontrat de\nVille"})
    void toleratesSpacingAroundTheColon(String text) {
        Category category = Category.parse(text);

        assertThat(category).isEqualTo(new Category("Pilotage", "contrat de Ville"));
        assertThat(category.toString()).isEqualTo("Pilotage : contrat de Ville");
    }

    @Test
    void splitsOnTheFirstColonOnly() {
        Category category = Category.parse("Pilotage : ordre du jour : 12 mars");

        assertThat(category.facet()).isEqualTo("Pilotage");
        assertThat(category.value()).isEqualTo("ordre du jour : 12 mars");
        assertThat(Category.parse(category.toString())).isEqualTo(category);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Pilotage", "Pilotage contrat de Ville", ": contrat", "Pilotage :", " \u00A0: ",
        "Pilotage : \u202F"})
    void rejectsTextWithoutAColonOrWithAnEmptySide(String text) {
        assertThatThrownBy(() -> Category.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.CATEGORY_FORMAT));
        assertThat(Category.isValid(text)).isFalse();
    }

    @Test
    void constructorNormalisesSpacesAndRejectsAColonInTheFacet() {
        assertThat(new Category("\u00A0Quartier ", "Le  Breil")).isEqualTo(new Category("Quartier", "Le Breil"));
        assertThatThrownBy(() -> new Category("Pilotage : CV", "Annexes"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.CATEGORY_FORMAT));
        assertThatThrownBy(() -> new Category("Pilotage", " "))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.CATEGORY_FORMAT));
        assertThatThrownBy(() -> new Category(null, "x")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void explainsAFormatErrorInFrench() {
        InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
                () -> Category.parse("Pilotage contrat"));

        assertThat(e.getMessage(Locale.FRENCH)).contains("« Pilotage contrat »", "Facette : valeur");
    }

    @Test
    void recognisesTheQuarterFacetInAnyCase() {
        assertThat(Category.parse("QUARTIER : Malakoff").isQuarter()).isTrue();
        assertThat(Category.parse("quartier : Malakoff").isQuarter()).isTrue();
        assertThat(Category.parse("Pilotage : Malakoff").isQuarter()).isFalse();
        assertThat(Category.quarter("Malakoff").facet()).isEqualTo(Category.QUARTER_FACET);
    }

    @Test
    void matchesInsensitively() {
        Category category = Category.parse("Quartier : Bottière – Pin Sec");

        assertThat(category.matches("quartier", "bottiere-pin sec")).isTrue();
        assertThat(category.matches("QUARTIER", "BOTTIÈRE PIN-SEC")).isTrue();
        assertThat(category.matches("Pilotage", "Bottière – Pin Sec")).isFalse();
        assertThat(Category.quarter("Le Breil").matches("Quartier", "Breil")).isTrue();
    }

    @Test
    void parsesTheSeedsListOfCategories() {
        List<Category> categories = Category.parseList(
                "Pilotage : comite pilotage, Pilotage : contrat de Ville, Quartier : Bottière – Pin Sec");

        assertThat(categories).containsExactly(
                Category.of("Pilotage", "comite pilotage"),
                Category.of("Pilotage", "contrat de Ville"),
                Category.quarter("Bottière – Pin Sec"));
    }

    @Test
    void parsesTheCompasRowIntoFourteenCategoriesElevenOfThemQuarters() {
        List<Category> categories = Category.parseList("Pilotage : comite pilotage, Pilotage : contrat de Ville, "
                + "Pilotage : CV - Annexes complémentaires, Quartier : Bottière – Pin Sec, "
                + "Quartier : Château-Mahaudières, Quartier : Clos Toreau, Quartier : Dervallières, "
                + "Quartier : Grand Bellevue, Quartier : Le Breil, Quartier : Malakoff, Quartier : Nantes Erdre, "
                + "Quartier : Nantes Nord, Quartier : Plaisance, Quartier : Sillon de Bretagne");

        assertThat(categories).hasSize(14);
        assertThat(categories).filteredOn(Category::isQuarter).hasSize(11);
        assertThat(categories.get(2).value()).isEqualTo("CV - Annexes complémentaires");
        assertThat(categories.get(13)).isEqualTo(Category.quarter("Sillon de Bretagne"));
    }

    @Test
    void keepsACommaThatIsNotFollowedByAFacet() {
        List<Category> categories = Category.parseList("Quartier : Nantes Nord, Est, Pilotage : comite, bilan");

        assertThat(categories).containsExactly(Category.quarter("Nantes Nord, Est"), Category.of("Pilotage", "comite, bilan"));
    }

    @Test
    void readsAListWithOddSpacingAndStraySeparators() {
        assertThat(Category.parseList(" Pilotage\u202F: a ,Quartier:b, ")).containsExactly(
                Category.of("Pilotage", "a"), Category.quarter("b"));
        assertThat(Category.parseList("")).isEmpty();
        assertThat(Category.parseList(" , ")).isEmpty();
    }

    @Test
    void rejectsAListElementWithoutFacet() {
        assertThatThrownBy(() -> Category.parseList("contrat de Ville, Pilotage : comite"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.CATEGORY_FORMAT));
    }

    @Test
    void formatsAListThatReadsBack() {
        List<Category> categories = List.of(Category.of("Pilotage", "contrat de Ville"), Category.quarter("Malakoff"));

        String text = Category.formatList(categories);

        assertThat(text).isEqualTo("Pilotage : contrat de Ville, Quartier : Malakoff");
        assertThat(Category.parseList(text)).isEqualTo(categories);
        assertThat(Category.formatList(List.of())).isEmpty();
    }
}
