package org.politiqueville.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.validation.RuleContext;

class TerritoryRulesProperties {

    @Property(tries = 300)
    void generatedQuartersBreakNoRule(@ForAll("quarters") Quarter quarter) {
        RuleContext context = RuleContext.strict();

        TerritoryRules.checkQuarter(quarter, "quarters[0]", context);
        TerritoryRules.checkQuarterCommunes(quarter, "quarters[0]", Set.copyOf(quarter.communes()), context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Property(tries = 300)
    void generatedDistrictsBreakNoRuleAgainstTheirQuarters(@ForAll("districts") District district) {
        RuleContext context = RuleContext.strict();

        TerritoryRules.checkDistrict(district, "districts[0]", Set.copyOf(district.quarterIds()), context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Property(tries = 300)
    void quarterRoundTripsThroughItsBuilder(@ForAll("quarters") Quarter quarter) {
        assertThat(quarter.toBuilder().build()).isEqualTo(quarter);
    }

    @Provide
    Arbitrary<Quarter> quarters() {
        return TerritoryArbitraries.quarters();
    }

    @Provide
    Arbitrary<District> districts() {
        return TerritoryArbitraries.districts();
    }
}
