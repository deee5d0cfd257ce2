package org.politiqueville.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryRef;

class ObservationKeyTest {

    @Provide
    Arbitrary<ObservationKey> keys() {
        // Few distinct components, so that equal keys built apart come up often.
        return Combinators.combine(
                Arbitraries.of("DISP_MED", "TX_CHOM", "PART_JEUNES"),
                Arbitraries.of(TerritoryRef.quarter("QN04401M"), TerritoryRef.quarter("QN04402M"),
                        TerritoryRef.commune("44109"), TerritoryRef.district("malakoff")),
                Arbitraries.integers().between(2018, 2021).map(Period::ofYear))
                .as(ObservationKey::new);
    }

    @Property
    void equalKeysShareHashCodeAndCompareAsEqual(@ForAll("keys") ObservationKey a, @ForAll("keys") ObservationKey b) {
        ObservationKey rebuilt = new ObservationKey(new String(a.indicator()),
                TerritoryRef.parse(a.territory().toString()), Period.parse(a.period().toString()));
        assertThat(rebuilt).isEqualTo(a);
        assertThat(rebuilt.hashCode()).isEqualTo(a.hashCode());
        assertThat(rebuilt.compareTo(a)).isZero();
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    /**
     * The record's default hash code (31-based) gave keys of sequential quarter codes and years the
     * same hash by the thousand: about 40 % of a million such keys had a distinct hash.
     */
    @Test
    void keysOfSequentialCodesAndYearsSpreadOverDistinctHashCodes() {
        Set<ObservationKey> keys = new HashSet<>();
        Set<Integer> hashes = new HashSet<>();
        for (int quarter = 0; quarter < 1_600; quarter++) {
            TerritoryRef territory = TerritoryRef.quarter(String.format("QN%03d%02dM", 1 + quarter / 16, quarter % 16));
            for (int indicator = 0; indicator < 24; indicator++) {
                for (int year = 1990; year < 2016; year++) {
                    ObservationKey key = new ObservationKey("IND_" + indicator, territory, Period.ofYear(year));
                    keys.add(key);
                    hashes.add(key.hashCode());
                }
            }
        }
        assertThat(keys).hasSize(1_600 * 24 * 26);
        assertThat(hashes.size()).isGreaterThan(keys.size() * 99 / 100);
    }

    @Test
    void ordersByIndicatorThenTerritoryThenPeriod() {
        ObservationKey key = new ObservationKey("B", TerritoryRef.quarter("QN04402M"), Period.ofYear(2020));
        assertThat(key).isLessThan(new ObservationKey("C", TerritoryRef.quarter("QN04401M"), Period.ofYear(2019)));
        assertThat(key).isLessThan(new ObservationKey("B", TerritoryRef.quarter("QN04403M"), Period.ofYear(2019)));
        assertThat(key).isLessThan(new ObservationKey("B", TerritoryRef.quarter("QN04402M"), Period.ofYear(2021)));
    }
}
