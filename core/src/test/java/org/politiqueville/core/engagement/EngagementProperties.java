package org.politiqueville.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.RuleContext;

class EngagementProperties {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Property
    void rollupStaysWithin0And100(@ForAll("children") List<Engagement> children) {
        BigDecimal average = ProgressRollup.average(children).orElseThrow();
        int percent = ProgressRollup.percent(children).orElseThrow();

        assertThat(average).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(percent).isBetween(0, 100);
    }

    @Property
    void rollupOfOneChildIsThatChildsProgress(@ForAll("child") Engagement child) {
        assertThat(ProgressRollup.average(List.of(child))).contains(new BigDecimal(child.progress()).setScale(2));
        assertThat(ProgressRollup.percent(List.of(child))).hasValue(child.progress());
    }

    @Property
    void rollupLiesBetweenTheSmallestAndLargestChildProgress(@ForAll("children") List<Engagement> children) {
        int min = children.stream().mapToInt(Engagement::progress).min().orElseThrow();
        int max = children.stream().mapToInt(Engagement::progress).max().orElseThrow();

        assertThat(ProgressRollup.percent(children).orElseThrow()).isBetween(min, max);
    }

    @Property(tries = 300)
    void withStatusNeverProducesAnInconsistentProgress(@ForAll("engagements") Engagement engagement,
                                                       @ForAll EngagementStatus target) {
        if (engagement.status().canMoveTo(target) || engagement.status() == target) {
            Engagement moved = engagement.withStatus(target);
            assertThat(moved.status()).isEqualTo(target);
            assertThat(target.isConsistentWith(moved.progress())).isTrue();
        } else {
            assertThat(catchThrowable(() -> engagement.withStatus(target)))
                    .isInstanceOf(InvalidValueException.class);
        }
    }

    @Property(tries = 300)
    void generatedEngagementListsPassTheRules(@ForAll("engagementLists") List<Engagement> engagements) {
        RuleContext context = RuleContext.strict();

        EngagementRules.checkEngagements(engagements, "engagements", context);

        assertThat(context.report().problems()).isEmpty();
        assertThat(engagements).allSatisfy(engagement -> assertThat(VALIDATOR.validate(engagement)).isEmpty());
        Statistics.label("nests a child").collect(engagements.stream().anyMatch(e -> e.parentId() != null));
        Statistics.label("nests a child")
                .coverage(coverage -> coverage.check(true).percentage(percent -> percent > 10));
    }

    @Provide
    Arbitrary<Engagement> engagements() {
        return EngagementArbitraries.engagements();
    }

    @Provide
    Arbitrary<List<Engagement>> engagementLists() {
        return EngagementArbitraries.engagementLists();
    }

    @Provide
    Arbitrary<Engagement> child() {
        return Combinators.combine(Arbitraries.integers().between(0, 100),
                        EngagementArbitraries.weights().injectNull(0.3))
                .as((progress, weight) -> Engagement.builder("c", "Child", Pillar.SOCIAL_COHESION)
                        .status(EngagementStatus.ABANDONED).progress(progress).parentId("parent").weight(weight)
                        .build());
    }

    @Provide
    Arbitrary<List<Engagement>> children() {
        // Weights come out all given, all missing or mixed, covering both averages.
        return child().list().ofMinSize(1).ofMaxSize(10);
    }
}
