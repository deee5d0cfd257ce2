package org.politiqueville.core.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.politiqueville.core.catalogue.Catalogue;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.engagement.ProgressRollup;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.governance.Membership;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.indicator.Gap;
import org.politiqueville.core.indicator.IndicatorAnalytics;
import org.politiqueville.core.indicator.IndicatorCatalog;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.territory.Agglomeration;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.District;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.TerritoryKind;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.territory.TerritoryResolver;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * A whole city contract (contrat de ville) in memory: the agglomeration it is signed for, its
 * communes, districts and quarters, its governance bodies and their memberships, its operational
 * engagements, indicator definitions and observations, its document catalogue and its timeline.
 *
 * <p>Immutable and thread-safe. Build it with {@link #builder(String, String)}; validate it with
 * {@link PolitiqueVilleValidator#validate(CityContract)}. A contract may be invalid (a dangling
 * reference, a broken legal rule): construction only refuses what makes it meaningless, so that a
 * city can load its real, imperfect data and see every problem at once.
 *
 * <p>The questions a city team asks are methods: {@link #resolver()} finds a territory by any of
 * its names, {@link #catalogue()} queries documents, {@link #lateEngagements(LocalDate)},
 * {@link #gap(String, TerritoryRef, TerritoryRef, Period)}… Derived indexes are built once, on
 * first use.
 */
public final class CityContract {

    private final @NotBlank String id;
    private final @NotBlank String name;
    private final Period period;
    private final @Valid Agglomeration agglomeration;
    private final List<@Valid Commune> communes;
    private final List<@Valid District> districts;
    private final List<@Valid Quarter> quarters;
    private final List<@Valid GovernanceBody> bodies;
    private final List<@Valid Membership> memberships;
    private final List<@Valid Engagement> engagements;
    private final List<@Valid IndicatorDefinition> indicators;
    private final List<@Valid Observation> observations;
    private final List<@Valid Document> documents;
    private final List<@Valid TimelineEntry> timeline;

    // Derived views, built on first use. Benign races only rebuild an equal immutable value.
    private volatile TerritoryResolver resolver;
    private volatile Catalogue catalogue;
    private volatile IndicatorCatalog indicatorCatalog;
    private volatile Set<TerritoryRef> territoryRefs;

    private CityContract(Builder builder) {
        this.id = requireId(builder.id);
        this.name = Objects.requireNonNull(builder.name, "name");
        this.period = builder.period;
        this.agglomeration = Objects.requireNonNull(builder.agglomeration, "agglomeration");
        this.communes = List.copyOf(builder.communes);
        this.districts = List.copyOf(builder.districts);
        this.quarters = List.copyOf(builder.quarters);
        this.bodies = List.copyOf(builder.bodies);
        this.memberships = List.copyOf(builder.memberships);
        this.engagements = List.copyOf(builder.engagements);
        this.indicators = List.copyOf(builder.indicators);
        this.observations = List.copyOf(builder.observations);
        this.documents = List.copyOf(builder.documents);
        this.timeline = List.copyOf(builder.timeline);
    }

    private static String requireId(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new InvalidValueException(ProblemCode.REQUIRED, id);
        }
        return id;
    }

    /**
     * Starts a builder.
     *
     * @param id   the contract's id, such as {@code nantes-metropole-2015-2020}, not blank
     * @param name the contract's name, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /**
     * A builder holding this contract's parts, to derive a changed copy.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder(id, name).period(period).agglomeration(agglomeration).communes(communes)
                .districts(districts).quarters(quarters).bodies(bodies).memberships(memberships)
                .engagements(engagements).indicators(indicators).observations(observations)
                .documents(documents).timeline(timeline);
    }

    /**
     * The contract's id.
     *
     * @return the id, not blank
     */
    public String id() {
        return id;
    }

    /**
     * The contract's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * The period the contract covers, such as {@code 2015/2020}.
     *
     * @return the period, or empty if not stated
     */
    public Optional<Period> period() {
        return Optional.ofNullable(period);
    }

    /**
     * The agglomeration (EPCI) the contract is signed for.
     *
     * @return the agglomeration, not null
     */
    public Agglomeration agglomeration() {
        return agglomeration;
    }

    /**
     * The communes of the contract's territory.
     *
     * @return an unmodifiable list, not null
     */
    public List<Commune> communes() {
        return communes;
    }

    /**
     * The districts: named groupings of quarters.
     *
     * @return an unmodifiable list, not null
     */
    public List<District> districts() {
        return districts;
    }

    /**
     * The quarters, priority (QPV) and watch.
     *
     * @return an unmodifiable list, not null
     */
    public List<Quarter> quarters() {
        return quarters;
    }

    /**
     * The governance bodies: citizens' councils, the associations' collective, committees…
     *
     * @return an unmodifiable list, not null
     */
    public List<GovernanceBody> bodies() {
        return bodies;
    }

    /**
     * Who sits in which body (Popolo memberships).
     *
     * @return an unmodifiable list, not null
     */
    public List<Membership> memberships() {
        return memberships;
    }

    /**
     * The operational engagements.
     *
     * @return an unmodifiable list, not null
     */
    public List<Engagement> engagements() {
        return engagements;
    }

    /**
     * The indicator definitions.
     *
     * @return an unmodifiable list, not null
     */
    public List<IndicatorDefinition> indicators() {
        return indicators;
    }

    /**
     * The observations of the indicators.
     *
     * @return an unmodifiable list, not null
     */
    public List<Observation> observations() {
        return observations;
    }

    /**
     * The documents of the catalogue.
     *
     * @return an unmodifiable list, not null
     */
    public List<Document> documents() {
        return documents;
    }

    /**
     * The contract's milestones, in the order given.
     *
     * @return an unmodifiable list, not null
     */
    public List<TimelineEntry> timeline() {
        return timeline;
    }

    /**
     * Finds territories of this contract by id, official code, label or alias, insensitive to case,
     * accents, dashes, spacing and a leading article.
     *
     * @return the resolver, built once, not null
     */
    public TerritoryResolver resolver() {
        TerritoryResolver result = resolver;
        if (result == null) {
            result = TerritoryResolver.of(agglomeration, communes, quarters, districts);
            resolver = result;
        }
        return result;
    }

    /**
     * The document catalogue, to query by facet, quarter or year.
     *
     * @return the catalogue, built once, not null
     */
    public Catalogue catalogue() {
        Catalogue result = catalogue;
        if (result == null) {
            result = Catalogue.of(documents);
            catalogue = result;
        }
        return result;
    }

    /**
     * The indicator definitions, to find one by code, label or alias.
     *
     * @return the catalog, built once, not null
     * @throws InvalidValueException with {@link ProblemCode#DUPLICATE_ID} if two definitions share a
     *                               code (the validator reports that without throwing)
     */
    public IndicatorCatalog indicatorCatalog() {
        IndicatorCatalog result = indicatorCatalog;
        if (result == null) {
            result = IndicatorCatalog.of(indicators);
            indicatorCatalog = result;
        }
        return result;
    }

    /**
     * The quarter with the given id.
     *
     * @param quarterId the id, not null
     * @return the quarter, or empty
     */
    public Optional<Quarter> quarter(String quarterId) {
        return quarters.stream().filter(q -> q.id().equals(quarterId)).findFirst();
    }

    /**
     * The governance body with the given id.
     *
     * @param bodyId the id, not null
     * @return the body, or empty
     */
    public Optional<GovernanceBody> body(String bodyId) {
        return bodies.stream().filter(b -> b.id().equals(bodyId)).findFirst();
    }

    /**
     * The engagement with the given id.
     *
     * @param engagementId the id, not null
     * @return the engagement, or empty
     */
    public Optional<Engagement> engagement(String engagementId) {
        return engagements.stream().filter(e -> e.id().equals(engagementId)).findFirst();
    }

    /**
     * Whether a reference names a territory of this contract (any kind but
     * {@link TerritoryKind#REFERENCE}, which names territories outside the model and always exists).
     *
     * @param ref the reference, not null
     * @return true if it resolves
     */
    public boolean contains(TerritoryRef ref) {
        return ref.kind() == TerritoryKind.REFERENCE || territoryRefs().contains(ref);
    }

    /** Every territory of the contract as a reference, built once: reference checks stay O(1). */
    private Set<TerritoryRef> territoryRefs() {
        Set<TerritoryRef> result = territoryRefs;
        if (result == null) {
            Set<TerritoryRef> refs = new java.util.HashSet<>();
            quarters.forEach(q -> refs.add(TerritoryRef.quarter(q.id())));
            districts.forEach(d -> refs.add(TerritoryRef.district(d.id())));
            communes.forEach(c -> refs.add(TerritoryRef.commune(c.code().value())));
            refs.add(TerritoryRef.agglomeration(agglomeration.id()));
            result = Set.copyOf(refs);
            territoryRefs = result;
        }
        return result;
    }

    /**
     * The ids of the priority quarters a territory is or contains: the quarter itself if it is a
     * priority quarter, a district's priority quarters, a commune's, or all of them for the
     * agglomeration.
     *
     * @param ref the territory, not null
     * @return the ids, in the contract's order, not null
     */
    public Set<String> priorityQuartersOf(TerritoryRef ref) {
        Function<Quarter, Boolean> inTerritory = switch (ref.kind()) {
            case QUARTER -> q -> q.id().equals(ref.id());
            case DISTRICT -> {
                Set<String> members = districts.stream().filter(d -> d.id().equals(ref.id()))
                        .flatMap(d -> d.quarterIds().stream()).collect(Collectors.toSet());
                yield q -> members.contains(q.id());
            }
            case COMMUNE -> q -> q.communes().stream().anyMatch(c -> c.value().equals(ref.id()));
            case AGGLOMERATION -> q -> agglomeration.id().equals(ref.id());
            case REFERENCE -> q -> false;
        };
        Set<String> ids = new LinkedHashSet<>();
        for (Quarter quarter : quarters) {
            if (quarter.isPriority() && inTerritory.apply(quarter)) {
                ids.add(quarter.id());
            }
        }
        return ids;
    }

    /**
     * The engagements still open (planned or in progress) whose due date is over.
     *
     * @param today the day to compare the due dates with, not null
     * @return the late engagements, in the contract's order, not null
     */
    public List<Engagement> lateEngagements(LocalDate today) {
        return Engagement.late(engagements, today);
    }

    /**
     * The progress of an engagement, rolled up from its children when it has some.
     *
     * @param engagementId the engagement's id, not null
     * @return the progress in percent, or empty if there is no such engagement
     */
    public Optional<Integer> progress(String engagementId) {
        return engagement(engagementId).map(e -> {
            List<Engagement> children = ProgressRollup.childrenOf(e.id(), engagements);
            return children.isEmpty() ? e.progress() : ProgressRollup.percent(children).orElse(e.progress());
        });
    }

    /**
     * The observations of an indicator for a territory, ordered by period.
     *
     * @param indicatorCode the indicator's code, not null
     * @param territory     the territory, not null
     * @return the observations, not null
     */
    public List<Observation> observations(String indicatorCode, TerritoryRef territory) {
        return observations.stream()
                .filter(o -> o.indicator().equals(indicatorCode) && o.territory().equals(territory))
                .sorted((a, b) -> a.period().compareTo(b.period()))
                .toList();
    }

    /**
     * The gap between a territory and its reference for one indicator and period: "how far is
     * Malakoff's median income from the agglomeration's in 2021?".
     *
     * @param indicatorCode the indicator's code, not null
     * @param territory     the territory, such as a quarter, not null
     * @param reference     the reference territory, such as the agglomeration, not null
     * @param period        the period, not null
     * @return the gap, or empty if the indicator or either observation is missing
     * @throws InvalidValueException if an observation has no value (confidential, missing…)
     */
    public Optional<Gap> gap(String indicatorCode, TerritoryRef territory, TerritoryRef reference, Period period) {
        Optional<IndicatorDefinition> definition = indicatorCatalog().byCode(indicatorCode);
        Optional<Observation> of = observation(indicatorCode, territory, period);
        Optional<Observation> against = observation(indicatorCode, reference, period);
        if (definition.isEmpty() || of.isEmpty() || against.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IndicatorAnalytics.gap(definition.get(), of.get(), against.get()));
    }

    private Optional<Observation> observation(String indicatorCode, TerritoryRef territory, Period period) {
        return observations.stream().filter(o -> o.indicator().equals(indicatorCode)
                && o.territory().equals(territory) && o.period().equals(period)).findFirst();
    }

    /**
     * How many objects of each kind the contract holds, for summaries.
     *
     * @return kind name → count, in a stable order, not null
     */
    public Map<String, Integer> counts() {
        return Map.ofEntries(
                Map.entry("communes", communes.size()), Map.entry("districts", districts.size()),
                Map.entry("quarters", quarters.size()), Map.entry("bodies", bodies.size()),
                Map.entry("memberships", memberships.size()), Map.entry("engagements", engagements.size()),
                Map.entry("indicators", indicators.size()), Map.entry("observations", observations.size()),
                Map.entry("documents", documents.size()), Map.entry("timeline", timeline.size()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CityContract that && id.equals(that.id) && name.equals(that.name)
                && Objects.equals(period, that.period) && agglomeration.equals(that.agglomeration)
                && communes.equals(that.communes) && districts.equals(that.districts)
                && quarters.equals(that.quarters) && bodies.equals(that.bodies)
                && memberships.equals(that.memberships) && engagements.equals(that.engagements)
                && indicators.equals(that.indicators) && observations.equals(that.observations)
                && documents.equals(that.documents) && timeline.equals(that.timeline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, period, agglomeration, communes, districts, quarters, bodies, memberships,
                engagements, indicators, observations, documents, timeline);
    }

    /**
     * A short description: id, name and how many objects of each kind.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "CityContract[" + id + ", " + name + ", quarters=" + quarters.size() + ", bodies=" + bodies.size()
                + ", engagements=" + engagements.size() + ", observations=" + observations.size()
                + ", documents=" + documents.size() + "]";
    }

    /** Collects the parts of a {@link CityContract}. Not thread-safe. */
    public static final class Builder {

        private final String id;
        private final String name;
        private Period period;
        private Agglomeration agglomeration;
        private final List<Commune> communes = new ArrayList<>();
        private final List<District> districts = new ArrayList<>();
        private final List<Quarter> quarters = new ArrayList<>();
        private final List<GovernanceBody> bodies = new ArrayList<>();
        private final List<Membership> memberships = new ArrayList<>();
        private final List<Engagement> engagements = new ArrayList<>();
        private final List<IndicatorDefinition> indicators = new ArrayList<>();
        private final List<Observation> observations = new ArrayList<>();
        private final List<Document> documents = new ArrayList<>();
        private final List<TimelineEntry> timeline = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /**
         * Sets the period the contract covers.
         *
         * @param value the period, or null if not stated
         * @return this builder
         */
        public Builder period(Period value) {
            this.period = value;
            return this;
        }

        /**
         * Sets the agglomeration; required.
         *
         * @param value the agglomeration, not null
         * @return this builder
         */
        public Builder agglomeration(Agglomeration value) {
            this.agglomeration = Objects.requireNonNull(value, "agglomeration");
            return this;
        }

        /**
         * Adds communes.
         *
         * @param values the communes, not null
         * @return this builder
         */
        public Builder communes(Collection<Commune> values) {
            communes.addAll(values);
            return this;
        }

        /**
         * Adds districts.
         *
         * @param values the districts, not null
         * @return this builder
         */
        public Builder districts(Collection<District> values) {
            districts.addAll(values);
            return this;
        }

        /**
         * Adds quarters.
         *
         * @param values the quarters, not null
         * @return this builder
         */
        public Builder quarters(Collection<Quarter> values) {
            quarters.addAll(values);
            return this;
        }

        /**
         * Adds governance bodies.
         *
         * @param values the bodies, not null
         * @return this builder
         */
        public Builder bodies(Collection<GovernanceBody> values) {
            bodies.addAll(values);
            return this;
        }

        /**
         * Adds memberships.
         *
         * @param values the memberships, not null
         * @return this builder
         */
        public Builder memberships(Collection<Membership> values) {
            memberships.addAll(values);
            return this;
        }

        /**
         * Adds engagements.
         *
         * @param values the engagements, not null
         * @return this builder
         */
        public Builder engagements(Collection<Engagement> values) {
            engagements.addAll(values);
            return this;
        }

        /**
         * Adds indicator definitions.
         *
         * @param values the definitions, not null
         * @return this builder
         */
        public Builder indicators(Collection<IndicatorDefinition> values) {
            indicators.addAll(values);
            return this;
        }

        /**
         * Adds observations.
         *
         * @param values the observations, not null
         * @return this builder
         */
        public Builder observations(Collection<Observation> values) {
            observations.addAll(values);
            return this;
        }

        /**
         * Adds documents.
         *
         * @param values the documents, not null
         * @return this builder
         */
        public Builder documents(Collection<Document> values) {
            documents.addAll(values);
            return this;
        }

        /**
         * Adds timeline entries.
         *
         * @param values the entries, not null
         * @return this builder
         */
        public Builder timeline(Collection<TimelineEntry> values) {
            timeline.addAll(values);
            return this;
        }

        /**
         * Builds the contract.
         *
         * @return the contract, not null
         * @throws NullPointerException  if the agglomeration or name is missing, or a list holds null
         * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if the id is blank
         */
        public CityContract build() {
            return new CityContract(this);
        }
    }
}
