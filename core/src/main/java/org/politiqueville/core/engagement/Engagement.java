package org.politiqueville.core.engagement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * An operational engagement signed under a city contract ("engagement opérationnel"): what the
 * signatories commit to, in which pillar and quarters, how far it has got, and by when.
 *
 * <p>It follows Decidim accountability results: a status, a progress in percent, dated milestones,
 * and one level of nesting where a child names its parent and may carry a weight for the parent's
 * {@linkplain ProgressRollup roll-up}. Progress is a whole percentage, 0 to 100.
 *
 * <p>The constructor rejects only what makes the object meaningless (nulls where required, a blank
 * id). Everything else a user wants reported is checked by Bean Validation annotations (progress in
 * 0–100, positive weight, non-blank title and ids in lists) and by {@link EngagementRules} (signatory
 * present, progress consistent with status, due date after start, parent hierarchy).
 *
 * @param id              the engagement's id, not blank
 * @param title           the title, not null, not blank (Bean Validation)
 * @param description     a longer description, may be null
 * @param pillar          the contract pillar it belongs to, not null
 * @param priorities      the transverse priorities it addresses, not null, may be empty; kept in
 *                        declaration order
 * @param signatories     the ids of the governance bodies that signed it, not null; at least one is
 *                        expected ({@link EngagementRules})
 * @param targetQuarters  the territories it targets, not null; empty means the whole contract
 *                        territory
 * @param status          where it stands, not null
 * @param progress        how far it has got, in whole percent, 0–100 (Bean Validation)
 * @param startDate       when it starts, may be null
 * @param dueDate         when it is due, may be null
 * @param parentId        the id of the engagement it is part of, may be null; not blank
 * @param weight          its weight in the parent's progress, positive (Bean Validation), may be null;
 *                        meaningful only with a parent
 * @param milestones      its dated steps, not null
 * @param indicatorCodes  the codes of the indicators that follow it, not null
 */
public record Engagement(
        String id,
        @NotBlank String title,
        String description,
        Pillar pillar,
        Set<TransversePriority> priorities,
        List<@NotBlank String> signatories,
        List<TerritoryRef> targetQuarters,
        EngagementStatus status,
        @Min(0) @Max(100) int progress,
        ReducedDate startDate,
        ReducedDate dueDate,
        String parentId,
        @Positive BigDecimal weight,
        List<@Valid Milestone> milestones,
        List<@NotBlank String> indicatorCodes) {

    /**
     * Checks the components and copies the collections.
     *
     * @param id the engagement's id, not blank
     * @param title the title, not null, not blank (Bean Validation)
     * @param description a longer description, may be null
     * @param pillar the contract pillar it belongs to, not null
     * @param priorities the transverse priorities it addresses, not null, may be empty; kept in declaration order
     * @param signatories the ids of the governance bodies that signed it, not null; at least one is expected ({@link EngagementRules})
     * @param targetQuarters the territories it targets, not null; empty means the whole contract territory
     * @param status where it stands, not null
     * @param progress how far it has got, in whole percent, 0–100 (Bean Validation)
     * @param startDate when it starts, may be null
     * @param dueDate when it is due, may be null
     * @param parentId the id of the engagement it is part of, may be null; not blank
     * @param weight its weight in the parent's progress, positive (Bean Validation), may be null; meaningful only with a parent
     * @param milestones its dated steps, not null
     * @param indicatorCodes the codes of the indicators that follow it, not null
     * @throws NullPointerException  if a required component is null or a collection holds a null
     * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if {@code id} or
     *                               {@code parentId} is blank
     */
    public Engagement {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new InvalidValueException(ProblemCode.REQUIRED, id);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pillar, "pillar");
        priorities = copyOf(priorities);
        signatories = List.copyOf(signatories);
        targetQuarters = List.copyOf(targetQuarters);
        Objects.requireNonNull(status, "status");
        if (parentId != null && parentId.isBlank()) {
            throw new InvalidValueException(ProblemCode.REQUIRED, parentId);
        }
        milestones = List.copyOf(milestones);
        indicatorCodes = List.copyOf(indicatorCodes);
    }

    private static Set<TransversePriority> copyOf(Set<TransversePriority> priorities) {
        EnumSet<TransversePriority> copy = EnumSet.noneOf(TransversePriority.class);
        for (TransversePriority priority : priorities) {
            copy.add(Objects.requireNonNull(priority, "priority"));
        }
        return Collections.unmodifiableSet(copy);
    }

    /**
     * Starts a builder with the required parts; the others default to none, status
     * {@link EngagementStatus#PLANNED} and progress 0.
     *
     * @param id     the id, not blank
     * @param title  the title, not null
     * @param pillar the pillar, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, String title, Pillar pillar) {
        return new Builder(id, title, pillar);
    }

    /**
     * A builder holding this engagement's components, to change some of them.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder(id, title, pillar)
                .description(description)
                .priorities(priorities)
                .signatories(signatories)
                .targetQuarters(targetQuarters)
                .status(status)
                .progress(progress)
                .startDate(startDate)
                .dueDate(dueDate)
                .parentId(parentId)
                .weight(weight)
                .milestones(milestones)
                .indicatorCodes(indicatorCodes);
    }

    /**
     * This engagement in another status, through an allowed change; moving to
     * {@link EngagementStatus#DONE} sets the progress to 100, other changes keep it.
     *
     * <p>Asking for the current status is not a change: the engagement is returned as it is.
     *
     * @param newStatus the status to move to, not null
     * @return the engagement in the new status, not null
     * @throws InvalidValueException with {@link ProblemCode#ILLEGAL_STATUS_TRANSITION} (value: the id;
     *                               details: from and to) if the change is not
     *                               {@linkplain EngagementStatus#canMoveTo allowed}
     */
    public Engagement withStatus(EngagementStatus newStatus) {
        Objects.requireNonNull(newStatus, "newStatus");
        if (newStatus == status) {
            return this;
        }
        if (!status.canMoveTo(newStatus)) {
            throw new InvalidValueException(ProblemCode.ILLEGAL_STATUS_TRANSITION, id, status.name(),
                    newStatus.name());
        }
        return toBuilder().status(newStatus).progress(newStatus == EngagementStatus.DONE ? 100 : progress).build();
    }

    /**
     * This engagement with another progress and the same status. The progress is not checked here:
     * Bean Validation checks its range and {@link EngagementRules} its consistency with the status.
     *
     * @param newProgress the progress in whole percent
     * @return the engagement with the new progress, not null
     */
    public Engagement withProgress(int newProgress) {
        return toBuilder().progress(newProgress).build();
    }

    /**
     * Whether this engagement is late: still open ({@code PLANNED} or {@code IN_PROGRESS}) and the
     * last day its due date may mean is before {@code today} (a due date of {@code 2019} is late from
     * 1 January 2020).
     *
     * @param today the day to judge at, not null
     * @return true if late; false without a due date
     */
    public boolean isLate(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return status.isOpen() && dueDate != null && dueDate.lastDay().isBefore(today);
    }

    /**
     * The engagements that are {@linkplain #isLate late} on their due date.
     *
     * @param engagements the engagements, not null
     * @param today       the day to judge at, not null
     * @return the late ones in their given order, not null
     */
    public static List<Engagement> late(Collection<Engagement> engagements, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return engagements.stream().filter(engagement -> engagement.isLate(today)).toList();
    }

    /**
     * Builds an {@link Engagement}; obtained from {@link Engagement#builder} or
     * {@link Engagement#toBuilder()}. Setters replace the value; {@code add...} methods append.
     */
    public static final class Builder {

        private final String id;
        private final String title;
        private final Pillar pillar;
        private String description;
        private final Set<TransversePriority> priorities = EnumSet.noneOf(TransversePriority.class);
        private final List<String> signatories = new ArrayList<>();
        private final List<TerritoryRef> targetQuarters = new ArrayList<>();
        private EngagementStatus status = EngagementStatus.PLANNED;
        private int progress;
        private ReducedDate startDate;
        private ReducedDate dueDate;
        private String parentId;
        private BigDecimal weight;
        private final List<Milestone> milestones = new ArrayList<>();
        private final List<String> indicatorCodes = new ArrayList<>();

        private Builder(String id, String title, Pillar pillar) {
            this.id = id;
            this.title = title;
            this.pillar = pillar;
        }

        /**
         * Sets the description.
         *
         * @param value the description, may be null
         * @return this builder
         */
        public Builder description(String value) {
            description = value;
            return this;
        }

        /**
         * Replaces the transverse priorities.
         *
         * @param values the priorities, not null
         * @return this builder
         */
        public Builder priorities(Collection<TransversePriority> values) {
            priorities.clear();
            priorities.addAll(values);
            return this;
        }

        /**
         * Adds transverse priorities.
         *
         * @param values the priorities, not null
         * @return this builder
         */
        public Builder addPriorities(TransversePriority... values) {
            priorities.addAll(List.of(values));
            return this;
        }

        /**
         * Replaces the signatories.
         *
         * @param values the governance body ids, not null
         * @return this builder
         */
        public Builder signatories(Collection<String> values) {
            signatories.clear();
            signatories.addAll(values);
            return this;
        }

        /**
         * Adds signatories.
         *
         * @param values the governance body ids, not null
         * @return this builder
         */
        public Builder addSignatories(String... values) {
            signatories.addAll(List.of(values));
            return this;
        }

        /**
         * Replaces the target territories.
         *
         * @param values the territories, not null; empty for the whole contract territory
         * @return this builder
         */
        public Builder targetQuarters(Collection<TerritoryRef> values) {
            targetQuarters.clear();
            targetQuarters.addAll(values);
            return this;
        }

        /**
         * Adds target territories.
         *
         * @param values the territories, not null
         * @return this builder
         */
        public Builder addTargetQuarters(TerritoryRef... values) {
            targetQuarters.addAll(List.of(values));
            return this;
        }

        /**
         * Sets the status, without checking the change (use {@link Engagement#withStatus} for that).
         *
         * @param value the status, not null
         * @return this builder
         */
        public Builder status(EngagementStatus value) {
            status = Objects.requireNonNull(value, "status");
            return this;
        }

        /**
         * Sets the progress.
         *
         * @param value the progress in whole percent
         * @return this builder
         */
        public Builder progress(int value) {
            progress = value;
            return this;
        }

        /**
         * Sets the start date.
         *
         * @param value the date, may be null
         * @return this builder
         */
        public Builder startDate(ReducedDate value) {
            startDate = value;
            return this;
        }

        /**
         * Sets the due date.
         *
         * @param value the date, may be null
         * @return this builder
         */
        public Builder dueDate(ReducedDate value) {
            dueDate = value;
            return this;
        }

        /**
         * Sets the parent engagement.
         *
         * @param value the parent's id, may be null
         * @return this builder
         */
        public Builder parentId(String value) {
            parentId = value;
            return this;
        }

        /**
         * Sets the weight in the parent's progress.
         *
         * @param value the weight, may be null
         * @return this builder
         */
        public Builder weight(BigDecimal value) {
            weight = value;
            return this;
        }

        /**
         * Replaces the milestones.
         *
         * @param values the milestones, not null
         * @return this builder
         */
        public Builder milestones(Collection<Milestone> values) {
            milestones.clear();
            milestones.addAll(values);
            return this;
        }

        /**
         * Adds milestones.
         *
         * @param values the milestones, not null
         * @return this builder
         */
        public Builder addMilestones(Milestone... values) {
            milestones.addAll(List.of(values));
            return this;
        }

        /**
         * Replaces the indicator codes.
         *
         * @param values the codes, not null
         * @return this builder
         */
        public Builder indicatorCodes(Collection<String> values) {
            indicatorCodes.clear();
            indicatorCodes.addAll(values);
            return this;
        }

        /**
         * Adds indicator codes.
         *
         * @param values the codes, not null
         * @return this builder
         */
        public Builder addIndicatorCodes(String... values) {
            indicatorCodes.addAll(List.of(values));
            return this;
        }

        /**
         * Builds the engagement.
         *
         * @return the engagement, not null
         * @throws NullPointerException  if a required part is null or a collection holds a null
         * @throws InvalidValueException if the id or parent id is blank
         */
        public Engagement build() {
            return new Engagement(id, title, description, pillar, priorities, signatories, targetQuarters,
                    status, progress, startDate, dueDate, parentId, weight, milestones, indicatorCodes);
        }
    }
}
