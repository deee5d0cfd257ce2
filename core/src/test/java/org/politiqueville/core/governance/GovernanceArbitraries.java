package org.politiqueville.core.governance;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.territory.TerritoryRef;

/**
 * jqwik generators of valid governance objects: each passes {@link GovernanceRules} when the
 * quarters it covers ({@code quarter:…} references) are priority quarters, and its Bean Validation
 * constraints. Councils generated separately may share a quarter, so
 * {@link GovernanceRules#checkOneCouncilPerQuarter} is the caller's business.
 */
public final class GovernanceArbitraries {

    private GovernanceArbitraries() {
    }

    /**
     * Body and quarter ids: lower-case words joined by dashes, such as {@code bottiere-pin-sec}.
     *
     * @return the ids
     */
    public static Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .list().ofMinSize(1).ofMaxSize(3).map(words -> String.join("-", words));
    }

    /**
     * Reduced dates between 2014 and 2030, of any precision.
     *
     * @return the dates
     */
    public static Arbitrary<ReducedDate> dates() {
        Arbitrary<Integer> years = Arbitraries.integers().between(2014, 2030);
        Arbitrary<Integer> months = Arbitraries.integers().between(0, 12);
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 28);
        return Combinators.combine(years, months, days)
                .as((year, month, day) -> new ReducedDate(year, month, month == 0 ? 0 : day));
    }

    /**
     * Compositions that satisfy the law: residents at least half, residents' college within one of
     * parity, residents drawn by lot (or selection unknown).
     *
     * @return the compositions
     */
    public static Arbitrary<CouncilComposition> compositions() {
        Arbitrary<Integer> men = Arbitraries.integers().between(0, 30);
        Arbitrary<Integer> gap = Arbitraries.integers().between(-1, 1);
        Arbitrary<Integer> others = Arbitraries.integers().between(0, 3);
        Arbitrary<MemberCount> residents = Combinators.combine(men, gap, others)
                .as((m, g, o) -> new MemberCount(Math.max(0, m + g), m, o));
        Arbitrary<ResidentSelection> selection = Arbitraries.of(
                ResidentSelection.DRAWN_BY_LOT, ResidentSelection.DRAWN_BY_LOT_AND_VOLUNTEERS).injectNull(0.1);
        return Combinators.combine(residents, Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                        selection)
                .as((college, actorsShare, womenShare, chosen) -> {
                    int actors = (int) Math.floor(college.total() * actorsShare);
                    int actorWomen = (int) Math.floor(actors * womenShare);
                    return new CouncilComposition(college, MemberCount.of(actorWomen, actors - actorWomen), chosen);
                });
    }

    /**
     * Installed or announced citizens' councils covering one to three quarters, with or without a
     * valid composition, no legal identifier and no member organisation.
     *
     * @return the councils
     */
    public static Arbitrary<GovernanceBody> councils() {
        Arbitrary<List<TerritoryRef>> quarters = ids().map(TerritoryRef::quarter).list().ofMinSize(1).ofMaxSize(3)
                .uniqueElements();
        return Combinators.combine(ids(), quarters, activity(), compositions().injectNull(0.2))
                .as((id, covered, dates, composition) -> GovernanceBody.builder(id, "Conseil citoyen " + id,
                                BodyKind.CITIZENS_COUNCIL)
                        .territories(covered)
                        .installation(dates.start())
                        .end(dates.end())
                        .composition(composition)
                        .build());
    }

    /**
     * Valid bodies of any kind: citizens' councils as {@link #councils()}, other bodies without
     * composition, possibly with member organisations and territories (quarters or districts).
     *
     * @return the bodies
     */
    public static Arbitrary<GovernanceBody> bodies() {
        Arbitrary<BodyKind> kinds = Arbitraries.of(BodyKind.class).filter(kind -> kind != BodyKind.CITIZENS_COUNCIL);
        Arbitrary<TerritoryRef> territory = Arbitraries.oneOf(ids().map(TerritoryRef::quarter),
                ids().map(TerritoryRef::district));
        Arbitrary<GovernanceBody> others = Combinators.combine(ids(), kinds,
                        territory.list().ofMaxSize(3).uniqueElements(), activity(),
                        ids().list().ofMaxSize(5))
                .as((id, kind, covered, dates, members) -> GovernanceBody.builder(id, "Organe " + id, kind)
                        .territories(covered)
                        .installation(dates.start())
                        .end(dates.end())
                        .members(members)
                        .build());
        return Arbitraries.oneOf(councils(), others);
    }

    /**
     * Memberships of a given body, with or without role and dates, never ending before they start.
     *
     * @param organisation the body's id, not blank
     * @return the memberships
     */
    public static Arbitrary<Membership> memberships(String organisation) {
        return membershipsOf(Arbitraries.just(organisation));
    }

    /**
     * Memberships of generated bodies: check them with their own {@link Membership#organisation()} as
     * the known body.
     *
     * @return the memberships
     */
    public static Arbitrary<Membership> memberships() {
        return membershipsOf(ids());
    }

    private static Arbitrary<Membership> membershipsOf(Arbitrary<String> organisations) {
        Arbitrary<String> roles = Arbitraries.of("membre", "co-président", "co-présidente", "secrétaire")
                .injectNull(0.2);
        return Combinators.combine(ids(), organisations, roles, activity())
                .as((member, organisation, role, dates) -> new Membership(member, organisation, role, dates.start(),
                        dates.end()));
    }

    /** A start (null = unknown) and an end (null = none) that never comes before the start. */
    private record Activity(ReducedDate start, ReducedDate end) {
    }

    private static Arbitrary<Activity> activity() {
        // The end is drawn as a year offset and a month and day, not through flatMap, which would make
        // generation and shrinking much slower.
        Arbitrary<ReducedDate> starts = dates().injectNull(0.2);
        Arbitrary<Integer> yearsLater = Arbitraries.integers().between(1, 10);
        Arbitrary<Integer> months = Arbitraries.integers().between(0, 12);
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 28);
        Arbitrary<Boolean> ended = Arbitraries.of(true, false);
        return Combinators.combine(starts, yearsLater, months, days, ended)
                .as((start, later, month, day, hasEnd) -> {
                    int endYear = (start == null ? 2014 : start.year()) + later;
                    ReducedDate end = hasEnd ? new ReducedDate(endYear, month, month == 0 ? 0 : day) : null;
                    return new Activity(start, end);
                });
    }
}
