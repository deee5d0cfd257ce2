package org.politiqueville.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.engagement.Pillar;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.ValidationReport;

class ContractProperties {

    private static final PolitiqueVilleValidator VALIDATOR = PolitiqueVilleValidator.create();

    @Provide
    Arbitrary<CityContract> contracts() {
        return ContractArbitraries.contracts();
    }

    @Property(tries = 200)
    void everyGeneratedContractValidatesWithoutError(@ForAll("contracts") CityContract contract) {
        ValidationReport report = VALIDATOR.validate(contract);

        assertThat(report.isValid()).as(report.format(Locale.ENGLISH)).isTrue();
    }

    @Property(tries = 100)
    void aRepeatedQuarterIsReportedOnceAtTheCopy(@ForAll("contracts") CityContract contract) {
        List<Quarter> quarters = new ArrayList<>(contract.quarters());
        quarters.add(quarters.get(0));
        CityContract broken = CityContract.builder(contract.id(), contract.name()).agglomeration(contract.agglomeration())
                .communes(contract.communes()).quarters(quarters).build();

        assertThat(VALIDATOR.validate(broken).withCode(ProblemCode.DUPLICATE_ID))
                .extracting(Problem::path, Problem::value)
                .containsExactly(tuple("quarters[" + contract.quarters().size() + "].id", quarters.get(0).id()));
    }

    @Property(tries = 100)
    void anEngagementSignedByAnUnknownBodyIsReportedAtItsSignatory(@ForAll("contracts") CityContract contract) {
        Engagement orphan = Engagement.builder("orphan", "Sans signataire connu", Pillar.SOCIAL_COHESION)
                .signatories(List.of("ghost")).build();
        List<Engagement> engagements = new ArrayList<>(contract.engagements());
        engagements.add(orphan);
        CityContract broken = CityContract.builder(contract.id(), contract.name()).agglomeration(contract.agglomeration())
                .communes(contract.communes()).quarters(contract.quarters()).districts(contract.districts())
                .bodies(contract.bodies()).indicators(contract.indicators()).engagements(engagements).build();

        assertThat(VALIDATOR.validate(broken).errors()).extracting(Problem::code, Problem::path).containsExactly(
                tuple(ProblemCode.DANGLING_REFERENCE, "engagements[" + contract.engagements().size() + "].signatories[0]"));
    }
}
