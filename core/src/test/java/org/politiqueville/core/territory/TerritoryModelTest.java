package org.politiqueville.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.id.QpvGeneration;
import org.politiqueville.core.id.Siren;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class TerritoryModelTest {

    private static final InseeCode NANTES = new InseeCode("44109");
    private static final InseeCode SAINT_HERBLAIN = new InseeCode("44162");

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
    void buildsQuarterWithEveryComponent() {
        Quarter bellevue = Quarter.builder("bellevue", "Bellevue")
                .alias("Grand Bellevue")
                .code(QpvCode.parse("QN04405M"), QpvCode.parse("QP044003"))
                .commune(NANTES, SAINT_HERBLAIN)
                .population(new Population(17_000, 2020))
                .build();

        assertThat(bellevue.id()).isEqualTo("bellevue");
        assertThat(bellevue.label()).isEqualTo("Bellevue");
        assertThat(bellevue.aliases()).containsExactly("Grand Bellevue");
        assertThat(bellevue.status()).isEqualTo(QuarterStatus.PRIORITY);
        assertThat(bellevue.isPriority()).isTrue();
        assertThat(bellevue.communes()).containsExactly(NANTES, SAINT_HERBLAIN);
        assertThat(bellevue.code(QpvGeneration.LIST_2024)).contains(QpvCode.parse("QN04405M"));
        assertThat(bellevue.code(QpvGeneration.LIST_2015)).contains(QpvCode.parse("QP044003"));
        assertThat(bellevue.knownPopulation()).contains(new Population(17_000, 2020));
        assertThat(bellevue.ref()).isEqualTo(TerritoryRef.quarter("bellevue"));
    }

    @Test
    void quarterWithoutCodeOfAGenerationHasNoneOfIt() {
        Quarter quarter = Quarter.builder("malakoff", "Malakoff").code(QpvCode.parse("QN04413M")).commune(NANTES).build();

        assertThat(quarter.code(QpvGeneration.LIST_2015)).isEmpty();
        assertThat(quarter.population()).isNull();
        assertThat(quarter.knownPopulation()).isEmpty();
    }

    @Test
    void toBuilderGivesAnEqualQuarter() {
        Quarter quarter = Quarter.builder("le-breil", "Le Breil").alias("Breil").status(QuarterStatus.WATCH)
                .commune(NANTES).population(new Population(5_000, 2019)).build();

        assertThat(quarter.toBuilder().build()).isEqualTo(quarter);
    }

    @Test
    void quarterCopiesItsLists() {
        List<String> aliases = new ArrayList<>(List.of("Breil"));
        Quarter quarter = new Quarter("le-breil", "Le Breil", aliases, QuarterStatus.PRIORITY, List.of(),
                List.of(NANTES), null);
        aliases.add("Barberie");

        assertThat(quarter.aliases()).containsExactly("Breil");
        assertThatThrownBy(() -> quarter.aliases().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsQuarterWithBlankIdOrLabel() {
        assertThatThrownBy(() -> Quarter.builder(" ", "Malakoff").build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.REQUIRED));
        assertThatThrownBy(() -> Quarter.builder("malakoff", "").build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.REQUIRED));
    }

    @Test
    void rejectsQuarterWithNullComponentOrElement() {
        assertThatThrownBy(() -> Quarter.builder(null, "Malakoff").build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Quarter.builder("malakoff", "Malakoff").alias((String) null).build())
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Quarter("malakoff", "Malakoff", List.of(), null, List.of(), List.of(), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void buildsCommuneAgglomerationAndDistrict() {
        Commune nantes = new Commune(NANTES, "Nantes");
        Agglomeration metropole = new Agglomeration("nantes-metropole", new Siren("244400404"), "Nantes Métropole",
                List.of(NANTES, SAINT_HERBLAIN));
        District nord = new District("nantes-nord", "Nantes Nord", List.of(), List.of("la-boissiere"));

        assertThat(nantes.ref()).isEqualTo(TerritoryRef.commune("44109"));
        assertThat(metropole.ref()).isEqualTo(TerritoryRef.agglomeration("nantes-metropole"));
        assertThat(metropole.communes()).containsExactly(NANTES, SAINT_HERBLAIN);
        assertThat(nord.ref()).isEqualTo(TerritoryRef.district("nantes-nord"));
        assertThat(nord.quarterIds()).containsExactly("la-boissiere");
    }

    @Test
    void rejectsBlankNames() {
        assertThatThrownBy(() -> new Commune(NANTES, " "))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.REQUIRED));
        assertThatThrownBy(() -> new Agglomeration("", new Siren("244400404"), "Nantes Métropole", List.of(NANTES)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.REQUIRED));
        assertThatThrownBy(() -> new District("nantes-nord", "\t", List.of(), List.of("x")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.REQUIRED));
    }

    @Test
    void validPopulationAndAgglomerationHaveNoViolation() {
        assertThat(validator.validate(new Population(0, 2020))).isEmpty();
        assertThat(validator.validate(new Agglomeration("a", new Siren("244400404"), "A", List.of(NANTES)))).isEmpty();
    }

    @Test
    void negativePopulationIsAViolationOnCount() {
        Set<ConstraintViolation<Population>> violations = validator.validate(new Population(-1, 2020));

        assertThat(violations).singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("count"));
    }

    @Test
    void negativePopulationOfAQuarterIsAViolationOnItsPath() {
        Quarter quarter = Quarter.builder("malakoff", "Malakoff").code(QpvCode.parse("QN04413M")).commune(NANTES)
                .population(new Population(-5, 2020)).build();

        assertThat(validator.validate(quarter)).singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("population.count"));
    }

    @Test
    void agglomerationWithoutCommuneIsAViolationOnCommunes() {
        Agglomeration empty = new Agglomeration("a", new Siren("244400404"), "A", List.of());

        assertThat(validator.validate(empty)).singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("communes"));
    }
}
