package org.politiqueville.core.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * The few figures a city team follows: the gap between a quarter and a reference, whether gaps widen
 * over time, and the share of the population living in a set of quarters.
 *
 * <p>Arithmetic is exact {@link BigDecimal} except where stated: differences and sums are exact; a
 * ratio is rounded to {@value #RATIO_SCALE} decimals and a share to {@value #SHARE_SCALE} decimal,
 * both {@link RoundingMode#HALF_EVEN}, from the exact quotient. Values are compared numerically
 * ({@code 12940.5} equals {@code 12940.50}).
 */
public final class IndicatorAnalytics {

    /** The number of decimals of {@link Gap#ratio()}. */
    public static final int RATIO_SCALE = 4;

    /** The number of decimals of a {@linkplain #share(List, Observation) share}, in percent. */
    public static final int SHARE_SCALE = 1;

    /** The rounding of ratios and shares. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorAnalytics() {
    }

    /**
     * The gap between a territory and a reference for one indicator and period: difference
     * (territory − reference, exact), ratio (territory / reference, {@value #RATIO_SCALE} decimals
     * half-even, null if the reference's value is zero) and assessment given the indicator's polarity.
     *
     * @param definition the indicator's definition, not null
     * @param territory  the territory's observation, not null
     * @param reference  the reference's observation, not null
     * @return the gap, not null
     * @throws InvalidValueException with {@link ProblemCode#OBSERVATIONS_NOT_COMPARABLE} if an
     *                               observation is not of the definition's indicator or the periods
     *                               differ, or {@link ProblemCode#REQUIRED} (value: the observation's
     *                               key) if an observation has no value
     */
    public static Gap gap(IndicatorDefinition definition, Observation territory, Observation reference) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(reference, "reference");
        requireSame(definition.code(), territory.indicator());
        requireSame(definition.code(), reference.indicator());
        requireSame(territory.period(), reference.period());
        BigDecimal territoryValue = valueOf(territory);
        BigDecimal referenceValue = valueOf(reference);
        BigDecimal difference = territoryValue.subtract(referenceValue);
        BigDecimal ratio = referenceValue.signum() == 0 ? null
                : territoryValue.divide(referenceValue, RATIO_SCALE, ROUNDING);
        return new Gap(definition.code(), territory.territory(), reference.territory(), territory.period(),
                territoryValue, referenceValue, difference, ratio,
                Assessment.of(difference.signum(), definition.polarity()));
    }

    /**
     * How a gap moved over time, with no tolerance: see {@link #trend(List, BigDecimal)}.
     *
     * @param gaps the gaps of one indicator, territory and reference, in any order, not empty
     * @return the trend, not null
     * @throws InvalidValueException as {@link #trend(List, BigDecimal)} does
     */
    public static GapTrend trend(List<Gap> gaps) {
        return trend(gaps, BigDecimal.ZERO);
    }

    /**
     * How a gap moved over time: the gaps are ordered by period, and the absolute difference of the
     * last is compared with that of the first. Grown by more than the tolerance is
     * {@link GapTrend#WIDENING}, shrunk by more than the tolerance {@link GapTrend#NARROWING}, else
     * {@link GapTrend#STABLE} (always so for a single gap). Only the size of the gap counts: a
     * territory that moves from below to as far above the reference is stable; see
     * {@link Gap#assessment()} for the direction.
     *
     * @param gaps      the gaps of one indicator, territory and reference, in any order, not empty
     * @param tolerance the change in absolute difference still deemed stable, in the indicator's unit,
     *                  not negative
     * @return the trend, not null
     * @throws InvalidValueException with {@link ProblemCode#INVALID_SIZE} if there is no gap,
     *                               {@link ProblemCode#OUT_OF_RANGE} if the tolerance is negative,
     *                               {@link ProblemCode#OBSERVATIONS_NOT_COMPARABLE} if the gaps differ in
     *                               indicator, territory or reference, or
     *                               {@link ProblemCode#DUPLICATE_OBSERVATION} if two share a period
     */
    public static GapTrend trend(List<Gap> gaps, BigDecimal tolerance) {
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(tolerance, "tolerance");
        if (gaps.isEmpty()) {
            throw new InvalidValueException(ProblemCode.INVALID_SIZE, "0", "1", "∞");
        }
        if (tolerance.signum() < 0) {
            throw new InvalidValueException(ProblemCode.OUT_OF_RANGE, tolerance.toPlainString(), "≥ 0");
        }
        Gap model = gaps.get(0);
        Map<Period, Integer> indexByPeriod = new HashMap<>();
        for (int i = 0; i < gaps.size(); i++) {
            Gap gap = gaps.get(i);
            requireSame(model.indicator(), gap.indicator());
            requireSame(model.territory(), gap.territory());
            requireSame(model.reference(), gap.reference());
            Integer first = indexByPeriod.putIfAbsent(gap.period(), i);
            if (first != null) {
                throw new InvalidValueException(ProblemCode.DUPLICATE_OBSERVATION,
                        new ObservationKey(gap.indicator(), gap.territory(), gap.period()).toString(),
                        "gaps[" + first + "]");
            }
        }
        List<Gap> ordered = new ArrayList<>(gaps);
        ordered.sort(Comparator.comparing(Gap::period));
        BigDecimal change = ordered.get(ordered.size() - 1).absoluteDifference()
                .subtract(ordered.get(0).absoluteDifference());
        if (change.compareTo(tolerance) > 0) {
            return GapTrend.WIDENING;
        }
        if (change.negate().compareTo(tolerance) > 0) {
            return GapTrend.NARROWING;
        }
        return GapTrend.STABLE;
    }

    /**
     * The share of a whole that some of its parts make up, in percent: the sum of the parts' values
     * divided by the whole's value, times 100, rounded to {@value #SHARE_SCALE} decimal half-even.
     * With the population of a set of quarters and of the agglomeration, it gives the seed's "11 % of
     * the agglomeration's population".
     *
     * @param parts the observations of the parts, such as quarters, of one indicator and period, each
     *              territory once; not null, may be empty (share 0)
     * @param whole the observation of the whole, such as the agglomeration, same indicator and period,
     *              not null
     * @return the share in percent, not null
     * @throws InvalidValueException with {@link ProblemCode#OBSERVATIONS_NOT_COMPARABLE} if a part
     *                               differs from the whole in indicator or period,
     *                               {@link ProblemCode#DUPLICATE_OBSERVATION} if a territory is counted
     *                               twice, {@link ProblemCode#REQUIRED} if an observation has no
     *                               value, or {@link ProblemCode#OUT_OF_RANGE} if the whole's value is
     *                               zero
     */
    public static BigDecimal share(List<Observation> parts, Observation whole) {
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(whole, "whole");
        BigDecimal wholeValue = valueOf(whole);
        BigDecimal sum = BigDecimal.ZERO;
        Map<TerritoryRef, Integer> indexByTerritory = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Observation part = parts.get(i);
            requireSame(whole.indicator(), part.indicator());
            requireSame(whole.period(), part.period());
            Integer first = indexByTerritory.putIfAbsent(part.territory(), i);
            if (first != null) {
                throw new InvalidValueException(ProblemCode.DUPLICATE_OBSERVATION, part.key().toString(),
                        "parts[" + first + "]");
            }
            sum = sum.add(valueOf(part));
        }
        if (wholeValue.signum() == 0) {
            throw new InvalidValueException(ProblemCode.OUT_OF_RANGE, wholeValue.toPlainString(), "≠ 0");
        }
        return sum.multiply(HUNDRED).divide(wholeValue, SHARE_SCALE, ROUNDING);
    }

    private static BigDecimal valueOf(Observation observation) {
        if (observation.value() == null) {
            throw new InvalidValueException(ProblemCode.REQUIRED, observation.key().toString());
        }
        return observation.value();
    }

    private static void requireSame(Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new InvalidValueException(ProblemCode.OBSERVATIONS_NOT_COMPARABLE, actual.toString(),
                    actual.toString(), expected.toString());
        }
    }
}
