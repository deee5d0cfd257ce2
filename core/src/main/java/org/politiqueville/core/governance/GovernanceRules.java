package org.politiqueville.core.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;

/**
 * The rules on governance bodies and memberships, from law 2014-173 (art. 7) and the 2014 reference
 * framework of citizens' councils.
 *
 * <p>Legal rules are reported through {@link RuleContext#legalRule}: warnings by default, errors in
 * strict mode. Inconsistent data (an end before its start, a dangling reference, a composition on a
 * body that is not a council) is always an error. Each method takes the property path of what it
 * checks, such as {@code bodies[2]}, and reports below it ({@code bodies[2].composition}).
 */
public final class GovernanceRules {

    /** The kind of object a membership's organisation refers to, detail of a dangling reference. */
    static final String BODY_REFERENCE = "governance body";

    private GovernanceRules() {
    }

    /**
     * Checks a list of bodies: each body on its own at {@code path[i]} (see
     * {@link #checkBody}), then {@linkplain #checkOneCouncilPerQuarter one council per quarter}.
     *
     * @param bodies             the bodies, not null
     * @param priorityQuartersOf the ids of the priority quarters a covered territory is or contains
     *                           (empty for a watch quarter, all its priority quarters for a district),
     *                           not null, never returning null
     * @param path               the list's path, such as {@code bodies}, not null
     * @param context            where to report, not null
     */
    public static void checkBodies(List<GovernanceBody> bodies,
                                   Function<TerritoryRef, Set<String>> priorityQuartersOf,
                                   String path, RuleContext context) {
        Objects.requireNonNull(priorityQuartersOf, "priorityQuartersOf");
        Predicate<TerritoryRef> coversPriorityQuarter = territory -> !priorityQuartersOf.apply(territory).isEmpty();
        for (int i = 0; i < bodies.size(); i++) {
            checkBody(bodies.get(i), coversPriorityQuarter, indexed(path, i), context);
        }
        checkOneCouncilPerQuarter(bodies, priorityQuartersOf, path, context);
    }

    /**
     * Checks one body: its dates, that a citizens' council covers a priority quarter, and its
     * composition (which only a citizens' council may have).
     *
     * @param body                  the body, not null
     * @param coversPriorityQuarter whether a covered territory is or contains a priority quarter,
     *                              not null
     * @param path                  the body's path, such as {@code bodies[2]}, not null
     * @param context               where to report, not null
     */
    public static void checkBody(GovernanceBody body, Predicate<TerritoryRef> coversPriorityQuarter, String path,
                                 RuleContext context) {
        checkDates(body, path, context);
        checkCoversPriorityQuarter(body, coversPriorityQuarter, path, context);
        if (body.composition() != null) {
            String compositionPath = path + ".composition";
            if (body.isCitizensCouncil()) {
                checkComposition(body.composition(), compositionPath, context);
            } else {
                context.error(ProblemCode.COMPOSITION_NOT_APPLICABLE, compositionPath, body.id(), body.kind().name());
            }
        }
    }

    /**
     * Checks that a body does not end before it is installed; an error, at {@code path.end}.
     * Reduced dates are compared by what they certainly mean: a body installed in 2017 and ended in
     * 2017-03 is fine.
     *
     * @param body    the body, not null
     * @param path    the body's path, not null
     * @param context where to report, not null
     */
    public static void checkDates(GovernanceBody body, String path, RuleContext context) {
        checkEndNotBeforeStart(body.installation(), body.end(), path, context);
    }

    /**
     * Checks that a citizens' council covers at least one priority quarter
     * ({@link ProblemCode#COUNCIL_WITHOUT_PRIORITY_QUARTER}, a legal rule, at
     * {@code path.territories}). Other bodies are not concerned.
     *
     * @param body                  the body, not null
     * @param coversPriorityQuarter whether a covered territory is or contains a priority quarter
     *                              (a district containing one counts), not null
     * @param path                  the body's path, not null
     * @param context               where to report, not null
     */
    public static void checkCoversPriorityQuarter(GovernanceBody body, Predicate<TerritoryRef> coversPriorityQuarter,
                                                  String path, RuleContext context) {
        Objects.requireNonNull(coversPriorityQuarter, "coversPriorityQuarter");
        if (body.isCitizensCouncil() && body.territories().stream().noneMatch(coversPriorityQuarter)) {
            context.legalRule(ProblemCode.COUNCIL_WITHOUT_PRIORITY_QUARTER, path + ".territories", body.id());
        }
    }

    /**
     * Checks a citizens' council's composition against the law, all at {@code path}: residents are at
     * least half of the members ({@link ProblemCode#RESIDENTS_MINORITY}), the residents' college has
     * as many women as men give or take one ({@link ProblemCode#RESIDENTS_PARITY}; members of other
     * or unspecified gender are left out), and residents are not volunteers only
     * ({@link ProblemCode#RESIDENTS_VOLUNTEERS_ONLY}; an unknown selection is not reported). All are
     * legal rules.
     *
     * @param composition the composition, not null
     * @param path        the composition's path, such as {@code bodies[2].composition}, not null
     * @param context     where to report, not null
     */
    public static void checkComposition(CouncilComposition composition, String path, RuleContext context) {
        int residents = composition.residents();
        int total = composition.total();
        if (2L * residents < total) {
            context.legalRule(ProblemCode.RESIDENTS_MINORITY, path, Integer.toString(residents),
                    Integer.toString(residents), Integer.toString(total));
        }
        MemberCount college = composition.residentsCollege();
        if (Math.abs((long) college.women() - college.men()) > 1) {
            context.legalRule(ProblemCode.RESIDENTS_PARITY, path, null,
                    Integer.toString(college.women()), Integer.toString(college.men()));
        }
        if (composition.residentSelection() == ResidentSelection.VOLUNTEERS_ONLY) {
            context.legalRule(ProblemCode.RESIDENTS_VOLUNTEERS_ONLY, path, ResidentSelection.VOLUNTEERS_ONLY.name());
        }
    }

    /**
     * Checks that no priority quarter is covered by two citizens' councils at the same time
     * ({@link ProblemCode#QUARTER_WITH_SEVERAL_COUNCILS}, a legal rule).
     *
     * <p>A council is active from its installation to its end, or for ever when it has no end; an
     * announced council (no installation date) is not active yet. Two councils are reported only when
     * their reduced dates certainly overlap: a council ended in 2018 and its successor installed in
     * 2018 are not. One problem is reported per quarter, with the quarter's id as value and the ids of
     * the councils involved as detail, at {@code path[i].territories} where {@code i} is the index of
     * the last of those councils in the list.
     *
     * @param bodies             the bodies, not null; those that are not citizens' councils are
     *                           ignored
     * @param priorityQuartersOf the ids of the priority quarters a covered territory is or contains,
     *                           not null, never returning null
     * @param path               the list's path, such as {@code bodies}, not null
     * @param context            where to report, not null
     */
    public static void checkOneCouncilPerQuarter(List<GovernanceBody> bodies,
                                                 Function<TerritoryRef, Set<String>> priorityQuartersOf,
                                                 String path, RuleContext context) {
        Objects.requireNonNull(priorityQuartersOf, "priorityQuartersOf");
        Map<String, Set<Integer>> councilsByQuarter = new LinkedHashMap<>();
        for (int i = 0; i < bodies.size(); i++) {
            GovernanceBody body = bodies.get(i);
            if (body.isCitizensCouncil() && !body.isAnnounced()) {
                for (TerritoryRef territory : body.territories()) {
                    for (String quarter : priorityQuartersOf.apply(territory)) {
                        councilsByQuarter.computeIfAbsent(quarter, key -> new LinkedHashSet<>()).add(i);
                    }
                }
            }
        }
        councilsByQuarter.forEach((quarter, indexes) -> {
            List<Integer> involved = overlapping(bodies, new ArrayList<>(indexes));
            if (!involved.isEmpty()) {
                String ids = involved.stream().map(i -> bodies.get(i).id()).collect(Collectors.joining(", "));
                context.legalRule(ProblemCode.QUARTER_WITH_SEVERAL_COUNCILS,
                        indexed(path, involved.get(involved.size() - 1)) + ".territories", quarter, ids);
            }
        });
    }

    /**
     * Checks each membership at {@code path[i]} (see {@link #checkMembership}).
     *
     * @param memberships the memberships, not null
     * @param bodyIds     the ids of the known bodies, not null
     * @param path        the list's path, such as {@code memberships}, not null
     * @param context     where to report, not null
     */
    public static void checkMemberships(List<Membership> memberships, Set<String> bodyIds, String path,
                                        RuleContext context) {
        for (int i = 0; i < memberships.size(); i++) {
            checkMembership(memberships.get(i), bodyIds, indexed(path, i), context);
        }
    }

    /**
     * Checks a membership: it does not end before it starts ({@link ProblemCode#END_BEFORE_START} at
     * {@code path.end}) and its organisation is a known body ({@link ProblemCode#DANGLING_REFERENCE}
     * at {@code path.organisation}); both are errors.
     *
     * @param membership the membership, not null
     * @param bodyIds    the ids of the known bodies, not null
     * @param path       the membership's path, such as {@code memberships[4]}, not null
     * @param context    where to report, not null
     */
    public static void checkMembership(Membership membership, Set<String> bodyIds, String path,
                                       RuleContext context) {
        checkEndNotBeforeStart(membership.start(), membership.end(), path, context);
        if (!bodyIds.contains(membership.organisation())) {
            context.error(ProblemCode.DANGLING_REFERENCE, path + ".organisation", membership.organisation(),
                    BODY_REFERENCE);
        }
    }

    private static void checkEndNotBeforeStart(ReducedDate start, ReducedDate end, String path,
                                               RuleContext context) {
        if (start != null && end != null && end.isBefore(start)) {
            context.error(ProblemCode.END_BEFORE_START, path + ".end", end.toString(), start.toString(),
                    end.toString());
        }
    }

    /** The indexes, in list order, of the councils whose active period overlaps another's. */
    private static List<Integer> overlapping(List<GovernanceBody> bodies, List<Integer> indexes) {
        Set<Integer> involved = new LinkedHashSet<>();
        for (int a = 0; a < indexes.size(); a++) {
            for (int b = a + 1; b < indexes.size(); b++) {
                if (certainlyOverlap(bodies.get(indexes.get(a)), bodies.get(indexes.get(b)))) {
                    involved.add(indexes.get(a));
                    involved.add(indexes.get(b));
                }
            }
        }
        return involved.stream().sorted().toList();
    }

    /**
     * Whether two installed bodies are both active on some day for sure: each is surely active from
     * the last day its installation may mean until the first day its end may mean.
     */
    private static boolean certainlyOverlap(GovernanceBody first, GovernanceBody second) {
        LocalDate latestStart = max(first.installation().lastDay(), second.installation().lastDay());
        LocalDate earliestEnd = min(surelyActiveUntil(first), surelyActiveUntil(second));
        return latestStart.isBefore(earliestEnd);
    }

    private static LocalDate surelyActiveUntil(GovernanceBody body) {
        return body.end() == null ? LocalDate.MAX : body.end().firstDay();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String indexed(String path, int index) {
        return path + "[" + index + "]";
    }
}
