package org.politiqueville.core.territory;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.id.QpvGeneration;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * A quarter of the Politique de la Ville: a priority quarter (QPV) with its national codes, or a
 * watch quarter followed locally.
 *
 * <p>Build one with {@link #builder(String, String)}. What a user would rather see reported than
 * thrown (a priority quarter without a code, a watch quarter with one, two codes of one generation, a
 * quarter in no commune) is checked by {@link TerritoryRules#checkQuarter}.
 *
 * @param id         a stable id chosen by the referential, such as {@code le-breil}, not blank
 * @param label      the official label, such as "Le Breil", not blank
 * @param aliases    other names people use, such as "Breil", not null, no null element
 * @param status     priority or watch, not null
 * @param codes      the QPV codes, at most one per {@linkplain QpvGeneration generation}; a priority
 *                   quarter has at least one, a watch quarter none; not null, no null element
 * @param communes   the INSEE codes of the communes the quarter lies in, one or more; not null, no
 *                   null element
 * @param population the population, or null if unknown
 */
public record Quarter(
        String id,
        String label,
        List<String> aliases,
        QuarterStatus status,
        List<QpvCode> codes,
        List<InseeCode> communes,
        @Valid Population population) {

    /**
     * Checks the components and copies the lists.
     *
     * @param id a stable id chosen by the referential, such as {@code le-breil}, not blank
     * @param label the official label, such as "Le Breil", not blank
     * @param aliases other names people use, such as "Breil", not null, no null element
     * @param status priority or watch, not null
     * @param codes the QPV codes, at most one per {@linkplain QpvGeneration generation}; a priority quarter has at least one, a watch quarter none; not null, no null element
     * @param communes the INSEE codes of the communes the quarter lies in, one or more; not null, no null element
     * @param population the population, or null if unknown
     * @throws NullPointerException  if a component other than {@code population}, or an element of a
     *                               list, is null
     * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if {@code id} or {@code label}
     *                               is blank
     */
    public Quarter {
        Territories.requireText(id, "id");
        Territories.requireText(label, "label");
        Objects.requireNonNull(status, "status");
        aliases = List.copyOf(aliases);
        codes = List.copyOf(codes);
        communes = List.copyOf(communes);
    }

    /**
     * Starts a builder for a priority quarter with no alias, code or commune yet.
     *
     * @param id    the stable id, not blank
     * @param label the official label, not blank
     * @return the builder, not null
     */
    public static Builder builder(String id, String label) {
        return new Builder(id, label);
    }

    /**
     * A builder holding this quarter's components, to derive a changed copy.
     *
     * @return the builder, not null
     */
    public Builder toBuilder() {
        return new Builder(id, label).aliases(aliases).status(status).codes(codes).communes(communes)
                .population(population);
    }

    /**
     * The QPV code of one generation.
     *
     * @param generation the generation, not null
     * @return the first code of that generation, or empty if the quarter has none
     */
    public Optional<QpvCode> code(QpvGeneration generation) {
        Objects.requireNonNull(generation, "generation");
        return codes.stream().filter(code -> code.generation() == generation).findFirst();
    }

    /**
     * Whether this is a priority quarter (QPV).
     *
     * @return true if the status is {@link QuarterStatus#PRIORITY}
     */
    public boolean isPriority() {
        return status == QuarterStatus.PRIORITY;
    }

    /**
     * The population, if known.
     *
     * @return the population, or empty
     */
    public Optional<Population> knownPopulation() {
        return Optional.ofNullable(population);
    }

    /**
     * A reference to this quarter, by id.
     *
     * @return the reference, not null
     */
    public TerritoryRef ref() {
        return TerritoryRef.quarter(id);
    }

    /** Builds a {@link Quarter}; not thread-safe. */
    public static final class Builder {

        private final String id;
        private final String label;
        private final List<String> aliases = new ArrayList<>();
        private QuarterStatus status = QuarterStatus.PRIORITY;
        private final List<QpvCode> codes = new ArrayList<>();
        private final List<InseeCode> communes = new ArrayList<>();
        private Population population;

        private Builder(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /**
         * Adds other names of the quarter.
         *
         * @param names the names, not null
         * @return this builder
         */
        public Builder alias(String... names) {
            return aliases(Arrays.asList(names));
        }

        /**
         * Adds other names of the quarter.
         *
         * @param names the names, not null
         * @return this builder
         */
        public Builder aliases(Collection<String> names) {
            aliases.addAll(names);
            return this;
        }

        /**
         * Sets the status; {@link QuarterStatus#PRIORITY} unless set.
         *
         * @param status the status, not null
         * @return this builder
         */
        public Builder status(QuarterStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Adds QPV codes.
         *
         * @param qpvCodes the codes, not null
         * @return this builder
         */
        public Builder code(QpvCode... qpvCodes) {
            return codes(Arrays.asList(qpvCodes));
        }

        /**
         * Adds QPV codes.
         *
         * @param qpvCodes the codes, not null
         * @return this builder
         */
        public Builder codes(Collection<QpvCode> qpvCodes) {
            codes.addAll(qpvCodes);
            return this;
        }

        /**
         * Adds communes the quarter lies in.
         *
         * @param inseeCodes the communes' INSEE codes, not null
         * @return this builder
         */
        public Builder commune(InseeCode... inseeCodes) {
            return communes(Arrays.asList(inseeCodes));
        }

        /**
         * Adds communes the quarter lies in.
         *
         * @param inseeCodes the communes' INSEE codes, not null
         * @return this builder
         */
        public Builder communes(Collection<InseeCode> inseeCodes) {
            communes.addAll(inseeCodes);
            return this;
        }

        /**
         * Sets the population.
         *
         * @param population the population, or null if unknown
         * @return this builder
         */
        public Builder population(Population population) {
            this.population = population;
            return this;
        }

        /**
         * Builds the quarter.
         *
         * @return the quarter, not null
         * @throws NullPointerException  if the id, the label or an added element is null
         * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if the id or label is blank
         */
        public Quarter build() {
            return new Quarter(id, label, aliases, status, codes, communes, population);
        }
    }
}
