package org.politiqueville.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;
import org.politiqueville.core.validation.Severity;
import org.politiqueville.core.validation.ValidationReport;

class EngagementRulesTest {

    private static Engagement.Builder engagement(String id) {
        return Engagement.builder(id, "Engagement " + id, Pillar.ECONOMIC_DEVELOPMENT_AND_EMPLOYMENT)
                .addSignatories("steering-committee")
                .startDate(ReducedDate.ofYear(2019))
                .dueDate(ReducedDate.ofYear(2020));
    }

    /** Four valid engagements: a parent with two weighted children, and a standalone one. */
    private static List<Engagement> valid() {
        return List.of(
                engagement("employment").status(EngagementStatus.IN_PROGRESS).progress(50).build(),
                engagement("jobs-fair").parentId("employment").weight(BigDecimal.ONE)
                        .status(EngagementStatus.DONE).progress(100)
                        .addMilestones(Milestone.of(ReducedDate.ofMonth(2019, 5), "First fair")).build(),
                engagement("mentoring").parentId("employment").weight(BigDecimal.ONE).build(),
                engagement("charter").status(EngagementStatus.ABANDONED).progress(30).build());
    }

    /** The valid list with its fourth engagement (index 3) replaced. */
    private static List<Engagement> withFourth(Engagement fourth) {
        List<Engagement> engagements = new ArrayList<>(valid());
        engagements.set(3, fourth);
        return engagements;
    }

    private static ValidationReport check(List<Engagement> engagements) {
        RuleContext context = RuleContext.lenient();
        EngagementRules.checkEngagements(engagements, "engagements", context);
        return context.report();
    }

    private static Problem onlyProblem(ValidationReport report) {
        assertThat(report.problems()).hasSize(1);
        return report.problems().get(0);
    }

    @Test
    void validEngagementsHaveNoProblem() {
        assertThat(check(valid()).problems()).isEmpty();
    }

    @Test
    void reportsAnEngagementWithoutSignatory() {
        Problem problem = onlyProblem(check(withFourth(engagement("charter").signatories(List.of()).build())));

        assertThat(problem.code()).isEqualTo(ProblemCode.ENGAGEMENT_WITHOUT_SIGNATORY);
        assertThat(problem.path()).isEqualTo("engagements[3].signatories");
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
    }

    @ParameterizedTest(name = "{0} at {1} %")
    @CsvSource({"PLANNED, 10", "IN_PROGRESS, 100", "DONE, 80"})
    void reportsAProgressThatDoesNotGoWithTheStatus(EngagementStatus status, int progress) {
        Problem problem = onlyProblem(check(withFourth(engagement("charter").status(status).progress(progress).build())));

        assertThat(problem.code()).isEqualTo(ProblemCode.PROGRESS_STATUS_MISMATCH);
        assertThat(problem.path()).isEqualTo("engagements[3].progress");
        assertThat(problem.value()).isEqualTo(Integer.toString(progress));
        assertThat(problem.details()).containsExactly(status.name());
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void leavesAProgressOutOfRangeToBeanValidation() {
        assertThat(check(withFourth(engagement("charter").progress(150).build())).problems()).isEmpty();
    }

    @Test
    void reportsADueDateBeforeTheStart() {
        Problem problem = onlyProblem(check(withFourth(engagement("charter")
                .startDate(ReducedDate.ofMonth(2020, 3)).dueDate(ReducedDate.ofYear(2019)).build())));

        assertThat(problem.code()).isEqualTo(ProblemCode.END_BEFORE_START);
        assertThat(problem.path()).isEqualTo("engagements[3].dueDate");
        assertThat(problem.value()).isEqualTo("2019");
        assertThat(problem.details()).containsExactly("2020-03", "2019");
    }

    @Test
    void acceptsADueDateThatMayFallWithinTheStartYear() {
        Engagement engagement = engagement("charter")
                .startDate(ReducedDate.ofMonth(2019, 6)).dueDate(ReducedDate.ofYear(2019)).build();

        assertThat(check(withFourth(engagement)).problems()).isEmpty();
    }

    @Test
    void warnsAboutAWeightWithoutParent() {
        Problem problem = onlyProblem(check(withFourth(engagement("charter").weight(new BigDecimal("2.5")).build())));

        assertThat(problem.code()).isEqualTo(ProblemCode.ENGAGEMENT_WEIGHT_WITHOUT_PARENT);
        assertThat(problem.path()).isEqualTo("engagements[3].weight");
        assertThat(problem.value()).isEqualTo("2.5");
        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void warnsAboutAMilestoneOutsideTheSchedule() {
        Engagement engagement = engagement("charter").dueDate(null)
                .addMilestones(Milestone.of(ReducedDate.ofYear(2019), "Kick-off"),
                        Milestone.of(ReducedDate.ofMonth(2018, 12), "Too early"))
                .build();

        Problem problem = onlyProblem(check(withFourth(engagement)));

        assertThat(problem.code()).isEqualTo(ProblemCode.MILESTONE_OUTSIDE_SCHEDULE);
        assertThat(problem.path()).isEqualTo("engagements[3].milestones[1].date");
        assertThat(problem.value()).isEqualTo("2018-12");
        assertThat(problem.details()).containsExactly("2019", "…");
        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void reportsAParentThatDoesNotExist() {
        Problem problem = onlyProblem(check(withFourth(engagement("charter").parentId("nowhere").build())));

        assertThat(problem.code()).isEqualTo(ProblemCode.DANGLING_REFERENCE);
        assertThat(problem.path()).isEqualTo("engagements[3].parentId");
        assertThat(problem.value()).isEqualTo("nowhere");
        assertThat(problem.details()).containsExactly("engagement");
    }

    @Test
    void reportsAParentThatItselfHasAParent() {
        Problem problem = onlyProblem(check(withFourth(engagement("charter").parentId("mentoring").build())));

        assertThat(problem.code()).isEqualTo(ProblemCode.ENGAGEMENT_NESTING_TOO_DEEP);
        assertThat(problem.path()).isEqualTo("engagements[3].parentId");
        assertThat(problem.value()).isEqualTo("charter");
    }

    @Test
    void reportsASelfParentAsACycle() {
        Problem problem = onlyProblem(check(withFourth(engagement("charter").parentId("charter").build())));

        assertThat(problem.code()).isEqualTo(ProblemCode.ENGAGEMENT_CYCLE);
        assertThat(problem.path()).isEqualTo("engagements[3].parentId");
        assertThat(problem.details()).containsExactly("charter → charter");
    }

    @Test
    void reportsATwoEngagementCycleOnce() {
        List<Engagement> engagements = List.of(engagement("a").parentId("b").build(),
                engagement("b").parentId("a").build());

        Problem problem = onlyProblem(check(engagements));

        assertThat(problem.code()).isEqualTo(ProblemCode.ENGAGEMENT_CYCLE);
        assertThat(problem.path()).isEqualTo("engagements[0].parentId");
        assertThat(problem.value()).isEqualTo("a");
        assertThat(problem.details()).containsExactly("a → b → a");
        assertThat(problem.message(Locale.ENGLISH))
                .isEqualTo("Engagements refer to each other in a cycle: a → b → a.");
    }

    @Test
    void describesACycleFromItsFirstEngagementInTheList() {
        List<Engagement> engagements = List.of(engagement("x").build(), engagement("c").parentId("a").build(),
                engagement("a").parentId("b").build(), engagement("b").parentId("c").build());

        Problem problem = onlyProblem(check(engagements));

        assertThat(problem.path()).isEqualTo("engagements[1].parentId");
        assertThat(problem.details()).containsExactly("c → a → b → c");
    }

    @Test
    void reportsAnEngagementHangingOnACycleAsTooDeepButTheCycleOnce() {
        List<Engagement> engagements = List.of(engagement("d").parentId("a").build(),
                engagement("a").parentId("b").build(), engagement("b").parentId("a").build());

        ValidationReport report = check(engagements);

        assertThat(report.countByCode()).containsOnlyKeys(ProblemCode.ENGAGEMENT_CYCLE,
                ProblemCode.ENGAGEMENT_NESTING_TOO_DEEP);
        assertThat(report.withCode(ProblemCode.ENGAGEMENT_CYCLE)).singleElement()
                .satisfies(problem -> assertThat(problem.details()).containsExactly("a → b → a"));
        assertThat(report.withCode(ProblemCode.ENGAGEMENT_NESTING_TOO_DEEP)).singleElement()
                .satisfies(problem -> assertThat(problem.path()).isEqualTo("engagements[0].parentId"));
    }

    @Test
    void warnsAboutAChildWithoutWeightAmongWeightedSiblings() {
        Problem problem = onlyProblem(check(withFourth(engagement("charter").parentId("employment").build())));

        assertThat(problem.code()).isEqualTo(ProblemCode.ENGAGEMENT_WEIGHT_MISSING);
        assertThat(problem.path()).isEqualTo("engagements[3].weight");
        assertThat(problem.details()).containsExactly("employment");
        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void acceptsChildrenThatAllLackAWeight() {
        List<Engagement> engagements = List.of(engagement("p").build(), engagement("a").parentId("p").build(),
                engagement("b").parentId("p").build());

        assertThat(check(engagements).problems()).isEmpty();
    }

    @Test
    void rulesAreNotLegalRulesSoStrictModeChangesNothing() {
        RuleContext strict = RuleContext.strict();
        EngagementRules.checkEngagements(withFourth(engagement("charter").weight(BigDecimal.ONE).build()),
                "engagements", strict);

        assertThat(strict.report().warnings()).singleElement()
                .satisfies(problem -> assertThat(problem.code()).isEqualTo(ProblemCode.ENGAGEMENT_WEIGHT_WITHOUT_PARENT));
    }

    @Test
    void checksAnEngagementAtTheRoot() {
        RuleContext context = RuleContext.lenient();
        EngagementRules.checkEngagement(engagement("e").signatories(List.of()).build(), "", context);

        assertThat(onlyProblem(context.report()).path()).isEqualTo("signatories");
    }

    @Test
    void reportsReferencesToUnknownObjects() {
        Engagement engagement = engagement("e").addSignatories("ghost-body")
                .addTargetQuarters(TerritoryRef.quarter("malakoff"), TerritoryRef.quarter("atlantis"))
                .addIndicatorCodes("poverty-rate", "unknown-indicator").build();
        RuleContext context = RuleContext.lenient();

        EngagementRules.checkReferences(engagement, "engagements[3]", Set.of("steering-committee")::contains,
                Set.of(TerritoryRef.quarter("malakoff"))::contains, Set.of("poverty-rate")::contains, context);

        assertThat(context.report().problems())
                .extracting(Problem::code, Problem::path, Problem::value, Problem::details)
                .containsExactly(
                        tuple(ProblemCode.DANGLING_REFERENCE,
                                "engagements[3].signatories[1]", "ghost-body", List.of("governance body")),
                        tuple(ProblemCode.DANGLING_REFERENCE,
                                "engagements[3].targetQuarters[1]", "quarter:atlantis", List.of("territory")),
                        tuple(ProblemCode.DANGLING_REFERENCE,
                                "engagements[3].indicatorCodes[1]", "unknown-indicator", List.of("indicator")));
    }

    @Test
    void rendersTheNewMessagesInBothLanguages() {
        Problem problem = Problem.warning(ProblemCode.MILESTONE_OUTSIDE_SCHEDULE, "m", "2018", "2019", "…");

        assertThat(problem.message(Locale.ENGLISH))
                .isEqualTo("The milestone date 2018 lies outside the engagement's schedule (2019 – …).");
        assertThat(problem.message(Locale.FRENCH))
                .isEqualTo("La date d’étape 2018 est hors du calendrier de l’engagement (2019 – …).");
    }
}
