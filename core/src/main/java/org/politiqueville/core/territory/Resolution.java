package org.politiqueville.core.territory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * What a name resolved to: one territory, none, or several that the name cannot tell apart.
 *
 * <p>Importers that report and keep going switch on the three cases; callers that want the
 * territory or an exception use {@link #orElseThrow()}.
 */
public sealed interface Resolution permits Resolution.Found, Resolution.NotFound, Resolution.Ambiguous {

    /**
     * The name as it was given.
     *
     * @return the name, not null
     */
    String name();

    /**
     * The territory found, if exactly one was.
     *
     * @return the reference, or empty if none or several matched
     */
    Optional<TerritoryRef> territory();

    /**
     * The territory found, or an exception saying why there is none.
     *
     * @return the reference, not null
     * @throws InvalidValueException with {@link ProblemCode#UNKNOWN_TERRITORY} (detail: the kind
     *                               searched) if nothing matched, or {@link ProblemCode#AMBIGUOUS_NAME}
     *                               (detail: the candidates) if several did
     */
    TerritoryRef orElseThrow();

    /**
     * Exactly one territory has this name.
     *
     * @param name          the name as given, not null
     * @param ref           the territory, not null
     * @param canonicalName the territory's official label or name, not null
     */
    record Found(String name, TerritoryRef ref, String canonicalName) implements Resolution {

        /**
         * Checks the components.
         *
         * @param name the name as given, not null
         * @param ref the territory, not null
         * @param canonicalName the territory's official label or name, not null
         * @throws NullPointerException if a component is null
         */
        public Found {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(canonicalName, "canonicalName");
        }

        @Override
        public Optional<TerritoryRef> territory() {
            return Optional.of(ref);
        }

        @Override
        public TerritoryRef orElseThrow() {
            return ref;
        }
    }

    /**
     * No territory has this name.
     *
     * @param name the name as given, not null
     * @param kind the only kind searched, or null if every kind was
     */
    record NotFound(String name, TerritoryKind kind) implements Resolution {

        /**
         * Checks the components.
         *
         * @param name the name as given, not null
         * @param kind the only kind searched, or null if every kind was
         * @throws NullPointerException if {@code name} is null
         */
        public NotFound {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public Optional<TerritoryRef> territory() {
            return Optional.empty();
        }

        @Override
        public TerritoryRef orElseThrow() {
            throw new InvalidValueException(ProblemCode.UNKNOWN_TERRITORY, name, kindSearched());
        }

        /**
         * The kind searched, as the detail of {@link ProblemCode#UNKNOWN_TERRITORY}.
         *
         * @return the kind's name in lower case, or {@code territory} if every kind was searched
         */
        public String kindSearched() {
            return kind == null ? "territory" : kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Several territories have this name and nothing tells them apart.
     *
     * @param name       the name as given, not null
     * @param candidates the territories it matches, two or more, in {@link TerritoryRef} order
     */
    record Ambiguous(String name, List<TerritoryRef> candidates) implements Resolution {

        /**
         * Checks the components and copies the list.
         *
         * @param name the name as given, not null
         * @param candidates the territories it matches, two or more, in {@link TerritoryRef} order
         * @throws NullPointerException if a component or a candidate is null
         */
        public Ambiguous {
            Objects.requireNonNull(name, "name");
            candidates = List.copyOf(candidates);
        }

        @Override
        public Optional<TerritoryRef> territory() {
            return Optional.empty();
        }

        @Override
        public TerritoryRef orElseThrow() {
            throw new InvalidValueException(ProblemCode.AMBIGUOUS_NAME, name, candidateList());
        }

        /**
         * The candidates as the detail of {@link ProblemCode#AMBIGUOUS_NAME}.
         *
         * @return the candidates' {@code kind:id} forms separated by commas
         */
        public String candidateList() {
            return candidates.stream().map(TerritoryRef::toString).collect(Collectors.joining(", "));
        }
    }
}
