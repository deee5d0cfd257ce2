package org.politiqueville.core.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.territory.TerritoryRef;

/**
 * jqwik generators of valid engagements: they pass Bean Validation and {@link EngagementRules}
 * without any problem. Shared with the adapter modules' round-trip properties.
 */
public final class EngagementArbitraries {

    private static final LocalDate EARLIEST = LocalDate.of(2014, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2031, 12, 31);
    private static final int MAX_SPAN_DAYS = 5 * 366;

    private EngagementArbitraries() {
    }

    /**
     * Valid engagements without a parent: at least one signatory, a progress that goes with the
     * status, a due date not before the start date, milestones within the schedule.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Engagement> engagements() {
        Arbitrary<Engagement> base = Combinators.combine(ids(), titles(), Arbitraries.of(Pillar.class),
                        titles().injectNull(0.3), Arbitraries.of(TransversePriority.class).set(),
                        ids().list().ofMinSize(1).ofMaxSize(4), ids().map(TerritoryRef::quarter).list().ofMaxSize(3),
                        ids().list().ofMaxSize(3))
                .as((id, title, pillar, description, priorities, signatories, quarters, indicatorCodes) ->
                        Engagement.builder(id, title, pillar)
                                .description(description)
                                .priorities(priorities)
                                .signatories(signatories)
                                .targetQuarters(quarters)
                                .indicatorCodes(indicatorCodes)
                                .build());
        return Combinators.combine(base, Arbitraries.of(EngagementStatus.class), schedules())
                .flatAs((engagement, status, schedule) -> Combinators.combine(progressFor(status),
                                milestones(schedule.start(), schedule.due()).list().ofMaxSize(3))
                        .as((progress, milestones) -> engagement.toBuilder()
                                .status(status)
                                .progress(progress)
                                .startDate(schedule.start())
                                .dueDate(schedule.due())
                                .milestones(milestones)
                                .build()));
    }

    /**
     * Valid lists of engagements with distinct ids ({@code engagement-0}, {@code engagement-1}…)
     * where some engagements are children of an earlier top-level one; the children of one parent
     * either all have a weight or none has.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<List<Engagement>> engagementLists() {
        return Arbitraries.integers().between(0, 8).flatMap(size -> Combinators.combine(
                        engagements().list().ofSize(size),
                        Arbitraries.integers().between(-1, Math.max(size - 1, 0)).list().ofSize(size),
                        weights().list().ofSize(size),
                        Arbitraries.of(true, false).list().ofSize(size))
                .as(EngagementArbitraries::assemble));
    }

    /**
     * A progress in percent that goes with a status.
     *
     * @param status the status, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Integer> progressFor(EngagementStatus status) {
        return switch (status) {
            case PLANNED -> Arbitraries.just(0);
            case IN_PROGRESS -> Arbitraries.integers().between(0, 99);
            case DONE -> Arbitraries.just(100);
            case ABANDONED -> Arbitraries.integers().between(0, 100);
        };
    }

    /**
     * Positive weights with 2 decimal places, 0.01 to 100.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<BigDecimal> weights() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100")).ofScale(2);
    }

    /**
     * Reduced dates between 2014 and 2031, known to the year, month or day.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ReducedDate> reducedDates() {
        return days(EARLIEST, LATEST).flatMap(day -> Arbitraries.of(
                ReducedDate.ofYear(day.getYear()),
                ReducedDate.ofMonth(day.getYear(), day.getMonthValue()),
                ReducedDate.of(day)));
    }

    /**
     * Valid milestones dated within a schedule.
     *
     * @param start the start date, may be null
     * @param due   the due date, may be null; not before {@code start}
     * @return the arbitrary, not null
     */
    public static Arbitrary<Milestone> milestones(ReducedDate start, ReducedDate due) {
        LocalDate from = start != null ? start.firstDay() : due != null ? due.lastDay().minusDays(MAX_SPAN_DAYS) : EARLIEST;
        LocalDate to = due != null ? due.lastDay() : start != null ? start.firstDay().plusDays(MAX_SPAN_DAYS) : LATEST;
        return Combinators.combine(days(from, to).map(ReducedDate::of), titles(),
                        Arbitraries.integers().between(0, 100).injectNull(0.5))
                .as(Milestone::new);
    }

    private static Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMinLength(1).ofMaxLength(16);
    }

    private static Arbitrary<String> titles() {
        return Arbitraries.strings().alpha().withChars(' ', 'é', '’').ofMinLength(1).ofMaxLength(40)
                .filter(title -> !title.isBlank());
    }

    private static Arbitrary<LocalDate> days(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    private record Schedule(ReducedDate start, ReducedDate due) {
    }

    private static Arbitrary<Schedule> schedules() {
        return Combinators.combine(reducedDates().injectNull(0.3), reducedDates().injectNull(0.3))
                .as((first, second) -> first != null && second != null && second.isBefore(first)
                        ? new Schedule(second, first)
                        : new Schedule(first, second));
    }

    private static List<Engagement> assemble(List<Engagement> engagements, List<Integer> parentChoices,
                                             List<BigDecimal> weights, List<Boolean> weighsChildren) {
        List<Engagement> result = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        for (int i = 0; i < engagements.size(); i++) {
            int choice = parentChoices.get(i);
            // Only an earlier top-level engagement may be a parent: one level of nesting, no cycle.
            String parentId = choice >= 0 && choice < i && parents.get(choice) == null ? "engagement-" + choice : null;
            BigDecimal weight = parentId != null && weighsChildren.get(choice) ? weights.get(i) : null;
            Engagement e = engagements.get(i);
            result.add(new Engagement("engagement-" + i, e.title(), e.description(), e.pillar(), e.priorities(),
                    e.signatories(), e.targetQuarters(), e.status(), e.progress(), e.startDate(), e.dueDate(),
                    parentId, weight, e.milestones(), e.indicatorCodes()));
            parents.add(parentId);
        }
        return result;
    }
}
