package org.politiqueville.core.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.politiqueville.core.catalogue.CatalogueArbitraries;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.engagement.EngagementArbitraries;
import org.politiqueville.core.governance.BodyKind;
import org.politiqueville.core.governance.CouncilComposition;
import org.politiqueville.core.governance.GovernanceArbitraries;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.governance.Membership;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.indicator.IndicatorArbitraries;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.indicator.ObservationKey;
import org.politiqueville.core.indicator.StandardIndicators;
import org.politiqueville.core.territory.Agglomeration;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.District;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.TerritoryArbitraries;
import org.politiqueville.core.territory.TerritoryRef;

/**
 * jqwik generators of whole, valid city contracts, whose every reference resolves: the other
 * packages' generators give the parts, and this class wires them to each other. Shipped in the
 * core test-jar for the adapters' round-trip properties.
 */
@SuppressWarnings("exports")
public final class ContractArbitraries {

    private static final String STEERING = "comite-pilotage";

    private ContractArbitraries() {
    }

    /**
     * Valid city contracts: one to six quarters in the agglomeration's communes, a district when
     * there are two quarters or more, one citizens' council per priority quarter and a steering
     * committee, memberships, engagements signed by the committee, the standard indicators with
     * observations of the contract's territories, documents and a timeline. They validate with no
     * error (warnings, such as unresolved "Quartier" categories or legal rules on compositions, may
     * occur).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CityContract> contracts() {
        return Combinators.combine(
                        TerritoryArbitraries.agglomerations(),
                        TerritoryArbitraries.quarters().list().ofMinSize(1).ofMaxSize(6),
                        GovernanceArbitraries.compositions().injectNull(0.3).list().ofSize(6),
                        EngagementArbitraries.engagementLists(),
                        IndicatorArbitraries.observations().list().ofMaxSize(8),
                        CatalogueArbitraries.documentLists(),
                        Arbitraries.of(Period.ofYears(2015, 2020), Period.ofYears(2024, 2030)).injectNull(0.2))
                .as(ContractArbitraries::assemble);
    }

    private static CityContract assemble(Agglomeration agglomeration, List<Quarter> generatedQuarters,
                                         List<CouncilComposition> compositions, List<Engagement> generatedEngagements,
                                         List<Observation> generatedObservations, List<Document> documents,
                                         Period period) {
        List<Commune> communes = agglomeration.communes().stream().map(c -> new Commune(c, "Commune " + c)).toList();
        List<Quarter> quarters = new ArrayList<>();
        for (int i = 0; i < generatedQuarters.size(); i++) {
            Quarter q = generatedQuarters.get(i);
            quarters.add(Quarter.builder("q" + i, q.label() + " " + i).status(q.status()).codes(q.codes())
                    .commune(agglomeration.communes().get(i % agglomeration.communes().size()))
                    .population(q.population()).build());
        }
        List<District> districts = quarters.size() < 2 ? List.of()
                : List.of(new District("d0", "Secteur 0", List.of(), List.of("q0", "q1")));

        List<GovernanceBody> bodies = new ArrayList<>();
        bodies.add(GovernanceBody.builder(STEERING, "Comité de pilotage", BodyKind.STEERING_COMMITTEE)
                .territory(TerritoryRef.agglomeration(agglomeration.id()))
                .installation(ReducedDate.ofYear(2015)).build());
        for (int i = 0; i < quarters.size(); i++) {
            if (quarters.get(i).isPriority()) {
                bodies.add(GovernanceBody.builder("cc-" + i, "Conseil citoyen " + i, BodyKind.CITIZENS_COUNCIL)
                        .territory(TerritoryRef.quarter("q" + i)).installation(ReducedDate.ofYear(2016))
                        .composition(compositions.get(i)).build());
            }
        }
        List<Membership> memberships = bodies.stream()
                .map(b -> new Membership("Association des habitants", b.id(), "membre", null, null)).toList();

        List<Engagement> engagements = generatedEngagements.stream().map(e -> e.toBuilder()
                .signatories(List.of(STEERING))
                .targetQuarters(e.targetQuarters().isEmpty() ? List.of() : List.of(TerritoryRef.quarter("q0")))
                .indicatorCodes(e.indicatorCodes().isEmpty() ? List.of() : List.of("DISP_MED"))
                .build()).toList();

        List<TerritoryRef> observed = new ArrayList<>();
        quarters.forEach(q -> observed.add(q.ref()));
        observed.add(TerritoryRef.agglomeration(agglomeration.id()));
        Map<ObservationKey, Observation> observations = new LinkedHashMap<>();
        for (int i = 0; i < generatedObservations.size(); i++) {
            Observation o = generatedObservations.get(i);
            Observation placed = new Observation(o.indicator(), observed.get(i % observed.size()), o.period(),
                    o.value(), o.unit(), o.status(), o.confidentiality(), o.source());
            observations.putIfAbsent(placed.key(), placed);
        }

        return CityContract.builder("contrat-" + agglomeration.id(), "Contrat de ville " + agglomeration.name())
                .period(period).agglomeration(agglomeration).communes(communes).quarters(quarters)
                .districts(districts).bodies(bodies).memberships(memberships).engagements(engagements)
                .indicators(StandardIndicators.all()).observations(List.copyOf(observations.values()))
                .documents(documents)
                .timeline(List.of(new TimelineEntry(ReducedDate.ofYear(2015), "Signature du contrat",
                        List.of(STEERING), List.of(TerritoryRef.agglomeration(agglomeration.id())))))
                .build();
    }
}
