package org.politiqueville.core.governance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * A body that takes part in the governance of a city contract, like a Popolo Organization: a
 * citizens' council, the associations' collective, the steering committee, a social landlord…
 *
 * <p>A body whose installation date is unknown is {@linkplain #isAnnounced() announced}: the seed
 * page announces the Nantes Erdre and Clos Toreau councils without a date. The rules regard such a
 * body as not active yet. Legal rules are checked by {@link GovernanceRules}, not here.
 *
 * @param id                the body's id, unique among the contract's bodies, not blank
 * @param name              the body's name, not null (Bean Validation reports a blank one)
 * @param kind              the kind of body, not null
 * @param legalIdentifiers  its SIREN, SIRET or RNA number; {@link LegalIdentifiers#NONE} when null is
 *                          given
 * @param territories       the quarters or districts it covers, not null, no null element
 * @param installation      when it was installed, or null if it is only announced
 * @param end               when it ended, or null if it still exists
 * @param members           the names or body ids of its member organisations (such as the
 *                          associations of the collective), not null, no null element
 * @param composition       the composition by college, meaningful for a citizens' council only; may
 *                          be null
 */
public record GovernanceBody(
        String id,
        @NotBlank String name,
        BodyKind kind,
        LegalIdentifiers legalIdentifiers,
        List<TerritoryRef> territories,
        ReducedDate installation,
        ReducedDate end,
        List<@NotBlank String> members,
        @Valid CouncilComposition composition) {

    /**
     * Checks and copies the components.
     *
     * @param id the body's id, unique among the contract's bodies, not blank
     * @param name the body's name, not null (Bean Validation reports a blank one)
     * @param kind the kind of body, not null
     * @param legalIdentifiers its SIREN, SIRET or RNA number; {@link LegalIdentifiers#NONE} when null is given
     * @param territories the quarters or districts it covers, not null, no null element
     * @param installation when it was installed, or null if it is only announced
     * @param end when it ended, or null if it still exists
     * @param members the names or body ids of its member organisations (such as the associations of the collective), not null, no null element
     * @param composition the composition by college, meaningful for a citizens' council only; may be null
     * @throws NullPointerException  if {@code id}, {@code name}, {@code kind} or a list is null, or a
     *                               list holds null
     * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if {@code id} is blank
     */
    public GovernanceBody {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new InvalidValueException(ProblemCode.REQUIRED, id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        legalIdentifiers = legalIdentifiers == null ? LegalIdentifiers.NONE : legalIdentifiers;
        territories = List.copyOf(territories);
        members = List.copyOf(members);
    }

    /**
     * Starts a builder with the required parts; the rest is empty or null.
     *
     * @param id   the body's id, not blank
     * @param name the body's name, not null
     * @param kind the kind of body, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, String name, BodyKind kind) {
        return new Builder(id, name, kind);
    }

    /**
     * A builder holding this body's components, to derive a changed copy.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder(id, name, kind)
                .legalIdentifiers(legalIdentifiers)
                .territories(territories)
                .installation(installation)
                .end(end)
                .members(members)
                .composition(composition);
    }

    /**
     * Whether this body is a citizens' council.
     *
     * @return true if its kind is {@link BodyKind#CITIZENS_COUNCIL}
     */
    public boolean isCitizensCouncil() {
        return kind == BodyKind.CITIZENS_COUNCIL;
    }

    /**
     * Whether this body is only announced: its installation date is not known.
     *
     * @return true if {@link #installation()} is null
     */
    public boolean isAnnounced() {
        return installation == null;
    }

    /** Builds a {@link GovernanceBody}; not thread-safe. */
    public static final class Builder {

        private final String id;
        private final String name;
        private final BodyKind kind;
        private LegalIdentifiers legalIdentifiers = LegalIdentifiers.NONE;
        private final List<TerritoryRef> territories = new ArrayList<>();
        private ReducedDate installation;
        private ReducedDate end;
        private final List<String> members = new ArrayList<>();
        private CouncilComposition composition;

        private Builder(String id, String name, BodyKind kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }

        /**
         * Sets the legal identifiers.
         *
         * @param value the identifiers, null for none
         * @return this builder
         */
        public Builder legalIdentifiers(LegalIdentifiers value) {
            this.legalIdentifiers = value;
            return this;
        }

        /**
         * Replaces the covered territories.
         *
         * @param values the territories, not null, no null element
         * @return this builder
         */
        public Builder territories(List<TerritoryRef> values) {
            territories.clear();
            territories.addAll(values);
            return this;
        }

        /**
         * Adds a covered territory.
         *
         * @param value the territory, not null
         * @return this builder
         */
        public Builder territory(TerritoryRef value) {
            territories.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the installation date.
         *
         * @param value the date, null if the body is only announced
         * @return this builder
         */
        public Builder installation(ReducedDate value) {
            this.installation = value;
            return this;
        }

        /**
         * Sets the end date.
         *
         * @param value the date, null if the body still exists
         * @return this builder
         */
        public Builder end(ReducedDate value) {
            this.end = value;
            return this;
        }

        /**
         * Replaces the member organisations.
         *
         * @param values their names or body ids, not null, no null element
         * @return this builder
         */
        public Builder members(List<String> values) {
            members.clear();
            members.addAll(values);
            return this;
        }

        /**
         * Adds a member organisation.
         *
         * @param value its name or body id, not null
         * @return this builder
         */
        public Builder member(String value) {
            members.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the composition by college.
         *
         * @param value the composition, may be null
         * @return this builder
         */
        public Builder composition(CouncilComposition value) {
            this.composition = value;
            return this;
        }

        /**
         * Builds the body.
         *
         * @return the body, not null
         * @throws NullPointerException  if a required part is null
         * @throws InvalidValueException if the id is blank
         */
        public GovernanceBody build() {
            return new GovernanceBody(id, name, kind, legalIdentifiers, territories, installation, end, members,
                    composition);
        }
    }
}
