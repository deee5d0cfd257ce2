package org.politiqueville.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProgressRollupTest {

    private static Engagement child(String id, int progress, String weight) {
        return Engagement.builder(id, id, Pillar.SOCIAL_COHESION)
                .addSignatories("steering-committee")
                .status(EngagementStatus.ABANDONED)
                .progress(progress)
                .parentId("parent")
                .weight(weight == null ? null : new BigDecimal(weight))
                .build();
    }

    @Test
    void weightsTheChildrenWhenAllHaveAWeight() {
        List<Engagement> children = List.of(child("a", 100, "3"), child("b", 0, "1"));

        assertThat(ProgressRollup.isWeighted(children)).isTrue();
        assertThat(ProgressRollup.average(children)).contains(new BigDecimal("75.00"));
        assertThat(ProgressRollup.percent(children)).hasValue(75);
    }

    @Test
    void weightsNeedNotSumToOne() {
        List<Engagement> children = List.of(child("a", 50, "0.25"), child("b", 20, "0.5"), child("c", 80, "0.25"));

        assertThat(ProgressRollup.average(children)).contains(new BigDecimal("42.50"));
        assertThat(ProgressRollup.percent(children)).hasValue(43);
    }

    @Test
    void averagesPlainlyWithoutWeights() {
        List<Engagement> children = List.of(child("a", 10, null), child("b", 20, null), child("c", 40, null));

        assertThat(ProgressRollup.isWeighted(children)).isFalse();
        assertThat(ProgressRollup.average(children)).contains(new BigDecimal("23.33"));
        assertThat(ProgressRollup.percent(children)).hasValue(23);
    }

    @Test
    void averagesPlainlyWhenAllWeightsAreEmptyUnlikeDecidimOnce() {
        List<Engagement> children = List.of(child("a", 0, null), child("b", 100, null));

        assertThat(ProgressRollup.average(children)).contains(new BigDecimal("50.00"));
        assertThat(ProgressRollup.percent(children)).hasValue(50);
    }

    @Test
    void averagesPlainlyWhenAllWeightsAreZero() {
        List<Engagement> children = List.of(child("a", 0, "0"), child("b", 100, "0.00"));

        assertThat(ProgressRollup.isWeighted(children)).isFalse();
        assertThat(ProgressRollup.average(children)).contains(new BigDecimal("50.00"));
    }

    @Test
    void averagesPlainlyWhenOnlySomeChildrenHaveAWeight() {
        List<Engagement> children = List.of(child("a", 100, "9"), child("b", 0, null));

        assertThat(ProgressRollup.isWeighted(children)).isFalse();
        assertThat(ProgressRollup.average(children)).contains(new BigDecimal("50.00"));
    }

    @Test
    void oneChildGivesItsOwnProgress() {
        assertThat(ProgressRollup.average(List.of(child("a", 37, "2.5")))).contains(new BigDecimal("37.00"));
        assertThat(ProgressRollup.percent(List.of(child("a", 37, null)))).hasValue(37);
    }

    @Test
    void noChildrenGiveNoProgress() {
        assertThat(ProgressRollup.average(List.of())).isEmpty();
        assertThat(ProgressRollup.percent(List.of())).isEqualTo(OptionalInt.empty());
        assertThat(ProgressRollup.isWeighted(List.of())).isFalse();
    }

    @Test
    void roundsHalfUpOnceFromTheExactAverage() {
        List<Engagement> children = List.of(child("a", 0, null), child("b", 1, null));

        assertThat(ProgressRollup.average(children)).contains(new BigDecimal("0.50"));
        assertThat(ProgressRollup.percent(children)).hasValue(1);
    }

    @Test
    void findsTheChildrenOfAParent() {
        Engagement parent = Engagement.builder("parent", "p", Pillar.SOCIAL_COHESION).build();
        Engagement a = child("a", 10, null);
        Engagement b = child("b", 20, null);
        Engagement orphan = child("c", 30, null).toBuilder().parentId("other").build();

        assertThat(ProgressRollup.childrenOf("parent", List.of(a, parent, orphan, b))).containsExactly(a, b);
    }
}
