package org.politiqueville.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.politiqueville.core.engagement.EngagementStatus.ABANDONED;
import static org.politiqueville.core.engagement.EngagementStatus.DONE;
import static org.politiqueville.core.engagement.EngagementStatus.IN_PROGRESS;
import static org.politiqueville.core.engagement.EngagementStatus.PLANNED;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngagementStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "PLANNED,     PLANNED,     false",
        "PLANNED,     IN_PROGRESS, true",
        "PLANNED,     DONE,        false",
        "PLANNED,     ABANDONED,   true",
        "IN_PROGRESS, PLANNED,     false",
        "IN_PROGRESS, IN_PROGRESS, false",
        "IN_PROGRESS, DONE,        true",
        "IN_PROGRESS, ABANDONED,   true",
        "DONE,        PLANNED,     false",
        "DONE,        IN_PROGRESS, false",
        "DONE,        DONE,        false",
        "DONE,        ABANDONED,   false",
        "ABANDONED,   PLANNED,     false",
        "ABANDONED,   IN_PROGRESS, false",
        "ABANDONED,   DONE,        false",
        "ABANDONED,   ABANDONED,   false",
    })
    void allowsOnlyTheDocumentedChanges(EngagementStatus from, EngagementStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(from.allowedTargets().contains(to)).isEqualTo(allowed);
    }

    @Test
    void listsAllowedTargetsInDeclarationOrder() {
        assertThat(PLANNED.allowedTargets()).containsExactly(IN_PROGRESS, ABANDONED);
        assertThat(IN_PROGRESS.allowedTargets()).containsExactly(DONE, ABANDONED);
        assertThat(DONE.allowedTargets()).isEmpty();
        assertThat(ABANDONED.allowedTargets()).isEmpty();
    }

    @Test
    void onlyPlannedAndInProgressAreOpen() {
        assertThat(PLANNED.isOpen()).isTrue();
        assertThat(IN_PROGRESS.isOpen()).isTrue();
        assertThat(DONE.isOpen()).isFalse();
        assertThat(ABANDONED.isOpen()).isFalse();
    }

    @ParameterizedTest(name = "{0} at {1} %: {2}")
    @CsvSource({
        "PLANNED,     0,   true",
        "PLANNED,     1,   false",
        "IN_PROGRESS, 0,   true",
        "IN_PROGRESS, 99,  true",
        "IN_PROGRESS, 100, false",
        "DONE,        100, true",
        "DONE,        99,  false",
        "ABANDONED,   0,   true",
        "ABANDONED,   100, true",
        "ABANDONED,   101, false",
        "IN_PROGRESS, -1,  false",
    })
    void boundsTheProgressEachStatusGoesWith(EngagementStatus status, int progress, boolean consistent) {
        assertThat(status.isConsistentWith(progress)).isEqualTo(consistent);
    }
}
