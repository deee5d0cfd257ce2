package org.politiqueville.core.indicator;

import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * What an indicator measures: its code, its French label and the other names spreadsheets give it,
 * its unit, which way is better, and where its values come from.
 *
 * @param code        the code, the INSEE variable name where there is one ({@code DISP_MED}), not blank
 * @param label       the French label, such as "Revenu médian disponible par unité de consommation",
 *                    not null
 * @param aliases     other names of the indicator, such as "Revenu médian disponible par UC", not null,
 *                    no null element
 * @param unit        the unit of its values, not null
 * @param polarity    which way its values are better, not null
 * @param source      the producer, such as "INSEE Filosofi", "COMPAS" or "Baromètre GUSP", not null
 * @param description a longer explanation, may be null
 */
public record IndicatorDefinition(
        String code,
        @NotBlank String label,
        List<@NotBlank String> aliases,
        Unit unit,
        Polarity polarity,
        @NotBlank String source,
        String description) {

    /**
     * Checks the components and copies the aliases.
     *
     * @param code the code, the INSEE variable name where there is one ({@code DISP_MED}), not blank
     * @param label the French label, such as "Revenu médian disponible par unité de consommation", not null
     * @param aliases other names of the indicator, such as "Revenu médian disponible par UC", not null, no null element
     * @param unit the unit of its values, not null
     * @param polarity which way its values are better, not null
     * @param source the producer, such as "INSEE Filosofi", "COMPAS" or "Baromètre GUSP", not null
     * @param description a longer explanation, may be null
     * @throws NullPointerException  if a component other than {@code description} is null, or an alias
     * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if {@code code} is blank
     */
    public IndicatorDefinition {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new InvalidValueException(ProblemCode.REQUIRED, code);
        }
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Starts a definition with its required parts; the polarity defaults to {@link Polarity#NEUTRAL}
     * and the source must be set before {@link Builder#build()}.
     *
     * @param code  the code, not blank
     * @param label the French label, not null
     * @param unit  the unit, not null
     * @return a builder, not null
     */
    public static Builder builder(String code, String label, Unit unit) {
        return new Builder(code, label, unit);
    }

    /**
     * The label followed by the aliases: the names people give the indicator.
     *
     * @return the names, not null
     */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(label);
        names.addAll(aliases);
        return List.copyOf(names);
    }

    /** Builds an {@link IndicatorDefinition}; not thread-safe. */
    public static final class Builder {

        private final String code;
        private final String label;
        private final Unit unit;
        private final List<String> aliases = new ArrayList<>();
        private Polarity polarity = Polarity.NEUTRAL;
        private String source;
        private String description;

        private Builder(String code, String label, Unit unit) {
            this.code = code;
            this.label = label;
            this.unit = unit;
        }

        /**
         * Adds aliases.
         *
         * @param names the other names, not null
         * @return this builder
         */
        public Builder aliases(String... names) {
            aliases.addAll(Arrays.asList(names));
            return this;
        }

        /**
         * Sets which way the values are better.
         *
         * @param value the polarity, not null
         * @return this builder
         */
        public Builder polarity(Polarity value) {
            this.polarity = Objects.requireNonNull(value, "polarity");
            return this;
        }

        /**
         * Sets the producer of the values.
         *
         * @param value the source, not null
         * @return this builder
         */
        public Builder source(String value) {
            this.source = Objects.requireNonNull(value, "source");
            return this;
        }

        /**
         * Sets the longer explanation.
         *
         * @param value the description, may be null
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Builds the definition.
         *
         * @return the definition, not null
         * @throws NullPointerException  if the source was not set or a required part is null
         * @throws InvalidValueException if the code is blank
         */
        public IndicatorDefinition build() {
            return new IndicatorDefinition(code, label, aliases, unit, polarity, source, description);
        }
    }
}
