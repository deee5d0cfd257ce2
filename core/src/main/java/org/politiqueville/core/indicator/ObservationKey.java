package org.politiqueville.core.indicator;

import java.util.Comparator;
import java.util.Objects;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryRef;

/**
 * What identifies an observation: one indicator, one territory, one period. A set of observations
 * has at most one observation per key.
 *
 * <p>Keys are ordered by indicator code, then territory, then period, consistently with
 * {@link #equals(Object)}.
 *
 * @param indicator the indicator's code, not null
 * @param territory the territory observed, not null
 * @param period    the period observed, not null
 */
public record ObservationKey(String indicator, TerritoryRef territory, Period period)
        implements Comparable<ObservationKey> {

    private static final Comparator<ObservationKey> ORDER = Comparator.comparing(ObservationKey::indicator)
            .thenComparing(ObservationKey::territory)
            .thenComparing(ObservationKey::period);

    /** An odd constant with well-spread bits (2^32 divided by the golden ratio). */
    private static final int MIX = 0x9E3779B9;

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
     * A hash code of the three components, combined by a large odd multiplier instead of the
     * record's default 31: territory codes and years run in sequence, and 31-based sums of their
     * hash codes collide by the thousand (the keys of a generated national file of four million
     * observations shared 1.3 million hash codes, up to 20 keys on one), which turned the duplicate
     * check's hash map into long chains.
     *
     * @return the hash code, equal for equal keys
     */
    @Override
    public int hashCode() {
        int hash = indicator.hashCode();
        hash = hash * MIX + territory.hashCode();
        hash = hash * MIX + period.hashCode();
        return hash ^ (hash >>> 16);
    }

    /**
     * Orders keys by indicator code, then territory, then period; zero exactly for equal keys. The
     * order also keeps hash maps fast when keys do share a hash code.
     *
     * @param other the key to compare with, not null
     * @return negative, zero or positive as this key comes before, with or after the other
     */
    @Override
    public int compareTo(ObservationKey other) {
        return ORDER.compare(this, other);
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
