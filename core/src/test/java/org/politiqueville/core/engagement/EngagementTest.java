package org.politiqueville.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class EngagementTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void buildValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static Engagement.Builder charter() {
        return Engagement.builder("participation-charter", "Participation charter",
                        Pillar.GOVERNANCE_AND_CITIZEN_PARTICIPATION)
                .addSignatories("steering-committee")
                .addTargetQuarters(TerritoryRef.quarter("malakoff"))
                .startDate(ReducedDate.ofYear(2016))
                .dueDate(ReducedDate.ofYear(2017));
    }

    private static List<String> violatedPaths(Object bean) {
        return validator.validate(bean).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .sorted().toList();
    }

    @Test
    void builderDefaultsToPlannedAtZeroWithNothingElse() {
        Engagement engagement = Engagement.builder("e", "Title", Pillar.SOCIAL_COHESION).build();

        assertThat(engagement.status()).isEqualTo(EngagementStatus.PLANNED);
        assertThat(engagement.progress()).isZero();
        assertThat(engagement.priorities()).isEmpty();
        assertThat(engagement.signatories()).isEmpty();
        assertThat(engagement.targetQuarters()).isEmpty();
        assertThat(engagement.milestones()).isEmpty();
        assertThat(engagement.indicatorCodes()).isEmpty();
        assertThat(engagement.description()).isNull();
        assertThat(engagement.parentId()).isNull();
        assertThat(engagement.weight()).isNull();
    }

    @Test
    void toBuilderGivesBackAnEqualEngagement() {
        Engagement engagement = charter().description("d").addPriorities(TransversePriority.YOUTH)
                .parentId("p").weight(BigDecimal.TEN).addIndicatorCodes("poverty-rate")
                .addMilestones(Milestone.of(ReducedDate.ofMonth(2016, 6), "Draft")).build();

        assertThat(engagement.toBuilder().build()).isEqualTo(engagement);
    }

    @Test
    void copiesItsCollections() {
        List<String> signatories = new ArrayList<>(List.of("steering-committee"));
        Engagement engagement = new Engagement("e", "t", null, Pillar.SOCIAL_COHESION, Set.of(), signatories,
                List.of(), EngagementStatus.PLANNED, 0, null, null, null, null, List.of(), List.of());
        signatories.add("other");

        assertThat(engagement.signatories()).containsExactly("steering-committee");
        assertThatThrownBy(() -> engagement.signatories().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> engagement.priorities().add(TransversePriority.YOUTH))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsPrioritiesInDeclarationOrder() {
        Engagement engagement = charter().addPriorities(TransversePriority.FIGHT_AGAINST_DISCRIMINATION,
                TransversePriority.YOUTH).build();

        assertThat(engagement.priorities()).containsExactly(TransversePriority.YOUTH,
                TransversePriority.FIGHT_AGAINST_DISCRIMINATION);
    }

    @Test
    void rejectsBlankId() {
        assertThatThrownBy(() -> Engagement.builder(" ", "t", Pillar.SOCIAL_COHESION).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.REQUIRED));
    }

    @Test
    void rejectsBlankParentId() {
        assertThatThrownBy(() -> charter().parentId("").build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.REQUIRED));
    }

    @Test
    void rejectsMissingRequiredParts() {
        assertThatNullPointerException().isThrownBy(() -> Engagement.builder("e", "t", null).build())
                .withMessage("pillar");
        assertThatNullPointerException().isThrownBy(() -> Engagement.builder("e", null, Pillar.SOCIAL_COHESION).build())
                .withMessage("title");
        assertThatNullPointerException().isThrownBy(() -> charter().addSignatories((String) null).build());
    }

    @Test
    void startingMovesToInProgressAndKeepsProgress() {
        Engagement started = charter().build().withStatus(EngagementStatus.IN_PROGRESS);

        assertThat(started.status()).isEqualTo(EngagementStatus.IN_PROGRESS);
        assertThat(started.progress()).isZero();
        assertThat(started.title()).isEqualTo("Participation charter");
    }

    @Test
    void finishingSetsProgressTo100() {
        Engagement done = charter().status(EngagementStatus.IN_PROGRESS).progress(60).build()
                .withStatus(EngagementStatus.DONE);

        assertThat(done.status()).isEqualTo(EngagementStatus.DONE);
        assertThat(done.progress()).isEqualTo(100);
    }

    @Test
    void abandoningKeepsTheProgressReached() {
        Engagement abandoned = charter().status(EngagementStatus.IN_PROGRESS).progress(40).build()
                .withStatus(EngagementStatus.ABANDONED);

        assertThat(abandoned.status()).isEqualTo(EngagementStatus.ABANDONED);
        assertThat(abandoned.progress()).isEqualTo(40);
    }

    @Test
    void refusesToFinishAPlannedEngagement() {
        Engagement planned = charter().build();

        assertThatThrownBy(() -> planned.withStatus(EngagementStatus.DONE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.ILLEGAL_STATUS_TRANSITION);
                    assertThat(e.value()).isEqualTo("participation-charter");
                    assertThat(e.details()).containsExactly("PLANNED", "DONE");
                    assertThat(e.getMessage()).isEqualTo("An engagement cannot go from PLANNED to DONE.");
                });
    }

    @Test
    void refusesToReopenADoneEngagement() {
        Engagement done = charter().status(EngagementStatus.DONE).progress(100).build();

        assertThatThrownBy(() -> done.withStatus(EngagementStatus.IN_PROGRESS))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.details()).containsExactly("DONE", "IN_PROGRESS"));
    }

    @Test
    void askingForTheCurrentStatusChangesNothing() {
        Engagement done = charter().status(EngagementStatus.DONE).progress(100).build();

        assertThat(done.withStatus(EngagementStatus.DONE)).isSameAs(done);
    }

    @Test
    void withProgressKeepsTheStatus() {
        Engagement engagement = charter().status(EngagementStatus.IN_PROGRESS).build().withProgress(35);

        assertThat(engagement.progress()).isEqualTo(35);
        assertThat(engagement.status()).isEqualTo(EngagementStatus.IN_PROGRESS);
    }

    @Test
    void isLateOnlyAfterTheLastDayOfItsDueDate() {
        Engagement engagement = charter().status(EngagementStatus.IN_PROGRESS).progress(10)
                .dueDate(ReducedDate.ofYear(2019)).build();

        assertThat(engagement.isLate(LocalDate.of(2019, 12, 31))).isFalse();
        assertThat(engagement.isLate(LocalDate.of(2020, 1, 1))).isTrue();
    }

    @Test
    void closedOrUndatedEngagementsAreNeverLate() {
        LocalDate today = LocalDate.of(2030, 1, 1);

        assertThat(charter().status(EngagementStatus.DONE).progress(100).build().isLate(today)).isFalse();
        assertThat(charter().status(EngagementStatus.ABANDONED).build().isLate(today)).isFalse();
        assertThat(charter().dueDate(null).build().isLate(today)).isFalse();
    }

    @Test
    void findsTheLateEngagementsInTheirOrder() {
        Engagement lateMonth = charter().dueDate(ReducedDate.ofMonth(2019, 3)).build();
        Engagement onTime = charter().dueDate(ReducedDate.ofYear(2025)).build();
        Engagement lateDay = charter().dueDate(ReducedDate.of(LocalDate.of(2019, 6, 30))).build();

        assertThat(Engagement.late(List.of(lateMonth, onTime, lateDay), LocalDate.of(2019, 7, 1)))
                .containsExactly(lateMonth, lateDay);
    }

    @Test
    void validEngagementHasNoViolation() {
        Engagement engagement = charter().parentId("p").weight(new BigDecimal("0.5"))
                .addMilestones(new Milestone(ReducedDate.ofYear(2017), "Adopted", 100)).build();

        assertThat(validator.validate(engagement)).isEmpty();
    }

    @Test
    void progressOutside0To100IsAViolation() {
        assertThat(violatedPaths(charter().progress(101).build())).containsExactly("progress");
        assertThat(violatedPaths(charter().progress(-1).build())).containsExactly("progress");
    }

    @Test
    void weightMustBePositive() {
        assertThat(violatedPaths(charter().parentId("p").weight(BigDecimal.ZERO).build())).containsExactly("weight");
    }

    @Test
    void titleAndListedIdsMustNotBeBlank() {
        Engagement engagement = Engagement.builder("e", " ", Pillar.SOCIAL_COHESION)
                .addSignatories("").addIndicatorCodes(" ").build();

        assertThat(violatedPaths(engagement))
                .containsExactly("indicatorCodes[0].<list element>", "signatories[0].<list element>", "title");
    }

    @Test
    void milestoneProgressOutside0To100IsAViolation() {
        Engagement engagement = charter().addMilestones(new Milestone(ReducedDate.ofYear(2016), "Draft", 120)).build();

        assertThat(violatedPaths(engagement)).containsExactly("milestones[0].progress");
    }
}
