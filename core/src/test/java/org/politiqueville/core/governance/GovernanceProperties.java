package org.politiqueville.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.politiqueville.core.territory.TerritoryKind;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;
import org.politiqueville.core.validation.Severity;

class GovernanceProperties {

    /** Every generated quarter counts as a priority quarter, districts contain none. */
    private static final Predicate<TerritoryRef> QUARTERS_ARE_PRIORITY = territory -> territory.kind() == TerritoryKind.QUARTER;
    private static final Function<TerritoryRef, Set<String>> PRIORITY_QUARTERS_OF =
            territory -> territory.kind() == TerritoryKind.QUARTER ? Set.of(territory.id()) : Set.of();

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeContainer
    static void buildValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterContainer
    static void closeValidator() {
        factory.close();
    }

    @Property
    void generatedCouncilsPassEvenInStrictMode(@ForAll("councils") GovernanceBody council) {
        RuleContext context = RuleContext.strict();

        GovernanceRules.checkBody(council, QUARTERS_ARE_PRIORITY, "bodies[0]", context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Property
    void generatedBodiesPassEvenInStrictMode(@ForAll("bodies") GovernanceBody body) {
        RuleContext context = RuleContext.strict();

        GovernanceRules.checkBody(body, QUARTERS_ARE_PRIORITY, "bodies[0]", context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Property(tries = 200)
    void generatedBodiesSatisfyTheirConstraints(@ForAll("bodies") GovernanceBody body) {
        assertThat(validator.validate(body)).isEmpty();
    }

    @Property
    void generatedMembershipsPass(@ForAll("memberships") Membership membership) {
        RuleContext context = RuleContext.strict();

        GovernanceRules.checkMembership(membership, Set.of(membership.organisation()), "memberships[0]", context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Property
    void residentsMinorityIsAlwaysReported(@ForAll("counts") MemberCount residents,
                                           @ForAll @IntRange(min = 1, max = 30) int surplus,
                                           @ForAll @IntRange(min = 0, max = 100) int womenPercent) {
        int actors = residents.total() + surplus;
        int actorWomen = actors * womenPercent / 100;
        CouncilComposition composition = new CouncilComposition(residents,
                MemberCount.of(actorWomen, actors - actorWomen), ResidentSelection.DRAWN_BY_LOT);
        RuleContext context = RuleContext.lenient();

        GovernanceRules.checkComposition(composition, "bodies[2].composition", context);

        assertThat(context.report().withCode(ProblemCode.RESIDENTS_MINORITY)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("bodies[2].composition");
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.details()).containsExactly(Integer.toString(residents.total()),
                    Integer.toString(residents.total() + actors));
        });
    }

    @Property
    void parityIsReportedExactlyWhenWomenAndMenDifferByMoreThanOne(@ForAll @IntRange(max = 60) int women,
                                                                     @ForAll @IntRange(max = 60) int men,
                                                                     @ForAll @IntRange(max = 5) int others) {
        CouncilComposition composition = new CouncilComposition(new MemberCount(women, men, others),
                MemberCount.NONE, ResidentSelection.DRAWN_BY_LOT);
        RuleContext context = RuleContext.strict();

        GovernanceRules.checkComposition(composition, "composition", context);

        List<Problem> parity = context.report().withCode(ProblemCode.RESIDENTS_PARITY);
        assertThat(parity).hasSize(Math.abs(women - men) > 1 ? 1 : 0);
        assertThat(parity).allSatisfy(problem -> assertThat(problem.severity()).isEqualTo(Severity.ERROR));
    }

    @Property(tries = 300)
    void twoInstalledOpenCouncilsOnOneQuarterAreReportedOnce(@ForAll("installedOpenCouncils") GovernanceBody first,
                                                             @ForAll("installedOpenCouncils") GovernanceBody second) {
        GovernanceBody rival = second.toBuilder().territory(first.territories().get(0)).build();
        RuleContext context = RuleContext.lenient();

        GovernanceRules.checkOneCouncilPerQuarter(List.of(first, rival), PRIORITY_QUARTERS_OF, "bodies", context);

        String quarter = first.territories().get(0).id();
        assertThat(context.report().withCode(ProblemCode.QUARTER_WITH_SEVERAL_COUNCILS))
                .filteredOn(problem -> quarter.equals(problem.value()))
                .singleElement()
                .satisfies(problem -> assertThat(problem.path()).isEqualTo("bodies[1].territories"));
    }

    @Provide
    Arbitrary<GovernanceBody> councils() {
        return GovernanceArbitraries.councils();
    }

    @Provide
    Arbitrary<GovernanceBody> bodies() {
        return GovernanceArbitraries.bodies();
    }

    @Provide
    Arbitrary<Membership> memberships() {
        return GovernanceArbitraries.memberships();
    }

    @Provide
    Arbitrary<GovernanceBody> installedOpenCouncils() {
        return GovernanceArbitraries.councils().filter(council -> !council.isAnnounced() && council.end() == null);
    }

    @Provide
    Arbitrary<MemberCount> counts() {
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 30);
        return Combinators.combine(count, count, Arbitraries.integers().between(0, 3)).as(MemberCount::new);
    }
}
