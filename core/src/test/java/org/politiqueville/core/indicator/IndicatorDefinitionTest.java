package org.politiqueville.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
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
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class IndicatorDefinitionTest {

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
    void buildsWithNeutralPolarityByDefault() {
        IndicatorDefinition definition = IndicatorDefinition.builder("X", "Un indicateur", Unit.OTHER)
                .source("COMPAS").build();

        assertThat(definition.polarity()).isEqualTo(Polarity.NEUTRAL);
        assertThat(definition.aliases()).isEmpty();
        assertThat(definition.description()).isNull();
        assertThat(definition.names()).containsExactly("Un indicateur");
    }

    @Test
    void rejectsBlankCodeAsRequired() {
        assertThatThrownBy(() -> IndicatorDefinition.builder(" ", "Label", Unit.EUROS).source("COMPAS").build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.REQUIRED));
    }

    @Test
    void requiresASource() {
        assertThatNullPointerException()
                .isThrownBy(() -> IndicatorDefinition.builder("X", "Label", Unit.EUROS).build())
                .withMessage("source");
    }

    @Test
    void copiesItsAliases() {
        List<String> aliases = new ArrayList<>(List.of("A"));
        IndicatorDefinition definition = new IndicatorDefinition("X", "Label", aliases, Unit.COUNT,
                Polarity.NEUTRAL, "COMPAS", null);
        aliases.add("B");

        assertThat(definition.aliases()).containsExactly("A");
    }

    @Test
    void standardDefinitionsSatisfyTheirConstraints() {
        assertThat(StandardIndicators.all())
                .allSatisfy(definition -> assertThat(validator.validate(definition)).isEmpty());
    }

    @Test
    void flagsBlankLabelSourceAndAlias() {
        IndicatorDefinition definition = new IndicatorDefinition("X", " ", List.of("ok", ""), Unit.COUNT,
                Polarity.NEUTRAL, "", null);

        Set<ConstraintViolation<IndicatorDefinition>> violations = validator.validate(definition);

        assertThat(violations).extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("label", "source", "aliases[1].<list element>");
    }

    @Test
    void standardIndicatorsHaveTheSampleCodesUnitsAndPolarities() {
        assertThat(StandardIndicators.all()).extracting(IndicatorDefinition::code)
                .containsExactly("DISP_MED", "DISP_TP60", "DISP_PPSOC", "POP");
        assertThat(StandardIndicators.DISP_MED.unit()).isEqualTo(Unit.EUROS);
        assertThat(StandardIndicators.DISP_MED.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(StandardIndicators.DISP_MED.source()).isEqualTo("INSEE Filosofi");
        assertThat(StandardIndicators.DISP_MED.aliases()).contains("Revenu médian disponible par UC");
        assertThat(StandardIndicators.DISP_TP60.unit()).isEqualTo(Unit.PERCENT);
        assertThat(StandardIndicators.DISP_TP60.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(StandardIndicators.DISP_TP60.aliases()).contains("Taux de pauvreté");
        assertThat(StandardIndicators.DISP_PPSOC.unit()).isEqualTo(Unit.PERCENT);
        assertThat(StandardIndicators.DISP_PPSOC.polarity()).isEqualTo(Polarity.NEUTRAL);
        assertThat(StandardIndicators.POP.unit()).isEqualTo(Unit.COUNT);
        assertThat(StandardIndicators.POP.polarity()).isEqualTo(Polarity.NEUTRAL);
        assertThat(StandardIndicators.POP.label()).isEqualTo("Population municipale");
    }
}
