package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.contract.PolitiqueVilleValidator;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.Population;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.TerritoryArbitraries;

/**
 * The default options let mappers check simple entities by hand; a validator the caller gives
 * always runs in full. Either way a row maps to the same outcome.
 */
class MappingOptionsTest {

    private static final CityContract NANTES = NantesMetropole.contract();
    private static final MappingOptions DEFAULTS = MappingOptions.defaults();
    private static final MappingOptions GIVEN = MappingOptions.builder().validator(PolitiqueVilleValidator.create())
            .build();

    @Example
    void defaultOptionsCheckByHandAndGivenValidatorsDoNot() {
        assertThat(DEFAULTS.checksByHand()).isTrue();
        assertThat(MappingOptions.builder().strict(true).build().checksByHand()).isTrue();
        assertThat(GIVEN.checksByHand()).isFalse();
        assertThat(MappingOptions.builder().validator(PolitiqueVilleValidator.create()).strict(false).build()
                .checksByHand()).isTrue();
    }

    @Example
    void strictOptionsHaveAStrictValidator() {
        MappingOptions strict = MappingOptions.builder().strict(true).build();
        assertThat(strict.isStrict()).isTrue();
        assertThat(strict.validator().isStrict()).isTrue();
        assertThat(DEFAULTS.isStrict()).isFalse();
        assertThat(DEFAULTS.validator().isStrict()).isFalse();
        MappingOptions given = MappingOptions.builder().validator(PolitiqueVilleValidator.builder().strict(true).build())
                .build();
        assertThat(given.isStrict()).isTrue();
    }

    @Example
    void theDefaultValidatorIsBuiltOnce() {
        MappingOptions options = MappingOptions.defaults();
        assertThat(options.validator()).isSameAs(options.validator());
    }

    @Property(tries = 300)
    void rowsMapAlikeWithHandChecksAndWithBeanValidation(@ForAll("quarters") Quarter quarter,
                                                         @ForAll boolean strict) {
        MappingOptions fast = MappingOptions.builder().strict(strict).build();
        MappingOptions full = MappingOptions.builder()
                .validator(PolitiqueVilleValidator.builder().strict(strict).build()).build();
        RecordMapper<Quarter> byHand = RecordMappers.quarters(NANTES, fast);
        RecordMapper<Quarter> byProvider = RecordMappers.quarters(NANTES, full);
        List<String> cells = byHand.format(quarter, CellStyle.FRENCH);
        ColumnMapping mapping = HeaderMapping.resolve(byHand.kind(), byHand.columns(), "q.csv", 1);
        assertThat(byHand.map(mapping, cells, 2, "q.csv")).isEqualTo(byProvider.map(mapping, cells, 2, "q.csv"));
    }

    @Provide
    Arbitrary<Quarter> quarters() {
        Arbitrary<Population> populations = Combinators.combine(Arbitraries.longs().between(-100, 50_000),
                Arbitraries.integers().between(1990, 2030)).as(Population::new).injectNull(0.2);
        return Combinators.combine(TerritoryArbitraries.quarters(), populations)
                .as((quarter, population) -> quarter.toBuilder().population(population).build());
    }
}
