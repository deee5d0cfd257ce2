package org.politiqueville.core.indicator;

import java.util.Objects;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryRef;

/**
 * What identifies an observation: one indicator, one territory, one period. A set of observations
 * has at most one observation per key.
 *
 * @param indicator the indicator's code, not null
 * @param territory the territory observed, not null
 * @param period    the period observed, not null
 */
public record ObservationKey(String indicator, TerritoryRef territory, Period period) {

    /**
     * Checks the components.
     *
     * @param indicator the indicator's code, not null
     * @param territory the territory observed, not null
     * @param period the period observed, not null
     * @throws NullPointerException if a component is null
     */
    public ObservationKey {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(period, "period");
    }

    /**
     * The key written as {@code indicator@territory@period}, such as
     * {@code DISP_MED@quarter:malakoff@2021}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return indicator + "@" + territory + "@" + period;
    }
}
