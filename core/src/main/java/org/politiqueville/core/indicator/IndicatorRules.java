package org.politiqueville.core.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;

/**
 * The rules observations follow, alone, against their indicator's definition, and as a set.
 *
 * <p>Every finding is an error: none of them comes from the law, they make the data wrong. Paths
 * extend the prefix the caller gives, such as {@code observations[3]}.
 */
public final class IndicatorRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The range of a percentage, as reported with {@link ProblemCode#PERCENT_OUT_OF_RANGE}. */
    static final String PERCENT_RANGE = "0–100";

    private IndicatorRules() {
    }

    /**
     * Checks that the observation has a value exactly when its status and confidentiality say so
     * ({@link Observation#expectsValue()}): reports {@link ProblemCode#OBSERVATION_VALUE_UNEXPECTED}
     * for a value that should not be there (missing, not significant, not applicable or confidential)
     * and {@link ProblemCode#OBSERVATION_VALUE_MISSING} for a normal, estimated or provisional free
     * observation without value, both at {@code path.value}.
     *
     * @param observation the observation, not null
     * @param path        the observation's path, not null
     * @param context     where to report, not null
     */
    public static void checkValuePresence(Observation observation, String path, RuleContext context) {
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(context, "context");
        if (observation.value() != null && !observation.expectsValue()) {
            context.error(ProblemCode.OBSERVATION_VALUE_UNEXPECTED, path + ".value",
                    observation.value().toPlainString());
        } else if (observation.value() == null && observation.expectsValue()) {
            context.error(ProblemCode.OBSERVATION_VALUE_MISSING, path + ".value", null);
        }
    }

    /**
     * Checks an observation against its indicator's definition: a unit given and different from the
     * indicator's is {@link ProblemCode#UNIT_MISMATCH} at {@code path.unit} (details: the given and
     * the expected symbols); a value in percent (the observation's unit, or else the indicator's)
     * outside 0–100 is {@link ProblemCode#PERCENT_OUT_OF_RANGE} at {@code path.value}.
     *
     * @param observation the observation, not null
     * @param definition  the definition of the observation's indicator, not null
     * @param path        the observation's path, not null
     * @param context     where to report, not null
     */
    public static void checkAgainstDefinition(Observation observation, IndicatorDefinition definition, String path,
            RuleContext context) {
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(context, "context");
        Unit given = observation.unit();
        if (given != null && given != definition.unit()) {
            context.error(ProblemCode.UNIT_MISMATCH, path + ".unit", given.symbol(), given.symbol(),
                    definition.unit().symbol());
        }
        BigDecimal value = observation.value();
        if (value != null && observation.unitOr(definition) == Unit.PERCENT
                && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            context.error(ProblemCode.PERCENT_OUT_OF_RANGE, path + ".value", value.toPlainString(), PERCENT_RANGE);
        }
    }

    /**
     * Checks one observation fully: {@link #checkValuePresence}, then that its indicator is known
     * ({@link ProblemCode#UNKNOWN_INDICATOR} at {@code path.indicator}), then
     * {@link #checkAgainstDefinition} when it is.
     *
     * @param observation the observation, not null
     * @param definitions the definition of an indicator code, or empty if unknown, such as
     *                    {@link IndicatorCatalog#byCode(String)}, not null
     * @param path        the observation's path, not null
     * @param context     where to report, not null
     */
    public static void checkObservation(Observation observation,
            Function<String, Optional<IndicatorDefinition>> definitions, String path, RuleContext context) {
        Objects.requireNonNull(definitions, "definitions");
        checkValuePresence(observation, path, context);
        Optional<IndicatorDefinition> definition = definitions.apply(observation.indicator());
        if (definition.isEmpty()) {
            context.error(ProblemCode.UNKNOWN_INDICATOR, path + ".indicator", observation.indicator());
        } else {
            checkAgainstDefinition(observation, definition.get(), path, context);
        }
    }

    /**
     * Checks a list of observations: each with {@link #checkObservation} at {@code path[i]}, and that
     * no two share indicator, territory and period: every repetition is
     * {@link ProblemCode#DUPLICATE_OBSERVATION} at its own path {@code path[j]} (value: the key,
     * detail: the first one's path).
     *
     * @param observations the observations, not null, no null element
     * @param definitions  the definition of an indicator code, or empty if unknown, not null
     * @param path         the list's path, such as {@code observations}, not null
     * @param context      where to report, not null
     */
    public static void checkObservations(List<Observation> observations,
            Function<String, Optional<IndicatorDefinition>> definitions, String path, RuleContext context) {
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(path, "path");
        // Sized for every key at once: a national file holds millions of observations, and growing the
        // table step by step rehashed them all several times. Indexes rather than paths are kept, so
        // that the map holds no string per observation for the collector to carry.
        Map<ObservationKey, Integer> firstIndexes = new HashMap<>(capacityFor(observations.size()));
        for (int i = 0; i < observations.size(); i++) {
            Observation observation = observations.get(i);
            String elementPath = path + "[" + i + "]";
            checkObservation(observation, definitions, elementPath, context);
            Integer first = firstIndexes.putIfAbsent(observation.key(), i);
            if (first != null) {
                context.error(ProblemCode.DUPLICATE_OBSERVATION, elementPath, observation.key().toString(),
                        path + "[" + first + "]");
            }
        }
    }

    /** The initial capacity of a hash map that takes {@code entries} keys without growing. */
    private static int capacityFor(int entries) {
        return (int) Math.min(1 << 30, entries / 0.75 + 1);
    }
}
