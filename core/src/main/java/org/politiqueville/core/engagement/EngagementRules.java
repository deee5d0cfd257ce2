package org.politiqueville.core.engagement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;

/**
 * The rules engagements follow beyond their Bean Validation constraints. None of them is a legal rule:
 * they report errors, or warnings for what only deserves a look.
 *
 * <p>Paths are built under the prefix the caller passes: with {@code engagements[3]} a progress that
 * does not match the status is reported at {@code engagements[3].progress}.
 */
public final class EngagementRules {

    private static final String OPEN_BOUND = "…";

    private EngagementRules() {
    }

    /**
     * Checks one engagement on its own:
     * <ul>
     * <li>no signatory: error {@link ProblemCode#ENGAGEMENT_WITHOUT_SIGNATORY} at {@code .signatories};</li>
     * <li>a progress in 0–100 that does not go with the status ({@link EngagementStatus#isConsistentWith}):
     *     error {@link ProblemCode#PROGRESS_STATUS_MISMATCH} at {@code .progress}, value the progress,
     *     detail the status (a progress outside 0–100 is left to Bean Validation);</li>
     * <li>a due date certainly before the start date: error {@link ProblemCode#END_BEFORE_START} at
     *     {@code .dueDate}, details start and due date;</li>
     * <li>a weight without a parent: warning {@link ProblemCode#ENGAGEMENT_WEIGHT_WITHOUT_PARENT} at
     *     {@code .weight};</li>
     * <li>a milestone certainly before the start or after the due date: warning
     *     {@link ProblemCode#MILESTONE_OUTSIDE_SCHEDULE} at {@code .milestones[i].date}, details start
     *     and due date ({@code …} when absent).</li>
     * </ul>
     *
     * @param engagement the engagement, not null
     * @param path       the engagement's path, such as {@code engagements[3]}, not null
     * @param context    where to report, not null
     */
    public static void checkEngagement(Engagement engagement, String path, RuleContext context) {
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(context, "context");
        if (engagement.signatories().isEmpty()) {
            context.error(ProblemCode.ENGAGEMENT_WITHOUT_SIGNATORY, child(path, "signatories"), null);
        }
        int progress = engagement.progress();
        if (progress >= 0 && progress <= 100 && !engagement.status().isConsistentWith(progress)) {
            context.error(ProblemCode.PROGRESS_STATUS_MISMATCH, child(path, "progress"),
                    Integer.toString(progress), engagement.status().name());
        }
        ReducedDate start = engagement.startDate();
        ReducedDate due = engagement.dueDate();
        if (start != null && due != null && due.isBefore(start)) {
            context.error(ProblemCode.END_BEFORE_START, child(path, "dueDate"), due.toString(),
                    start.toString(), due.toString());
        }
        if (engagement.weight() != null && engagement.parentId() == null) {
            context.warning(ProblemCode.ENGAGEMENT_WEIGHT_WITHOUT_PARENT, child(path, "weight"),
                    engagement.weight().toPlainString());
        }
        List<Milestone> milestones = engagement.milestones();
        for (int i = 0; i < milestones.size(); i++) {
            ReducedDate date = milestones.get(i).date();
            if ((start != null && date.isBefore(start)) || (due != null && due.isBefore(date))) {
                context.warning(ProblemCode.MILESTONE_OUTSIDE_SCHEDULE,
                        child(path, "milestones[" + i + "].date"), date.toString(),
                        start == null ? OPEN_BOUND : start.toString(), due == null ? OPEN_BOUND : due.toString());
            }
        }
    }

    /**
     * Checks how engagements nest, over the list they belong to (the first engagement with an id
     * stands for it; duplicate ids are the whole contract's check):
     * <ul>
     * <li>a parent id no engagement has: error {@link ProblemCode#DANGLING_REFERENCE} at
     *     {@code [i].parentId}, value the parent id, detail {@code engagement};</li>
     * <li>engagements whose parents lead back to themselves ({@code a → b → a}, or {@code a → a}):
     *     error {@link ProblemCode#ENGAGEMENT_CYCLE}, reported once per cycle at the
     *     {@code [i].parentId} of the cycle's first engagement in the list, value its id, detail the
     *     cycle from it, such as {@code a → b → a};</li>
     * <li>outside cycles, a parent that itself has a parent: error
     *     {@link ProblemCode#ENGAGEMENT_NESTING_TOO_DEEP} at {@code [i].parentId}, value the child's id;</li>
     * <li>children of one parent of which some have a weight and others not (the
     *     {@linkplain ProgressRollup roll-up} then ignores the weights): warning
     *     {@link ProblemCode#ENGAGEMENT_WEIGHT_MISSING} at {@code [i].weight} of each child without one,
     *     detail the parent id.</li>
     * </ul>
     *
     * @param engagements the engagements, not null
     * @param path        the list's path, such as {@code engagements}, not null
     * @param context     where to report, not null
     */
    public static void checkHierarchy(List<Engagement> engagements, String path, RuleContext context) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(context, "context");
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < engagements.size(); i++) {
            indexById.putIfAbsent(engagements.get(i).id(), i);
        }
        Set<Integer> inCycle = reportCycles(engagements, indexById, path, context);
        for (int i = 0; i < engagements.size(); i++) {
            String parentId = engagements.get(i).parentId();
            if (parentId == null) {
                continue;
            }
            Integer parent = indexById.get(parentId);
            if (parent == null) {
                context.error(ProblemCode.DANGLING_REFERENCE, element(path, i, "parentId"), parentId, "engagement");
            } else if (!inCycle.contains(i) && engagements.get(parent).parentId() != null) {
                context.error(ProblemCode.ENGAGEMENT_NESTING_TOO_DEEP, element(path, i, "parentId"),
                        engagements.get(i).id());
            }
        }
        reportMissingWeights(engagements, indexById, path, context);
    }

    /**
     * Checks a list of engagements: each one with {@link #checkEngagement} at {@code path[i]}, then
     * their nesting with {@link #checkHierarchy}.
     *
     * @param engagements the engagements, not null
     * @param path        the list's path, such as {@code engagements}, not null
     * @param context     where to report, not null
     */
    public static void checkEngagements(List<Engagement> engagements, String path, RuleContext context) {
        Objects.requireNonNull(path, "path");
        for (int i = 0; i < engagements.size(); i++) {
            checkEngagement(engagements.get(i), element(path, i, ""), context);
        }
        checkHierarchy(engagements, path, context);
    }

    /**
     * Checks that an engagement's references name existing objects: each unknown one is an error
     * {@link ProblemCode#DANGLING_REFERENCE} at {@code .signatories[i]} (detail
     * {@code governance body}), {@code .targetQuarters[i]} (detail {@code territory}) or
     * {@code .indicatorCodes[i]} (detail {@code indicator}).
     *
     * @param engagement           the engagement, not null
     * @param path                 the engagement's path, such as {@code engagements[3]}, not null
     * @param governanceBodyExists whether a governance body id exists, not null
     * @param territoryExists      whether a territory exists, not null
     * @param indicatorExists      whether an indicator code exists, not null
     * @param context              where to report, not null
     */
    public static void checkReferences(Engagement engagement, String path, Predicate<String> governanceBodyExists,
                                       Predicate<TerritoryRef> territoryExists, Predicate<String> indicatorExists,
                                       RuleContext context) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(context, "context");
        reportUnknown(engagement.signatories(), governanceBodyExists, child(path, "signatories"), "governance body",
                context);
        reportUnknown(engagement.targetQuarters(), territoryExists, child(path, "targetQuarters"), "territory",
                context);
        reportUnknown(engagement.indicatorCodes(), indicatorExists, child(path, "indicatorCodes"), "indicator",
                context);
    }

    private static <T> void reportUnknown(List<T> references, Predicate<? super T> exists, String path, String kind,
                                          RuleContext context) {
        Objects.requireNonNull(exists, "exists");
        for (int i = 0; i < references.size(); i++) {
            if (!exists.test(references.get(i))) {
                context.error(ProblemCode.DANGLING_REFERENCE, path + "[" + i + "]", references.get(i).toString(), kind);
            }
        }
    }

    private static Set<Integer> reportCycles(List<Engagement> engagements, Map<String, Integer> indexById,
                                             String path, RuleContext context) {
        // Each engagement has at most one parent, so a walk up from any engagement either stops or
        // runs into a cycle; marking visited engagements keeps the whole search linear.
        int[] state = new int[engagements.size()];
        final int onWalk = 1;
        final int visited = 2;
        Set<Integer> inCycle = new HashSet<>();
        for (int start = 0; start < engagements.size(); start++) {
            List<Integer> walk = new ArrayList<>();
            Integer current = start;
            while (current != null && state[current] == 0) {
                state[current] = onWalk;
                walk.add(current);
                String parentId = engagements.get(current).parentId();
                current = parentId == null ? null : indexById.get(parentId);
            }
            if (current != null && state[current] == onWalk) {
                List<Integer> cycle = walk.subList(walk.indexOf(current), walk.size());
                inCycle.addAll(cycle);
                reportCycle(engagements, cycle, path, context);
            }
            for (int index : walk) {
                state[index] = visited;
            }
        }
        return inCycle;
    }

    private static void reportCycle(List<Engagement> engagements, List<Integer> cycle, String path,
                                    RuleContext context) {
        int first = cycle.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int offset = cycle.indexOf(first);
        StringBuilder description = new StringBuilder();
        for (int k = 0; k < cycle.size(); k++) {
            description.append(engagements.get(cycle.get((offset + k) % cycle.size())).id()).append(" → ");
        }
        description.append(engagements.get(first).id());
        context.error(ProblemCode.ENGAGEMENT_CYCLE, element(path, first, "parentId"), engagements.get(first).id(),
                description.toString());
    }

    private static void reportMissingWeights(List<Engagement> engagements, Map<String, Integer> indexById,
                                             String path, RuleContext context) {
        Map<String, List<Integer>> childrenByParent = new LinkedHashMap<>();
        for (int i = 0; i < engagements.size(); i++) {
            String parentId = engagements.get(i).parentId();
            if (parentId != null && indexById.containsKey(parentId)) {
                childrenByParent.computeIfAbsent(parentId, id -> new ArrayList<>()).add(i);
            }
        }
        childrenByParent.forEach((parentId, children) -> {
            Map<Boolean, List<Integer>> byWeight = children.stream()
                    .collect(Collectors.partitioningBy(i -> engagements.get(i).weight() != null));
            if (!byWeight.get(true).isEmpty()) {
                for (int i : byWeight.get(false)) {
                    context.warning(ProblemCode.ENGAGEMENT_WEIGHT_MISSING, element(path, i, "weight"), null, parentId);
                }
            }
        });
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String element(String path, int index, String name) {
        String element = path + "[" + index + "]";
        return name.isEmpty() ? element : element + "." + name;
    }
}
