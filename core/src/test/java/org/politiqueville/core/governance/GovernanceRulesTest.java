package org.politiqueville.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.id.Siren;
import org.politiqueville.core.territory.TerritoryKind;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;
import org.politiqueville.core.validation.Severity;
import org.politiqueville.core.validation.ValidationReport;

class GovernanceRulesTest {

    /**
     * The seed's priority quarters. Which quarters make up the Nantes Nord and Nantes Erdre districts
     * is illustrative here: the seed page does not say.
     */
    private static final Set<String> PRIORITY_QUARTERS = Set.of("bellevue", "dervallieres", "breil",
            "bout-des-landes", "boissiere", "port-boyer", "clos-toreau", "ranzay", "malakoff", "bottiere-pin-sec",
            "halveque", "petite-sensive", "plaisance", "chateau", "sillon");
    private static final Map<String, Set<String>> DISTRICTS = Map.of(
            "nantes-nord", Set.of("bout-des-landes", "boissiere", "petite-sensive"),
            "nantes-erdre", Set.of("port-boyer", "ranzay", "halveque"));

    private static final Function<TerritoryRef, Set<String>> PRIORITY_QUARTERS_OF = territory -> switch (territory.kind()) {
        case QUARTER -> PRIORITY_QUARTERS.contains(territory.id()) ? Set.of(territory.id()) : Set.of();
        case DISTRICT -> DISTRICTS.getOrDefault(territory.id(), Set.of());
        default -> Set.of();
    };
    private static final Predicate<TerritoryRef> COVERS_PRIORITY_QUARTER =
            territory -> !PRIORITY_QUARTERS_OF.apply(territory).isEmpty();

    private static final CouncilComposition VALID_COMPOSITION = new CouncilComposition(
            MemberCount.of(6, 6), MemberCount.of(5, 4), ResidentSelection.DRAWN_BY_LOT);

    // ---- sample ------------------------------------------------------------------------------------

    @Test
    void nantesSampleHasNoProblemEvenInStrictMode() {
        for (RuleContext context : List.of(RuleContext.lenient(), RuleContext.strict())) {
            GovernanceRules.checkBodies(nantesBodies(), PRIORITY_QUARTERS_OF, "bodies", context);
            GovernanceRules.checkMemberships(nantesMemberships(), bodyIds(nantesBodies()), "memberships", context);

            assertThat(context.report().problems()).isEmpty();
        }
    }

    @Test
    void nantesSampleHasElevenCouncilsTwoOfThemAnnounced() {
        List<GovernanceBody> councils = nantesBodies().stream().filter(GovernanceBody::isCitizensCouncil).toList();

        assertThat(councils).hasSize(11);
        assertThat(councils).filteredOn(GovernanceBody::isAnnounced).extracting(GovernanceBody::id)
                .containsExactly("nantes-erdre", "clos-toreau");
        assertThat(nantesBodies()).filteredOn(body -> body.kind() == BodyKind.ASSOCIATIONS_COLLECTIVE)
                .singleElement().satisfies(collective -> assertThat(collective.members()).hasSize(17));
    }

    // ---- a council covers a priority quarter ---------------------------------------------------

    @Test
    void reportsCouncilCoveringOnlyAWatchQuarter() {
        List<GovernanceBody> bodies = replace(nantesBodies(), 2, council("sillon", 2016)
                .territories(List.of(TerritoryRef.quarter("watch-quarter"))).build());

        assertOnly(lenient(bodies), ProblemCode.COUNCIL_WITHOUT_PRIORITY_QUARTER, "bodies[2].territories",
                Severity.WARNING);
        assertOnly(strict(bodies), ProblemCode.COUNCIL_WITHOUT_PRIORITY_QUARTER, "bodies[2].territories",
                Severity.ERROR);
    }

    @Test
    void reportsCouncilCoveringNothing() {
        GovernanceBody council = council("sillon", 2016).territories(List.of()).build();
        RuleContext context = RuleContext.lenient();

        GovernanceRules.checkCoversPriorityQuarter(council, COVERS_PRIORITY_QUARTER, "bodies[0]", context);

        assertOnly(context.report(), ProblemCode.COUNCIL_WITHOUT_PRIORITY_QUARTER, "bodies[0].territories",
                Severity.WARNING);
        assertThat(context.report().problems().get(0).value()).isEqualTo("sillon");
    }

    @Test
    void acceptsCouncilCoveringADistrictThatContainsPriorityQuarters() {
        GovernanceBody council = council("nantes-nord", 2016).territories(List.of(TerritoryRef.district("nantes-nord")))
                .build();
        RuleContext context = RuleContext.strict();

        GovernanceRules.checkCoversPriorityQuarter(council, COVERS_PRIORITY_QUARTER, "bodies[1]", context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Test
    void doesNotAskOtherBodiesToCoverAPriorityQuarter() {
        GovernanceBody committee = GovernanceBody.builder("copil", "Comité de pilotage", BodyKind.STEERING_COMMITTEE)
                .build();
        RuleContext context = RuleContext.strict();

        GovernanceRules.checkBody(committee, COVERS_PRIORITY_QUARTER, "bodies[0]", context);

        assertThat(context.report().problems()).isEmpty();
    }

    // ---- one council per quarter at a time ----------------------------------------------------------

    @Test
    void reportsTwoCouncilsOnOneQuarterAtTheSameTime() {
        List<GovernanceBody> bodies = new ArrayList<>(nantesBodies());
        bodies.add(council("malakoff-bis", 2018).territory(TerritoryRef.quarter("malakoff")).build());
        int added = bodies.size() - 1;

        ValidationReport lenient = lenient(bodies);
        assertOnly(lenient, ProblemCode.QUARTER_WITH_SEVERAL_COUNCILS, "bodies[" + added + "].territories",
                Severity.WARNING);
        assertThat(lenient.problems().get(0).value()).isEqualTo("malakoff");
        assertThat(lenient.problems().get(0).details()).containsExactly("malakoff, malakoff-bis");
        assertOnly(strict(bodies), ProblemCode.QUARTER_WITH_SEVERAL_COUNCILS, "bodies[" + added + "].territories",
                Severity.ERROR);
    }

    @Test
    void reportsACouncilOnADistrictOverlappingACouncilOnOneOfItsQuarters() {
        List<GovernanceBody> bodies = List.of(
                council("boissiere", 2016).territory(TerritoryRef.quarter("boissiere")).build(),
                council("nantes-nord", 2017).territory(TerritoryRef.district("nantes-nord")).build());
        RuleContext context = RuleContext.lenient();

        GovernanceRules.checkOneCouncilPerQuarter(bodies, PRIORITY_QUARTERS_OF, "bodies", context);

        assertOnly(context.report(), ProblemCode.QUARTER_WITH_SEVERAL_COUNCILS, "bodies[1].territories",
                Severity.WARNING);
        assertThat(context.report().problems().get(0).value()).isEqualTo("boissiere");
    }

    @Test
    void acceptsASuccessorInstalledTheYearItsPredecessorEnded() {
        List<GovernanceBody> bodies = List.of(
                council("malakoff", 2016).territory(TerritoryRef.quarter("malakoff"))
                        .end(ReducedDate.ofYear(2018)).build(),
                council("malakoff-2", 2018).territory(TerritoryRef.quarter("malakoff")).build());
        RuleContext context = RuleContext.strict();

        GovernanceRules.checkOneCouncilPerQuarter(bodies, PRIORITY_QUARTERS_OF, "bodies", context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Test
    void reportsASuccessorInstalledBeforeItsPredecessorEnded() {
        List<GovernanceBody> bodies = List.of(
                council("malakoff", 2016).territory(TerritoryRef.quarter("malakoff"))
                        .end(ReducedDate.ofMonth(2018, 6)).build(),
                council("malakoff-2", 2018).territory(TerritoryRef.quarter("malakoff"))
                        .installation(ReducedDate.ofMonth(2018, 3)).build());
        RuleContext context = RuleContext.lenient();

        GovernanceRules.checkOneCouncilPerQuarter(bodies, PRIORITY_QUARTERS_OF, "bodies", context);

        assertOnly(context.report(), ProblemCode.QUARTER_WITH_SEVERAL_COUNCILS, "bodies[1].territories",
                Severity.WARNING);
    }

    @Test
    void ignoresAnAnnouncedCouncilOnAQuarterThatAlreadyHasOne() {
        List<GovernanceBody> bodies = List.of(
                council("malakoff", 2016).territory(TerritoryRef.quarter("malakoff")).build(),
                council("malakoff-2", 2016).installation(null).territory(TerritoryRef.quarter("malakoff")).build());
        RuleContext context = RuleContext.strict();

        GovernanceRules.checkOneCouncilPerQuarter(bodies, PRIORITY_QUARTERS_OF, "bodies", context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Test
    void ignoresOtherBodiesOnTheSameQuarter() {
        List<GovernanceBody> bodies = List.of(
                council("malakoff", 2016).territory(TerritoryRef.quarter("malakoff")).build(),
                GovernanceBody.builder("atelier", "Atelier Malakoff", BodyKind.THEMATIC_WORKING_GROUP)
                        .installation(ReducedDate.ofYear(2017)).territory(TerritoryRef.quarter("malakoff")).build());
        RuleContext context = RuleContext.strict();

        GovernanceRules.checkOneCouncilPerQuarter(bodies, PRIORITY_QUARTERS_OF, "bodies", context);

        assertThat(context.report().problems()).isEmpty();
    }

    // ---- composition -------------------------------------------------------------------------------

    @Test
    void reportsResidentsMinority() {
        List<GovernanceBody> bodies = withComposition(new CouncilComposition(
                MemberCount.of(4, 4), MemberCount.of(5, 4), ResidentSelection.DRAWN_BY_LOT));

        ValidationReport lenient = lenient(bodies);
        assertOnly(lenient, ProblemCode.RESIDENTS_MINORITY, "bodies[0].composition", Severity.WARNING);
        assertThat(lenient.problems().get(0).details()).containsExactly("8", "17");
        assertOnly(strict(bodies), ProblemCode.RESIDENTS_MINORITY, "bodies[0].composition", Severity.ERROR);
    }

    @Test
    void acceptsResidentsMakingUpExactlyHalf() {
        RuleContext context = RuleContext.strict();

        GovernanceRules.checkComposition(new CouncilComposition(MemberCount.of(4, 4), MemberCount.of(5, 3), null),
                "composition", context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Test
    void reportsResidentsCollegeWithoutParity() {
        List<GovernanceBody> bodies = withComposition(new CouncilComposition(
                MemberCount.of(8, 4), MemberCount.of(3, 3), ResidentSelection.DRAWN_BY_LOT));

        ValidationReport lenient = lenient(bodies);
        assertOnly(lenient, ProblemCode.RESIDENTS_PARITY, "bodies[0].composition", Severity.WARNING);
        assertThat(lenient.problems().get(0).details()).containsExactly("8", "4");
        assertOnly(strict(bodies), ProblemCode.RESIDENTS_PARITY, "bodies[0].composition", Severity.ERROR);
    }

    @Test
    void acceptsAnOddResidentsCollegeAndIgnoresUnspecifiedGender() {
        RuleContext context = RuleContext.strict();

        GovernanceRules.checkComposition(new CouncilComposition(new MemberCount(5, 4, 3), MemberCount.NONE,
                ResidentSelection.DRAWN_BY_LOT), "composition", context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Test
    void reportsResidentsWhoAreVolunteersOnly() {
        List<GovernanceBody> bodies = withComposition(new CouncilComposition(
                MemberCount.of(6, 6), MemberCount.of(3, 3), ResidentSelection.VOLUNTEERS_ONLY));

        assertOnly(lenient(bodies), ProblemCode.RESIDENTS_VOLUNTEERS_ONLY, "bodies[0].composition", Severity.WARNING);
        assertOnly(strict(bodies), ProblemCode.RESIDENTS_VOLUNTEERS_ONLY, "bodies[0].composition", Severity.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DRAWN_BY_LOT", "DRAWN_BY_LOT_AND_VOLUNTEERS"})
    void acceptsResidentsDrawnByLot(String selection) {
        RuleContext context = RuleContext.strict();

        GovernanceRules.checkComposition(new CouncilComposition(MemberCount.of(6, 6), MemberCount.of(3, 3),
                ResidentSelection.valueOf(selection)), "composition", context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Test
    void reportsCompositionOnABodyThatIsNotACouncilAsAnErrorEvenWhenLenient() {
        GovernanceBody committee = GovernanceBody.builder("copil", "Comité de pilotage", BodyKind.STEERING_COMMITTEE)
                .composition(new CouncilComposition(MemberCount.of(9, 1), MemberCount.of(20, 20),
                        ResidentSelection.VOLUNTEERS_ONLY))
                .build();
        RuleContext context = RuleContext.lenient();

        GovernanceRules.checkBody(committee, COVERS_PRIORITY_QUARTER, "bodies[3]", context);

        assertOnly(context.report(), ProblemCode.COMPOSITION_NOT_APPLICABLE, "bodies[3].composition", Severity.ERROR);
        assertThat(context.report().problems().get(0).details()).containsExactly("STEERING_COMMITTEE");
    }

    // ---- dates -------------------------------------------------------------------------------------

    @Test
    void reportsBodyEndingBeforeItsInstallationAsAnErrorEvenWhenLenient() {
        List<GovernanceBody> bodies = replace(nantesBodies(), 4, nantesBodies().get(4).toBuilder()
                .end(ReducedDate.ofYear(2015)).build());

        ValidationReport report = lenient(bodies);

        assertOnly(report, ProblemCode.END_BEFORE_START, "bodies[4].end", Severity.ERROR);
        assertThat(report.problems().get(0).value()).isEqualTo("2015");
        assertThat(report.problems().get(0).details()).containsExactly("2016", "2015");
    }

    @Test
    void acceptsAnEndInTheYearOfInstallationGivenMorePrecisely() {
        GovernanceBody body = council("plaisance", 2016).territory(TerritoryRef.quarter("plaisance"))
                .end(ReducedDate.ofMonth(2016, 1)).build();
        RuleContext context = RuleContext.strict();

        GovernanceRules.checkDates(body, "bodies[0]", context);

        assertThat(context.report().problems()).isEmpty();
    }

    // ---- memberships -------------------------------------------------------------------------------

    @Test
    void reportsMembershipEndingBeforeItStarts() {
        Membership membership = new Membership("asso-1", "inter-associatif", "membre", ReducedDate.parse("2019-05"),
                ReducedDate.parse("2018-12-31"));
        RuleContext context = RuleContext.lenient();

        GovernanceRules.checkMembership(membership, Set.of("inter-associatif"), "memberships[2]", context);

        assertOnly(context.report(), ProblemCode.END_BEFORE_START, "memberships[2].end", Severity.ERROR);
    }

    @Test
    void reportsMembershipOfAnUnknownBody() {
        List<Membership> memberships = new ArrayList<>(nantesMemberships());
        memberships.add(Membership.of("asso-18", "inter-associatif-bis"));
        int added = memberships.size() - 1;
        RuleContext context = RuleContext.lenient();

        GovernanceRules.checkMemberships(memberships, bodyIds(nantesBodies()), "memberships", context);

        assertOnly(context.report(), ProblemCode.DANGLING_REFERENCE, "memberships[" + added + "].organisation",
                Severity.ERROR);
        assertThat(context.report().problems().get(0).value()).isEqualTo("inter-associatif-bis");
    }

    // ---- messages ----------------------------------------------------------------------------------

    @Test
    void rendersTheCompositionCodeInFrenchAndEnglish() {
        Problem problem = Problem.error(ProblemCode.COMPOSITION_NOT_APPLICABLE, "bodies[0].composition", "copil",
                "STEERING_COMMITTEE");

        assertThat(problem.message(Locale.FRENCH)).startsWith("Seul un conseil citoyen").contains("STEERING_COMMITTEE");
        assertThat(problem.message(Locale.ENGLISH)).startsWith("Only a citizens' council")
                .contains("body's kind: STEERING_COMMITTEE");
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /** The governance of the seed: councils in the order the page lists them, then other bodies. */
    static List<GovernanceBody> nantesBodies() {
        List<GovernanceBody> bodies = new ArrayList<>(List.of(
                council("malakoff", 2016).territory(TerritoryRef.quarter("malakoff"))
                        .composition(VALID_COMPOSITION).build(),
                council("nantes-nord", 2016).territory(TerritoryRef.district("nantes-nord")).build(),
                council("sillon", 2016).territory(TerritoryRef.quarter("sillon")).build(),
                council("chateau", 2016).territory(TerritoryRef.quarter("chateau")).build(),
                council("plaisance", 2016).territory(TerritoryRef.quarter("plaisance")).build(),
                council("bottiere-pin-sec", 2017).territory(TerritoryRef.quarter("bottiere-pin-sec")).build(),
                council("bellevue", 2018).territory(TerritoryRef.quarter("bellevue")).build(),
                council("dervallieres", 2018).territory(TerritoryRef.quarter("dervallieres")).build(),
                council("breil", 2019).territory(TerritoryRef.quarter("breil")).build(),
                council("nantes-erdre", 2019).installation(null).territory(TerritoryRef.district("nantes-erdre"))
                        .build(),
                council("clos-toreau", 2019).installation(null).territory(TerritoryRef.quarter("clos-toreau"))
                        .build()));
        bodies.add(GovernanceBody.builder("inter-associatif", "Inter-associatif", BodyKind.ASSOCIATIONS_COLLECTIVE)
                .installation(ReducedDate.ofYear(2017))
                .members(IntStream.rangeClosed(1, 17).mapToObj(i -> "asso-" + i).toList())
                .build());
        bodies.add(GovernanceBody.builder("copil", "Comité de pilotage", BodyKind.STEERING_COMMITTEE)
                .installation(ReducedDate.ofYear(2015))
                .territory(TerritoryRef.agglomeration("nantes-metropole"))
                .build());
        bodies.add(GovernanceBody.builder("nantes-metropole", "Nantes Métropole", BodyKind.INSTITUTION)
                .legalIdentifiers(LegalIdentifiers.ofSiren(Siren.parse("244 400 404")))
                .territory(new TerritoryRef(TerritoryKind.AGGLOMERATION, "nantes-metropole"))
                .build());
        return bodies;
    }

    private static List<Membership> nantesMemberships() {
        return List.of(
                new Membership("asso-1", "inter-associatif", "membre", ReducedDate.ofYear(2017), null),
                new Membership("nantes-metropole", "copil", "co-président", ReducedDate.ofYear(2015),
                        ReducedDate.ofYear(2020)),
                new Membership("malakoff", "copil", "membre", null, null));
    }

    private static GovernanceBody.Builder council(String id, int installed) {
        return GovernanceBody.builder(id, "Conseil citoyen " + id, BodyKind.CITIZENS_COUNCIL)
                .installation(ReducedDate.ofYear(installed));
    }

    private static List<GovernanceBody> withComposition(CouncilComposition composition) {
        return replace(nantesBodies(), 0, nantesBodies().get(0).toBuilder().composition(composition).build());
    }

    private static List<GovernanceBody> replace(List<GovernanceBody> bodies, int index, GovernanceBody body) {
        List<GovernanceBody> copy = new ArrayList<>(bodies);
        copy.set(index, body);
        return copy;
    }

    private static Set<String> bodyIds(List<GovernanceBody> bodies) {
        return Set.copyOf(bodies.stream().map(GovernanceBody::id).toList());
    }

    private static ValidationReport lenient(List<GovernanceBody> bodies) {
        RuleContext context = RuleContext.lenient();
        GovernanceRules.checkBodies(bodies, PRIORITY_QUARTERS_OF, "bodies", context);
        return context.report();
    }

    private static ValidationReport strict(List<GovernanceBody> bodies) {
        RuleContext context = RuleContext.strict();
        GovernanceRules.checkBodies(bodies, PRIORITY_QUARTERS_OF, "bodies", context);
        return context.report();
    }

    private static void assertOnly(ValidationReport report, ProblemCode code, String path, Severity severity) {
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.severity()).isEqualTo(severity);
        });
    }
}
