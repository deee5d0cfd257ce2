package org.politiqueville.core.indicator;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryRef;

/**
 * jqwik generators of valid indicator definitions and observations: every generated observation
 * passes {@link IndicatorRules} against the definition it was generated for.
 */
public final class IndicatorArbitraries {

    // Built once: jqwik caches generators per arbitrary instance, and observations(definition) is
    // called for every generated definition.
    private static final Arbitrary<TerritoryRef> TERRITORIES = territoryArbitrary();
    private static final Arbitrary<Period> PERIODS = periodArbitrary();
    private static final Map<Unit, Arbitrary<BigDecimal>> VALUES = valueArbitraries();

    private IndicatorArbitraries() {
    }

    /**
     * Valid definitions: an upper-case code, a label and up to three aliases, any unit and polarity,
     * one of the usual sources, a description or none.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IndicatorDefinition> definitions() {
        Arbitrary<String> codes = Arbitraries.strings().withCharRange('A', 'Z').withChars('_', '0', '1', '6')
                .ofMinLength(1).ofMaxLength(12).filter(code -> Character.isLetter(code.charAt(0)));
        Arbitrary<String> names = Arbitraries.strings().alpha().withChars(' ', 'é', 'è', '%', '\'')
                .ofMinLength(1).ofMaxLength(40).filter(name -> !name.isBlank());
        return Combinators.combine(codes, names, names.list().ofMaxSize(3), Arbitraries.of(Unit.class),
                        Arbitraries.of(Polarity.class), Arbitraries.of("INSEE Filosofi", "COMPAS", "Baromètre GUSP"),
                        names.injectNull(0.5))
                .as(IndicatorDefinition::new);
    }

    /**
     * Territories of every kind, including the reference territory "France métropolitaine, unités
     * urbaines".
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<TerritoryRef> territories() {
        return TERRITORIES;
    }

    private static Arbitrary<TerritoryRef> territoryArbitrary() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').withChars('-').ofMinLength(1)
                .ofMaxLength(20);
        return Arbitraries.oneOf(
                ids.map(TerritoryRef::quarter),
                ids.map(TerritoryRef::district),
                Arbitraries.strings().numeric().ofLength(5).map(TerritoryRef::commune),
                ids.map(TerritoryRef::agglomeration),
                Arbitraries.just(TerritoryRef.reference("France métropolitaine, unités urbaines")));
    }

    /**
     * Periods: single years and ranges of up to six years, between 2000 and 2035.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Period> periods() {
        return PERIODS;
    }

    private static Arbitrary<Period> periodArbitrary() {
        Arbitrary<Integer> years = Arbitraries.integers().between(2000, 2030);
        return Arbitraries.oneOf(
                years.map(Period::ofYear),
                Combinators.combine(years, Arbitraries.integers().between(0, 5))
                        .as((start, length) -> Period.ofYears(start, start + length)));
    }

    /**
     * Plausible values in a unit: percentages within 0–100, non-negative amounts, counts and ages.
     *
     * @param unit the unit, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<BigDecimal> values(Unit unit) {
        return VALUES.get(unit);
    }

    private static Map<Unit, Arbitrary<BigDecimal>> valueArbitraries() {
        Map<Unit, Arbitrary<BigDecimal>> values = new EnumMap<>(Unit.class);
        for (Unit unit : Unit.values()) {
            values.put(unit, valueArbitrary(unit));
        }
        return values;
    }

    private static Arbitrary<BigDecimal> valueArbitrary(Unit unit) {
        return switch (unit) {
            case EUROS -> decimals("0", "100000", 1);
            case PERCENT -> decimals("0", "100", 1);
            case COUNT -> Arbitraries.longs().between(0, 2_000_000).map(BigDecimal::valueOf);
            case RATIO -> decimals("0", "50", 2);
            case YEARS -> decimals("0", "120", 1);
            case OTHER -> decimals("-1000000", "1000000", 2);
        };
    }

    private static Arbitrary<BigDecimal> decimals(String min, String max, int scale) {
        return Arbitraries.bigDecimals().between(new BigDecimal(min), new BigDecimal(max)).ofScale(scale);
    }

    /**
     * Valid observations of the given indicator: its code, its unit or none, a value exactly when the
     * status and confidentiality call for one, a source or none.
     *
     * @param definition the indicator's definition, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Observation> observations(IndicatorDefinition definition) {
        Arbitrary<ObservationStatus> statuses = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(ObservationStatus.NORMAL)),
                Tuple.of(3, Arbitraries.of(ObservationStatus.class)));
        Arbitrary<Confidentiality> confidentialities = Arbitraries.of(Confidentiality.FREE, Confidentiality.FREE,
                Confidentiality.CONFIDENTIAL);
        return Combinators.combine(territories(), periods(), values(definition.unit()),
                        Arbitraries.of(definition.unit()).injectNull(0.5), statuses, confidentialities,
                        Arbitraries.of("INSEE Filosofi 2021", "COMPAS").injectNull(0.7))
                .as((territory, period, value, unit, status, confidentiality, source) -> Observation
                        .builder(definition.code(), territory, period)
                        .value(status.hasValue() && confidentiality == Confidentiality.FREE ? value : null)
                        .unit(unit).status(status).confidentiality(confidentiality).source(source)
                        .build());
    }

    /**
     * Valid observations of the {@linkplain StandardIndicators standard indicators}, consistent with
     * {@link StandardIndicators#catalog()}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Observation> observations() {
        return Arbitraries.of(StandardIndicators.all()).flatMap(IndicatorArbitraries::observations);
    }
}
