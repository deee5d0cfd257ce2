package org.politiqueville.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.validation.RuleContext;

class IndicatorProperties {

    /** Half a unit in the last decimal of a ratio. */
    private static final BigDecimal HALF_ULP = new BigDecimal("0.00005");

    @Provide
    Arbitrary<Tuple2<IndicatorDefinition, Observation>> definedObservations() {
        return IndicatorArbitraries.definitions()
                .flatMap(definition -> IndicatorArbitraries.observations(definition)
                        .map(observation -> Tuple.of(definition, observation)));
    }

    // Fewer tries: every try builds a definition's own observation generator.
    @Property(tries = 300)
    void generatedObservationsPassTheRules(@ForAll("definedObservations") Tuple2<IndicatorDefinition, Observation> pair) {
        RuleContext context = RuleContext.strict();

        IndicatorRules.checkObservation(pair.get2(), code -> Optional.of(pair.get1()), "observation", context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Provide
    Arbitrary<List<Observation>> standardObservationLists() {
        return IndicatorArbitraries.observations().list().ofMaxSize(20).uniqueElements(Observation::key);
    }

    @Property(tries = 200)
    void generatedListsOfStandardObservationsPassTheRules(
            @ForAll("standardObservationLists") List<Observation> observations) {
        RuleContext context = RuleContext.strict();

        IndicatorRules.checkObservations(observations, StandardIndicators.catalog()::byCode, "observations",
                context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000"))
                .ofScale(3);
    }

    @Property
    void ratioTimesReferenceGivesBackTheTerritoryWithinRounding(@ForAll("amounts") BigDecimal territory,
            @ForAll("amounts") BigDecimal reference) {
        Assume.that(reference.signum() != 0);
        TerritoryRef quarter = TerritoryRef.quarter("q");
        TerritoryRef agglomeration = TerritoryRef.agglomeration("a");
        Period period = Period.ofYear(2021);
        IndicatorDefinition definition = StandardIndicators.DISP_MED;

        Gap gap = IndicatorAnalytics.gap(definition,
                Observation.builder(definition.code(), quarter, period).value(territory).build(),
                Observation.builder(definition.code(), agglomeration, period).value(reference).build());

        assertThat(gap.ratio().scale()).isEqualTo(IndicatorAnalytics.RATIO_SCALE);
        assertThat(gap.ratio().multiply(reference).subtract(territory).abs())
                .isLessThanOrEqualTo(HALF_ULP.multiply(reference.abs()));
        assertThat(gap.difference().add(reference)).isEqualByComparingTo(territory);
    }

    @Property(tries = 300)
    void everyNameOfADefinitionFindsIt(@ForAll("definitionsWithName") Tuple2<IndicatorDefinition, String> pair) {
        IndicatorCatalog catalog = IndicatorCatalog.of(pair.get1());

        assertThat(catalog.find(pair.get2())).contains(pair.get1());
        assertThat(catalog.find(pair.get2().toUpperCase(Locale.ROOT))).contains(pair.get1());
    }

    @Provide
    Arbitrary<Tuple2<IndicatorDefinition, String>> definitionsWithName() {
        return IndicatorArbitraries.definitions()
                .filter(definition -> definition.names().stream()
                        .noneMatch(name -> NameKey.of(name).isEmpty()))
                .flatMap(definition -> Arbitraries.of(definition.names()).map(name -> Tuple.of(definition, name)));
    }

    @Property
    void everyUnitReadsBackItsSymbolInAnyCase(@ForAll Unit unit, @ForAll boolean upper) {
        String symbol = upper ? unit.symbol().toUpperCase(Locale.ROOT) : unit.symbol();

        assertThat(Unit.parse(symbol)).isEqualTo(unit);
    }

    @Provide
    Arbitrary<List<Gap>> gapSeries() {
        return Combinators.combine(amounts(), amounts()).as((territory, reference) -> Tuple.of(territory, reference))
                .list().ofMinSize(1).ofMaxSize(6)
                .map(values -> {
                    IndicatorDefinition definition = StandardIndicators.DISP_MED;
                    List<Gap> gaps = new ArrayList<>();
                    for (int i = 0; i < values.size(); i++) {
                        Period period = Period.ofYear(2015 + i);
                        gaps.add(IndicatorAnalytics.gap(definition,
                                Observation.builder(definition.code(), TerritoryRef.quarter("q"), period)
                                        .value(values.get(i).get1()).build(),
                                Observation.builder(definition.code(), TerritoryRef.agglomeration("a"), period)
                                        .value(values.get(i).get2()).build()));
                    }
                    return gaps;
                });
    }

    @Property(tries = 300)
    void trendDoesNotDependOnTheOrderOfTheGaps(@ForAll("gapSeries") List<Gap> gaps) {
        List<Gap> reversed = new ArrayList<>(gaps);
        Collections.reverse(reversed);

        assertThat(IndicatorAnalytics.trend(reversed)).isEqualTo(IndicatorAnalytics.trend(gaps));
    }
}
