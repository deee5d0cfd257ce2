package org.politiqueville.core.territory;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * Finds the territory a name designates, as spreadsheets and documents write it: by id, by
 * official code (QPV code, INSEE code, SIREN), by official label or name, or by alias.
 *
 * <p>Names compare by their {@link NameKey}: case, accents, dash style ({@code -}, {@code –},
 * {@code —}), repeated spaces and a leading article do not matter, so {@code "Le Breil"},
 * {@code "Breil"} and {@code "breil"} all find the same quarter. Ids and codes compare by their
 * {@linkplain NameKey#compact(CharSequence) compact key}, which also ignores spaces
 * ({@code "244 400 404"}).
 *
 * <p>An id or code match wins over a name match: a name is first looked up among ids and codes, and
 * only if none matches (of the kind asked for) among labels, names and aliases. A name that matches
 * several territories at the same level is {@linkplain Resolution.Ambiguous ambiguous}: the resolver
 * lists the candidates and never guesses.
 *
 * <p>Both lookups are hash-map reads prepared at construction. Instances are immutable and
 * thread-safe. The resolver does not reject duplicate ids (the referential's validator reports
 * them): territories of one kind with one id are one {@link TerritoryRef}, found by all their names.
 */
public final class TerritoryResolver {

    private final Map<NameKey, List<TerritoryRef>> byCode;
    private final Map<NameKey, List<TerritoryRef>> byName;
    private final Map<TerritoryRef, String> canonicalNames;

    private TerritoryResolver(Builder builder) {
        this.byCode = freeze(builder.byCode);
        this.byName = freeze(builder.byName);
        this.canonicalNames = Map.copyOf(builder.canonicalNames);
    }

    /**
     * A resolver over an agglomeration and its territories.
     *
     * @param agglomeration the agglomeration, not null
     * @param communes      its communes, not null
     * @param quarters      its quarters, not null
     * @param districts     its districts, not null
     * @return the resolver, not null
     * @throws NullPointerException if an argument or an element is null
     */
    public static TerritoryResolver of(Agglomeration agglomeration, Collection<Commune> communes,
            Collection<Quarter> quarters, Collection<District> districts) {
        return builder().agglomeration(agglomeration).communes(communes).quarters(quarters)
                .districts(districts).build();
    }

    /**
     * Starts an empty builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds the territory of any kind a name designates.
     *
     * @param name the name, id or code, not null
     * @return the resolution, not null; a blank name is {@linkplain Resolution.NotFound not found}
     * @throws NullPointerException if {@code name} is null
     */
    public Resolution resolve(String name) {
        return resolve(name, null);
    }

    /**
     * Finds the territory of one kind a name designates, such as a commune for a "Commune(s)"
     * column; territories of other kinds are ignored, so they make the name neither found nor
     * ambiguous.
     *
     * @param name the name, id or code, not null
     * @param kind the kind searched, or null for every kind
     * @return the resolution, not null; a blank name is {@linkplain Resolution.NotFound not found}
     * @throws NullPointerException if {@code name} is null
     */
    public Resolution resolve(String name, TerritoryKind kind) {
        Objects.requireNonNull(name, "name");
        List<TerritoryRef> candidates = ofKind(byCode.get(NameKey.compact(name)), kind);
        if (candidates.isEmpty()) {
            candidates = ofKind(byName.get(NameKey.of(name)), kind);
        }
        if (candidates.isEmpty()) {
            return new Resolution.NotFound(name, kind);
        }
        if (candidates.size() > 1) {
            return new Resolution.Ambiguous(name, candidates);
        }
        TerritoryRef ref = candidates.get(0);
        return new Resolution.Found(name, ref, canonicalNames.get(ref));
    }

    /**
     * The territory of any kind a name designates, or an exception.
     *
     * @param name the name, id or code, not null
     * @return the territory, not null
     * @throws NullPointerException  if {@code name} is null
     * @throws InvalidValueException with {@link ProblemCode#UNKNOWN_TERRITORY} if no territory
     *                               matches, or {@link ProblemCode#AMBIGUOUS_NAME} (detail: the
     *                               candidates) if several do
     */
    public TerritoryRef require(String name) {
        return resolve(name).orElseThrow();
    }

    /**
     * The territory of one kind a name designates, or an exception.
     *
     * @param name the name, id or code, not null
     * @param kind the kind searched, or null for every kind
     * @return the territory, not null
     * @throws NullPointerException  if {@code name} is null
     * @throws InvalidValueException with {@link ProblemCode#UNKNOWN_TERRITORY} (detail: the kind) if
     *                               no territory of that kind matches, or
     *                               {@link ProblemCode#AMBIGUOUS_NAME} (detail: the candidates) if
     *                               several do
     */
    public TerritoryRef require(String name, TerritoryKind kind) {
        return resolve(name, kind).orElseThrow();
    }

    /**
     * The INSEE code of the commune a name or code designates.
     *
     * @param name the commune's name or INSEE code, not null
     * @return the INSEE code, not null
     * @throws NullPointerException  if {@code name} is null
     * @throws InvalidValueException with {@link ProblemCode#UNKNOWN_COMMUNE} if no commune matches,
     *                               or {@link ProblemCode#AMBIGUOUS_NAME} (detail: the candidates)
     *                               if several do
     */
    public InseeCode resolveCommune(String name) {
        Resolution resolution = resolve(name, TerritoryKind.COMMUNE);
        if (resolution instanceof Resolution.NotFound) {
            throw new InvalidValueException(ProblemCode.UNKNOWN_COMMUNE, name);
        }
        return new InseeCode(resolution.orElseThrow().id());
    }

    /**
     * The official label or name of a territory this resolver knows.
     *
     * @param ref the territory, not null
     * @return its label or name, or empty if the resolver does not know it
     */
    public Optional<String> canonicalName(TerritoryRef ref) {
        return Optional.ofNullable(canonicalNames.get(Objects.requireNonNull(ref, "ref")));
    }

    /**
     * The territories this resolver knows.
     *
     * @return their references, in {@link TerritoryRef} order, not null
     */
    public List<TerritoryRef> territories() {
        return List.copyOf(new TreeSet<>(canonicalNames.keySet()));
    }

    private static List<TerritoryRef> ofKind(List<TerritoryRef> refs, TerritoryKind kind) {
        if (refs == null) {
            return List.of();
        }
        if (kind == null) {
            return refs;
        }
        return refs.stream().filter(ref -> ref.kind() == kind).toList();
    }

    private static Map<NameKey, List<TerritoryRef>> freeze(Map<NameKey, TreeSet<TerritoryRef>> index) {
        Map<NameKey, List<TerritoryRef>> frozen = new HashMap<>();
        index.forEach((key, refs) -> frozen.put(key, List.copyOf(refs)));
        return Map.copyOf(frozen);
    }

    /** Collects the territories of a {@link TerritoryResolver}; not thread-safe. */
    public static final class Builder {

        private final Map<NameKey, TreeSet<TerritoryRef>> byCode = new LinkedHashMap<>();
        private final Map<NameKey, TreeSet<TerritoryRef>> byName = new LinkedHashMap<>();
        private final Map<TerritoryRef, String> canonicalNames = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds the agglomeration, found by id, SIREN and name.
         *
         * @param agglomeration the agglomeration, not null
         * @return this builder
         */
        public Builder agglomeration(Agglomeration agglomeration) {
            TerritoryRef ref = agglomeration.ref();
            code(agglomeration.id(), ref);
            code(agglomeration.siren().value(), ref);
            name(agglomeration.name(), ref);
            canonicalNames.put(ref, agglomeration.name());
            return this;
        }

        /**
         * Adds communes, found by INSEE code and name.
         *
         * @param communes the communes, not null
         * @return this builder
         */
        public Builder communes(Collection<Commune> communes) {
            for (Commune commune : communes) {
                TerritoryRef ref = commune.ref();
                code(commune.code().value(), ref);
                name(commune.name(), ref);
                canonicalNames.put(ref, commune.name());
            }
            return this;
        }

        /**
         * Adds quarters, found by id, QPV codes, label and aliases.
         *
         * @param quarters the quarters, not null
         * @return this builder
         */
        public Builder quarters(Collection<Quarter> quarters) {
            for (Quarter quarter : quarters) {
                TerritoryRef ref = quarter.ref();
                code(quarter.id(), ref);
                for (QpvCode qpvCode : quarter.codes()) {
                    code(qpvCode.value(), ref);
                }
                name(quarter.label(), ref);
                quarter.aliases().forEach(alias -> name(alias, ref));
                canonicalNames.put(ref, quarter.label());
            }
            return this;
        }

        /**
         * Adds districts, found by id, name and aliases.
         *
         * @param districts the districts, not null
         * @return this builder
         */
        public Builder districts(Collection<District> districts) {
            for (District district : districts) {
                TerritoryRef ref = district.ref();
                code(district.id(), ref);
                name(district.name(), ref);
                district.aliases().forEach(alias -> name(alias, ref));
                canonicalNames.put(ref, district.name());
            }
            return this;
        }

        /**
         * Adds a {@linkplain TerritoryKind#REFERENCE reference territory} outside the contract's
         * model, such as "France métropolitaine, unités urbaines", found by label and aliases.
         *
         * @param label   the label, which is also the reference's id, not blank
         * @param aliases other names, not null
         * @return this builder
         * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if {@code label} is blank
         */
        public Builder reference(String label, String... aliases) {
            TerritoryRef ref = TerritoryRef.reference(label);
            name(label, ref);
            Arrays.asList(aliases).forEach(alias -> name(alias, ref));
            canonicalNames.put(ref, label);
            return this;
        }

        /**
         * Builds the resolver over everything added so far.
         *
         * @return the resolver, not null
         */
        public TerritoryResolver build() {
            return new TerritoryResolver(this);
        }

        private void code(String code, TerritoryRef ref) {
            add(byCode, NameKey.compact(code), ref);
        }

        private void name(String name, TerritoryRef ref) {
            add(byName, NameKey.of(name), ref);
        }

        private static void add(Map<NameKey, TreeSet<TerritoryRef>> index, NameKey key, TerritoryRef ref) {
            if (!key.isEmpty()) {
                index.computeIfAbsent(key, k -> new TreeSet<>()).add(ref);
            }
        }
    }
}
