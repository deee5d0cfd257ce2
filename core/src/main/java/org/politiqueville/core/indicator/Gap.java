package org.politiqueville.core.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryRef;

/**
 * The gap between a territory and a reference territory for one indicator and one period, such as
 * Malakoff's median income against the agglomeration's in 2021. Computed by
 * {@link IndicatorAnalytics#gap(IndicatorDefinition, Observation, Observation)}.
 *
 * @param indicator      the indicator's code, not null
 * @param territory      the territory compared, not null
 * @param reference      the reference territory, not null
 * @param period         the period, not null
 * @param territoryValue the territory's value, not null
 * @param referenceValue the reference's value, not null
 * @param difference     territory − reference, exact, in the indicator's unit (percentage points for
 *                       a percentage), not null
 * @param ratio          territory / reference, rounded to {@value IndicatorAnalytics#RATIO_SCALE}
 *                       decimals half-even; null when the reference's value is zero
 * @param assessment     whether the territory fares better or worse, given the indicator's polarity,
 *                       not null
 */
public record Gap(
        String indicator,
        TerritoryRef territory,
        TerritoryRef reference,
        Period period,
        BigDecimal territoryValue,
        BigDecimal referenceValue,
        BigDecimal difference,
        BigDecimal ratio,
        Assessment assessment) {

    /**
     * Checks the components.
     *
     * @param indicator the indicator's code, not null
     * @param territory the territory compared, not null
     * @param reference the reference territory, not null
     * @param period the period, not null
     * @param territoryValue the territory's value, not null
     * @param referenceValue the reference's value, not null
     * @param difference territory − reference, exact, in the indicator's unit (percentage points for a percentage), not null
     * @param ratio territory / reference, rounded to {@value IndicatorAnalytics#RATIO_SCALE} decimals half-even; null when the reference's value is zero
     * @param assessment whether the territory fares better or worse, given the indicator's polarity, not null
     * @throws NullPointerException if a component other than {@code ratio} is null
     */
    public Gap {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(territoryValue, "territoryValue");
        Objects.requireNonNull(referenceValue, "referenceValue");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(assessment, "assessment");
    }

    /**
     * The size of the gap whatever its direction.
     *
     * @return |difference|, not null
     */
    public BigDecimal absoluteDifference() {
        return difference.abs();
    }
}
