package org.politiqueville.core.engagement;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where an engagement stands, and which status changes are allowed.
 *
 * <p>The allowed changes are {@code PLANNED → IN_PROGRESS → DONE} and, from either open status,
 * {@code → ABANDONED}. {@code PLANNED → DONE} is not allowed: an engagement is started before it is
 * done. Nothing leaves {@code DONE} or {@code ABANDONED}. Staying in the same status is not a change,
 * so {@link #canMoveTo} answers false for it.
 *
 * <p>Each status also bounds the progress it goes with, which {@link EngagementRules} checks:
 * {@code PLANNED} is at 0 %, {@code IN_PROGRESS} from 0 to 99 %, {@code DONE} at 100 %, and
 * {@code ABANDONED} keeps whatever progress was reached.
 */
public enum EngagementStatus {

    /** Signed but not started. */
    PLANNED,
    /** Started, not finished. */
    IN_PROGRESS,
    /** Finished: progress is 100 %. */
    DONE,
    /** Given up before it was finished. */
    ABANDONED;

    /**
     * Whether the engagement may still change status: {@code PLANNED} or {@code IN_PROGRESS}.
     *
     * @return true for an open status
     */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    /**
     * Whether a change from this status to another is allowed.
     *
     * @param target the status to move to, not null
     * @return true if the change is allowed; false for the same status
     * @throws NullPointerException if {@code target} is null
     */
    public boolean canMoveTo(EngagementStatus target) {
        Objects.requireNonNull(target, "target");
        return switch (this) {
            case PLANNED -> target == IN_PROGRESS || target == ABANDONED;
            case IN_PROGRESS -> target == DONE || target == ABANDONED;
            case DONE, ABANDONED -> false;
        };
    }

    /**
     * The statuses this one may change to.
     *
     * @return an unmodifiable set in declaration order, empty for {@code DONE} and {@code ABANDONED}
     */
    public Set<EngagementStatus> allowedTargets() {
        EnumSet<EngagementStatus> targets = EnumSet.noneOf(EngagementStatus.class);
        for (EngagementStatus target : values()) {
            if (canMoveTo(target)) {
                targets.add(target);
            }
        }
        return Collections.unmodifiableSet(targets);
    }

    /**
     * Whether a progress goes with this status: 0 for {@code PLANNED}, 0–99 for
     * {@code IN_PROGRESS}, 100 for {@code DONE}, 0–100 for {@code ABANDONED}.
     *
     * @param progress the progress in percent
     * @return true if consistent; false also for a progress outside 0–100
     */
    public boolean isConsistentWith(int progress) {
        return switch (this) {
            case PLANNED -> progress == 0;
            case IN_PROGRESS -> progress >= 0 && progress < 100;
            case DONE -> progress == 100;
            case ABANDONED -> progress >= 0 && progress <= 100;
        };
    }
}
