package org.politiqueville.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class IndicatorAnalyticsTest {

    private static final TerritoryRef MALAKOFF = TerritoryRef.quarter("malakoff");
    private static final TerritoryRef BELLEVUE = TerritoryRef.quarter("bellevue");
    private static final TerritoryRef BREIL = TerritoryRef.quarter("breil");
    private static final TerritoryRef METROPOLE = TerritoryRef.agglomeration("nantes-metropole");
    private static final Period YEAR_2021 = Period.ofYear(2021);

    private static Observation observation(IndicatorDefinition definition, TerritoryRef territory, int year,
            String value) {
        return Observation.builder(definition.code(), territory, Period.ofYear(year))
                .value(value == null ? null : new BigDecimal(value)).build();
    }

    private static Gap incomeGap(int year, String malakoff, String metropole) {
        return IndicatorAnalytics.gap(StandardIndicators.DISP_MED,
                observation(StandardIndicators.DISP_MED, MALAKOFF, year, malakoff),
                observation(StandardIndicators.DISP_MED, METROPOLE, year, metropole));
    }

    private static void assertCode(Runnable action, ProblemCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void malakoffsMedianIncomeIsWorseThanTheAgglomerations() {
        Gap gap = incomeGap(2021, "12940.5", "24380");

        assertThat(gap.difference()).isEqualByComparingTo("-11439.5");
        assertThat(gap.absoluteDifference()).isEqualByComparingTo("11439.5");
        // 12940.5 / 24380 = 0.530783…
        assertThat(gap.ratio()).isEqualTo(new BigDecimal("0.5308"));
        assertThat(gap.assessment()).isEqualTo(Assessment.WORSE);
        assertThat(gap.indicator()).isEqualTo("DISP_MED");
        assertThat(gap.territory()).isEqualTo(MALAKOFF);
        assertThat(gap.reference()).isEqualTo(METROPOLE);
        assertThat(gap.period()).isEqualTo(YEAR_2021);
        assertThat(gap.territoryValue()).isEqualByComparingTo("12940.5");
        assertThat(gap.referenceValue()).isEqualByComparingTo("24380");
    }

    @Test
    void higherIncomeIsBetterAndEqualValuesAreEqual() {
        assertThat(incomeGap(2021, "26000", "24380").assessment()).isEqualTo(Assessment.BETTER);
        Gap equal = incomeGap(2021, "24380.00", "24380");
        assertThat(equal.assessment()).isEqualTo(Assessment.EQUAL);
        assertThat(equal.ratio()).isEqualTo(new BigDecimal("1.0000"));
    }

    @Test
    void higherPovertyRateIsWorse() {
        Gap gap = IndicatorAnalytics.gap(StandardIndicators.DISP_TP60,
                observation(StandardIndicators.DISP_TP60, MALAKOFF, 2021, "48.2"),
                observation(StandardIndicators.DISP_TP60, METROPOLE, 2021, "10.9"));

        assertThat(gap.difference()).isEqualByComparingTo("37.3");
        // 48.2 / 10.9 = 4.422018…
        assertThat(gap.ratio()).isEqualTo(new BigDecimal("4.4220"));
        assertThat(gap.assessment()).isEqualTo(Assessment.WORSE);
        assertThat(IndicatorAnalytics.gap(StandardIndicators.DISP_TP60,
                observation(StandardIndicators.DISP_TP60, BREIL, 2021, "9.5"),
                observation(StandardIndicators.DISP_TP60, METROPOLE, 2021, "10.9")).assessment())
                .isEqualTo(Assessment.BETTER);
    }

    @Test
    void neutralIndicatorIsNotAssessed() {
        Gap gap = IndicatorAnalytics.gap(StandardIndicators.DISP_PPSOC,
                observation(StandardIndicators.DISP_PPSOC, MALAKOFF, 2021, "30.1"),
                observation(StandardIndicators.DISP_PPSOC, METROPOLE, 2021, "6.2"));

        assertThat(gap.assessment()).isEqualTo(Assessment.NOT_APPLICABLE);
        assertThat(gap.difference()).isEqualByComparingTo("23.9");
    }

    @Test
    void ratioIsNullWhenTheReferenceIsZero() {
        Gap gap = IndicatorAnalytics.gap(StandardIndicators.POP,
                observation(StandardIndicators.POP, MALAKOFF, 2021, "12"),
                observation(StandardIndicators.POP, METROPOLE, 2021, "0"));

        assertThat(gap.ratio()).isNull();
        assertThat(gap.difference()).isEqualByComparingTo("12");
    }

    @Test
    void refusesToCompareDifferentPeriods() {
        assertThatThrownBy(() -> IndicatorAnalytics.gap(StandardIndicators.DISP_MED,
                observation(StandardIndicators.DISP_MED, MALAKOFF, 2021, "12940.5"),
                observation(StandardIndicators.DISP_MED, METROPOLE, 2019, "24000")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.OBSERVATIONS_NOT_COMPARABLE);
                    assertThat(e.details()).containsExactly("2019", "2021");
                });
    }

    @Test
    void refusesToCompareObservationsOfAnotherIndicator() {
        assertCode(() -> IndicatorAnalytics.gap(StandardIndicators.DISP_MED,
                observation(StandardIndicators.DISP_TP60, MALAKOFF, 2021, "48.2"),
                observation(StandardIndicators.DISP_MED, METROPOLE, 2021, "24380")),
                ProblemCode.OBSERVATIONS_NOT_COMPARABLE);
    }

    @Test
    void refusesAGapWithoutValue() {
        Observation secret = Observation.builder("DISP_MED", MALAKOFF, YEAR_2021)
                .confidentiality(Confidentiality.CONFIDENTIAL).build();

        assertThatThrownBy(() -> IndicatorAnalytics.gap(StandardIndicators.DISP_MED, secret,
                observation(StandardIndicators.DISP_MED, METROPOLE, 2021, "24380")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.REQUIRED);
                    assertThat(e.value()).isEqualTo("DISP_MED@quarter:malakoff@2021");
                });
    }

    @Test
    void gapsThatGrowAreWideningWhateverTheOrderGiven() {
        List<Gap> gaps = List.of(incomeGap(2021, "12940.5", "24380"), incomeGap(2015, "12000", "22000"),
                incomeGap(2018, "12500", "23000"));

        // |−10000| in 2015, |−11439.5| in 2021.
        assertThat(IndicatorAnalytics.trend(gaps)).isEqualTo(GapTrend.WIDENING);
    }

    @Test
    void gapsThatShrinkAreNarrowing() {
        List<Gap> gaps = List.of(incomeGap(2015, "12000", "22000"), incomeGap(2021, "15000", "23000"));

        assertThat(IndicatorAnalytics.trend(gaps)).isEqualTo(GapTrend.NARROWING);
    }

    @Test
    void smallChangesWithinTheToleranceAreStable() {
        List<Gap> gaps = List.of(incomeGap(2015, "12000", "23000"), incomeGap(2021, "12000", "23400"));

        assertThat(IndicatorAnalytics.trend(gaps, new BigDecimal("500"))).isEqualTo(GapTrend.STABLE);
        assertThat(IndicatorAnalytics.trend(gaps, new BigDecimal("400"))).isEqualTo(GapTrend.STABLE);
        assertThat(IndicatorAnalytics.trend(gaps, new BigDecimal("399.9"))).isEqualTo(GapTrend.WIDENING);
        assertThat(IndicatorAnalytics.trend(gaps)).isEqualTo(GapTrend.WIDENING);
    }

    @Test
    void trendComparesTheSizeOfTheGapNotItsSign() {
        List<Gap> gaps = List.of(incomeGap(2015, "20000", "22000"), incomeGap(2021, "25000", "23000"));

        assertThat(IndicatorAnalytics.trend(gaps)).isEqualTo(GapTrend.STABLE);
    }

    @Test
    void aSingleGapIsStable() {
        assertThat(IndicatorAnalytics.trend(List.of(incomeGap(2021, "12940.5", "24380"))))
                .isEqualTo(GapTrend.STABLE);
    }

    @Test
    void trendRejectsBadSeries() {
        assertCode(() -> IndicatorAnalytics.trend(List.of()), ProblemCode.INVALID_SIZE);
        assertCode(() -> IndicatorAnalytics.trend(List.of(incomeGap(2021, "1", "2")), new BigDecimal("-1")),
                ProblemCode.OUT_OF_RANGE);
        assertCode(() -> IndicatorAnalytics.trend(List.of(incomeGap(2021, "1", "2"), incomeGap(2021, "1", "3"))),
                ProblemCode.DUPLICATE_OBSERVATION);
        Gap bellevue = IndicatorAnalytics.gap(StandardIndicators.DISP_MED,
                observation(StandardIndicators.DISP_MED, BELLEVUE, 2018, "13000"),
                observation(StandardIndicators.DISP_MED, METROPOLE, 2018, "23000"));
        assertCode(() -> IndicatorAnalytics.trend(List.of(incomeGap(2021, "1", "2"), bellevue)),
                ProblemCode.OBSERVATIONS_NOT_COMPARABLE);
    }

    @Test
    void quartersShareOfThePopulationIsRoundedToOneDecimal() {
        List<Observation> quarters = List.of(observation(StandardIndicators.POP, MALAKOFF, 2021, "20000"),
                observation(StandardIndicators.POP, BELLEVUE, 2021, "35000"),
                observation(StandardIndicators.POP, BREIL, 2021, "17000"));

        // 72000 × 100 / 656275 = 10.971…
        assertThat(IndicatorAnalytics.share(quarters,
                observation(StandardIndicators.POP, METROPOLE, 2021, "656275"))).isEqualTo(new BigDecimal("11.0"));
    }

    @Test
    void shareRoundsHalfToEven() {
        // 1 × 100 / 400 = 0.25 exactly: half-even gives 0.2 where half-up would give 0.3.
        assertThat(IndicatorAnalytics.share(List.of(observation(StandardIndicators.POP, MALAKOFF, 2021, "1")),
                observation(StandardIndicators.POP, METROPOLE, 2021, "400"))).isEqualTo(new BigDecimal("0.2"));
        assertThat(IndicatorAnalytics.share(List.of(),
                observation(StandardIndicators.POP, METROPOLE, 2021, "400"))).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void shareRejectsInconsistentParts() {
        Observation whole = observation(StandardIndicators.POP, METROPOLE, 2021, "656275");
        Observation malakoff = observation(StandardIndicators.POP, MALAKOFF, 2021, "20000");
        assertCode(() -> IndicatorAnalytics.share(List.of(malakoff, malakoff), whole),
                ProblemCode.DUPLICATE_OBSERVATION);
        assertCode(() -> IndicatorAnalytics.share(
                List.of(observation(StandardIndicators.POP, MALAKOFF, 2020, "20000")), whole),
                ProblemCode.OBSERVATIONS_NOT_COMPARABLE);
        assertCode(() -> IndicatorAnalytics.share(
                List.of(observation(StandardIndicators.DISP_MED, MALAKOFF, 2021, "20000")), whole),
                ProblemCode.OBSERVATIONS_NOT_COMPARABLE);
        assertCode(() -> IndicatorAnalytics.share(
                List.of(observation(StandardIndicators.POP, MALAKOFF, 2021, null)), whole),
                ProblemCode.REQUIRED);
        assertCode(() -> IndicatorAnalytics.share(List.of(malakoff),
                observation(StandardIndicators.POP, METROPOLE, 2021, "0")), ProblemCode.OUT_OF_RANGE);
    }
}
