package org.politiqueville.core.indicator;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * An immutable set of indicator definitions, looked up by code, or by any of their names as people
 * write them: code, label or alias, ignoring case, accents, punctuation and spacing ({@link NameKey}).
 * "Revenu médian disponible par UC", "revenu median disponible par uc" and "DISP_MED" all find the
 * median income.
 *
 * <p>The name index is computed once, when the catalogue is built.
 */
public final class IndicatorCatalog {

    private final Map<String, IndicatorDefinition> byCode;
    private final Map<NameKey, Set<String>> codesByName;

    private IndicatorCatalog(Map<String, IndicatorDefinition> byCode, Map<NameKey, Set<String>> codesByName) {
        this.byCode = byCode;
        this.codesByName = codesByName;
    }

    /**
     * A catalogue of the given definitions.
     *
     * @param definitions the definitions, not null, no null element, no two with the same code
     * @return the catalogue, not null
     * @throws InvalidValueException with {@link ProblemCode#DUPLICATE_ID} if two definitions share a
     *                               code
     */
    public static IndicatorCatalog of(Collection<IndicatorDefinition> definitions) {
        Objects.requireNonNull(definitions, "definitions");
        Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();
        Map<NameKey, Set<String>> codesByName = new HashMap<>();
        for (IndicatorDefinition definition : definitions) {
            Objects.requireNonNull(definition, "definition");
            if (byCode.putIfAbsent(definition.code(), definition) != null) {
                throw new InvalidValueException(ProblemCode.DUPLICATE_ID, definition.code());
            }
            index(codesByName, definition.code(), definition.code());
            for (String name : definition.names()) {
                index(codesByName, name, definition.code());
            }
        }
        Map<NameKey, Set<String>> frozen = codesByName.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
        return new IndicatorCatalog(Collections.unmodifiableMap(byCode), frozen);
    }

    /**
     * A catalogue of the given definitions.
     *
     * @param definitions the definitions, not null, no two with the same code
     * @return the catalogue, not null
     * @throws InvalidValueException with {@link ProblemCode#DUPLICATE_ID} if two definitions share a
     *                               code
     */
    public static IndicatorCatalog of(IndicatorDefinition... definitions) {
        return of(List.of(definitions));
    }

    private static void index(Map<NameKey, Set<String>> codesByName, String name, String code) {
        NameKey key = NameKey.of(name);
        if (!key.isEmpty()) {
            codesByName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code);
        }
    }

    /**
     * The definitions, in the order given.
     *
     * @return the definitions, not null
     */
    public List<IndicatorDefinition> definitions() {
        return List.copyOf(byCode.values());
    }

    /**
     * The definition with exactly this code.
     *
     * @param code the code, not null
     * @return the definition, or empty
     */
    public Optional<IndicatorDefinition> byCode(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Finds the definition a name means: an exact code first, then any code, label or alias with the
     * same {@linkplain NameKey#of(CharSequence) name key}.
     *
     * @param name the name, not null
     * @return the definition, or empty if no indicator has that name
     * @throws InvalidValueException with {@link ProblemCode#AMBIGUOUS_NAME} if the name is a name of
     *                               several indicators (detail: their codes)
     */
    public Optional<IndicatorDefinition> find(String name) {
        Objects.requireNonNull(name, "name");
        IndicatorDefinition exact = byCode.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        Set<String> codes = codesByName.getOrDefault(NameKey.of(name), Set.of());
        if (codes.size() > 1) {
            throw new InvalidValueException(ProblemCode.AMBIGUOUS_NAME, name,
                    codes.stream().sorted().collect(Collectors.joining(", ")));
        }
        return codes.stream().findFirst().map(byCode::get);
    }

    /**
     * Finds the definition a name means, as {@link #find(String)}, failing if there is none.
     *
     * @param name the name, not null
     * @return the definition, not null
     * @throws InvalidValueException with {@link ProblemCode#UNKNOWN_INDICATOR} if no indicator has that
     *                               name, or {@link ProblemCode#AMBIGUOUS_NAME} if several have
     */
    public IndicatorDefinition resolve(String name) {
        return find(name).orElseThrow(() -> new InvalidValueException(ProblemCode.UNKNOWN_INDICATOR, name));
    }

    /**
     * The number of definitions.
     *
     * @return the size
     */
    public int size() {
        return byCode.size();
    }
}
