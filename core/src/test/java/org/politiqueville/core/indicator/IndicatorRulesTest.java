package org.politiqueville.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;
import org.politiqueville.core.validation.Severity;
import org.politiqueville.core.validation.ValidationReport;

class IndicatorRulesTest {

    private static final TerritoryRef MALAKOFF = TerritoryRef.quarter("malakoff");
    private static final TerritoryRef DERVALLIERES = TerritoryRef.quarter("dervallieres");
    private static final Period YEAR_2021 = Period.ofYear(2021);
    private static final Function<String, Optional<IndicatorDefinition>> STANDARD =
            StandardIndicators.catalog()::byCode;

    private static Observation.Builder povertyRate(TerritoryRef territory) {
        return Observation.builder("DISP_TP60", territory, YEAR_2021);
    }

    private static ValidationReport checkObservation(Observation observation) {
        RuleContext context = RuleContext.lenient();
        IndicatorRules.checkObservation(observation, STANDARD, "observations[0]", context);
        return context.report();
    }

    private static void assertSingleError(ValidationReport report, ProblemCode code, String path) {
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void acceptsNormalFreeObservationWithValue() {
        assertThat(checkObservation(povertyRate(MALAKOFF).value(new BigDecimal("48.2")).unit(Unit.PERCENT).build())
                .problems()).isEmpty();
    }

    @Test
    void acceptsConfidentialObservationWithoutValue() {
        assertThat(checkObservation(povertyRate(DERVALLIERES).confidentiality(Confidentiality.CONFIDENTIAL).build())
                .problems()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ObservationStatus.class, names = {"MISSING", "NOT_SIGNIFICANT", "NOT_APPLICABLE"})
    void acceptsObservationWithoutValueWhenItsStatusSaysSo(ObservationStatus status) {
        assertThat(checkObservation(povertyRate(MALAKOFF).status(status).build()).problems()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ObservationStatus.class, names = {"MISSING", "NOT_SIGNIFICANT", "NOT_APPLICABLE"})
    void reportsValueOfObservationWhoseStatusSaysNone(ObservationStatus status) {
        ValidationReport report = checkObservation(povertyRate(MALAKOFF).status(status)
                .value(new BigDecimal("48.2")).build());

        assertSingleError(report, ProblemCode.OBSERVATION_VALUE_UNEXPECTED, "observations[0].value");
        assertThat(report.problems().get(0).value()).isEqualTo("48.2");
    }

    @Test
    void reportsValueOfConfidentialObservation() {
        ValidationReport report = checkObservation(povertyRate(DERVALLIERES)
                .confidentiality(Confidentiality.CONFIDENTIAL).value(new BigDecimal("40")).build());

        assertSingleError(report, ProblemCode.OBSERVATION_VALUE_UNEXPECTED, "observations[0].value");
    }

    @ParameterizedTest
    @EnumSource(value = ObservationStatus.class, names = {"NORMAL", "ESTIMATED", "PROVISIONAL"})
    void reportsMissingValueOfFreeObservationWhoseStatusSaysOne(ObservationStatus status) {
        ValidationReport report = checkObservation(povertyRate(MALAKOFF).status(status).build());

        assertSingleError(report, ProblemCode.OBSERVATION_VALUE_MISSING, "observations[0].value");
    }

    @Test
    void reportsPercentAboveHundred() {
        ValidationReport report = checkObservation(povertyRate(MALAKOFF).value(new BigDecimal("124.0")).build());

        assertSingleError(report, ProblemCode.PERCENT_OUT_OF_RANGE, "observations[0].value");
        Problem problem = report.problems().get(0);
        assertThat(problem.value()).isEqualTo("124.0");
        assertThat(problem.details()).containsExactly("0–100");
    }

    @Test
    void reportsNegativePercent() {
        ValidationReport report = checkObservation(povertyRate(MALAKOFF).value(new BigDecimal("-0.1")).build());

        assertSingleError(report, ProblemCode.PERCENT_OUT_OF_RANGE, "observations[0].value");
    }

    @Test
    void acceptsPercentBoundsAndLargeAmountsInEuros() {
        assertThat(checkObservation(povertyRate(MALAKOFF).value(BigDecimal.ZERO).build()).problems()).isEmpty();
        assertThat(checkObservation(povertyRate(MALAKOFF).value(new BigDecimal("100.00")).build()).problems())
                .isEmpty();
        assertThat(checkObservation(Observation.builder("DISP_MED", MALAKOFF, YEAR_2021)
                .value(new BigDecimal("12940.5")).build()).problems()).isEmpty();
    }

    @Test
    void reportsUnitDifferentFromTheIndicatorsWithBothUnits() {
        ValidationReport report = checkObservation(Observation.builder("DISP_MED", MALAKOFF, YEAR_2021)
                .value(new BigDecimal("12940.5")).unit(Unit.PERCENT).build());

        // 12940.5 % is also out of range: the value is read in the unit it was given in.
        assertThat(report.problems()).extracting(Problem::code, Problem::path).containsExactly(
                tuple(ProblemCode.UNIT_MISMATCH, "observations[0].unit"),
                tuple(ProblemCode.PERCENT_OUT_OF_RANGE, "observations[0].value"));
        assertThat(report.problems().get(0).details()).containsExactly("%", "€");
    }

    @Test
    void reportsOnlyUnitMismatchForAValueInRange() {
        ValidationReport report = checkObservation(Observation.builder("POP", MALAKOFF, YEAR_2021)
                .value(new BigDecimal("4210")).unit(Unit.EUROS).build());

        assertSingleError(report, ProblemCode.UNIT_MISMATCH, "observations[0].unit");
        assertThat(report.problems().get(0).details()).containsExactly("€", "nb");
    }

    @Test
    void reportsUnknownIndicatorAtItsCode() {
        ValidationReport report = checkObservation(Observation.builder("TX_CHOMAGE", MALAKOFF, YEAR_2021)
                .value(new BigDecimal("21.0")).build());

        assertSingleError(report, ProblemCode.UNKNOWN_INDICATOR, "observations[0].indicator");
        assertThat(report.problems().get(0).value()).isEqualTo("TX_CHOMAGE");
    }

    @Test
    void reportsTheSecondOfTwoObservationsWithTheSameKey() {
        List<Observation> observations = List.of(
                povertyRate(MALAKOFF).value(new BigDecimal("48.2")).build(),
                povertyRate(DERVALLIERES).confidentiality(Confidentiality.CONFIDENTIAL).build(),
                povertyRate(MALAKOFF).value(new BigDecimal("47.9")).build());
        RuleContext context = RuleContext.lenient();

        IndicatorRules.checkObservations(observations, STANDARD, "observations", context);

        ValidationReport report = context.report();
        assertSingleError(report, ProblemCode.DUPLICATE_OBSERVATION, "observations[2]");
        assertThat(report.problems().get(0).value()).isEqualTo("DISP_TP60@quarter:malakoff@2021");
        assertThat(report.problems().get(0).details()).containsExactly("observations[0]");
    }

    @Test
    void acceptsSameIndicatorAndTerritoryInDifferentPeriods() {
        List<Observation> observations = List.of(
                povertyRate(MALAKOFF).value(new BigDecimal("48.2")).build(),
                Observation.builder("DISP_TP60", MALAKOFF, Period.ofYear(2019)).value(new BigDecimal("47.0")).build());
        RuleContext context = RuleContext.strict();

        IndicatorRules.checkObservations(observations, STANDARD, "observations", context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Test
    void reportsEachBrokenRuleOfAListAtItsElementsPath() {
        List<Observation> observations = List.of(
                povertyRate(MALAKOFF).value(new BigDecimal("48.2")).build(),
                Observation.builder("TX_CHOMAGE", MALAKOFF, YEAR_2021).value(new BigDecimal("21.0")).build(),
                povertyRate(DERVALLIERES).value(new BigDecimal("124.0")).build());
        RuleContext context = RuleContext.lenient();

        IndicatorRules.checkObservations(observations, STANDARD, "observations", context);

        assertThat(context.report().problems()).extracting(Problem::code, Problem::path).containsExactly(
                tuple(ProblemCode.UNKNOWN_INDICATOR, "observations[1].indicator"),
                tuple(ProblemCode.PERCENT_OUT_OF_RANGE, "observations[2].value"));
    }

    @Test
    void rendersTheNewIndicatorMessagesInFrenchAndEnglish() {
        Problem duplicate = Problem.error(ProblemCode.DUPLICATE_OBSERVATION, "observations[2]",
                "DISP_TP60@quarter:malakoff@2021", "observations[0]");
        Problem notComparable = Problem.error(ProblemCode.OBSERVATIONS_NOT_COMPARABLE, "", "2019", "2019", "2021");

        assertThat(duplicate.message(Locale.FRENCH)).isEqualTo(
                "L’observation DISP_TP60@quarter:malakoff@2021 figure deux fois (première occurrence : observations[0]).");
        assertThat(duplicate.message(Locale.ENGLISH)).isEqualTo(
                "The observation DISP_TP60@quarter:malakoff@2021 is given twice (first at observations[0]).");
        assertThat(notComparable.message(Locale.FRENCH))
                .isEqualTo("Impossible de comparer ces observations : 2019 diffère de 2021.");
        assertThat(notComparable.message(Locale.ENGLISH))
                .isEqualTo("The observations cannot be compared: 2019 differs from 2021.");
    }
}
