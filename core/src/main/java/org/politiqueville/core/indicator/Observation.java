package org.politiqueville.core.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * The value of one indicator for one territory and one period, such as Malakoff's median income in
 * 2021, with its status and confidentiality.
 *
 * <p>An observation has a value exactly when its status {@linkplain ObservationStatus#hasValue() has
 * one} and it is {@linkplain Confidentiality#FREE free}: a missing, not significant or not applicable
 * value and a value under statistical secrecy are published without a number. The constructor does
 * not enforce this, so that a file breaking it can be read and reported on: {@link IndicatorRules}
 * checks it.
 *
 * @param indicator       the indicator's code, such as {@code DISP_MED}, not blank
 * @param territory       the territory observed: a quarter, district, commune, the agglomeration or a
 *                        reference territory, not null
 * @param period          the period observed, not null
 * @param value           the value, may be null (see above)
 * @param unit            the unit of the value, may be null for the indicator's own unit
 * @param status          the observation status, not null
 * @param confidentiality whether the value may be published, not null
 * @param source          the producer of this value, may be null for the indicator's source
 */
public record Observation(
        String indicator,
        TerritoryRef territory,
        Period period,
        BigDecimal value,
        Unit unit,
        ObservationStatus status,
        Confidentiality confidentiality,
        String source) {

    /**
     * Checks the components.
     *
     * @param indicator the indicator's code, such as {@code DISP_MED}, not blank
     * @param territory the territory observed: a quarter, district, commune, the agglomeration or a reference territory, not null
     * @param period the period observed, not null
     * @param value the value, may be null (see above)
     * @param unit the unit of the value, may be null for the indicator's own unit
     * @param status the observation status, not null
     * @param confidentiality whether the value may be published, not null
     * @param source the producer of this value, may be null for the indicator's source
     * @throws NullPointerException  if a required component is null
     * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if {@code indicator} is blank
     */
    public Observation {
        Objects.requireNonNull(indicator, "indicator");
        if (indicator.isBlank()) {
            throw new InvalidValueException(ProblemCode.REQUIRED, indicator);
        }
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(confidentiality, "confidentiality");
    }

    /**
     * Starts an observation; by default it has no value, no unit and no source, and is
     * {@link ObservationStatus#NORMAL} and {@link Confidentiality#FREE}.
     *
     * @param indicator the indicator's code, not blank
     * @param territory the territory observed, not null
     * @param period    the period observed, not null
     * @return a builder, not null
     */
    public static Builder builder(String indicator, TerritoryRef territory, Period period) {
        return new Builder(indicator, territory, period);
    }

    /**
     * What identifies this observation among others.
     *
     * @return the key, not null
     */
    public ObservationKey key() {
        return new ObservationKey(indicator, territory, period);
    }

    /**
     * The value, if there is one.
     *
     * @return the value, or empty
     */
    public Optional<BigDecimal> optionalValue() {
        return Optional.ofNullable(value);
    }

    /**
     * Whether the status and confidentiality say this observation has a value: the status
     * {@linkplain ObservationStatus#hasValue() has one} and the value is free.
     *
     * @return true if a value is expected
     */
    public boolean expectsValue() {
        return status.hasValue() && confidentiality == Confidentiality.FREE;
    }

    /**
     * The unit of the value: its own, or else the indicator's.
     *
     * @param definition the definition of this observation's indicator, not null
     * @return the unit, not null
     */
    public Unit unitOr(IndicatorDefinition definition) {
        return unit != null ? unit : definition.unit();
    }

    /** Builds an {@link Observation}; not thread-safe. */
    public static final class Builder {

        private final String indicator;
        private final TerritoryRef territory;
        private final Period period;
        private BigDecimal value;
        private Unit unit;
        private ObservationStatus status = ObservationStatus.NORMAL;
        private Confidentiality confidentiality = Confidentiality.FREE;
        private String source;

        private Builder(String indicator, TerritoryRef territory, Period period) {
            this.indicator = indicator;
            this.territory = territory;
            this.period = period;
        }

        /**
         * Sets the value.
         *
         * @param number the value, may be null
         * @return this builder
         */
        public Builder value(BigDecimal number) {
            this.value = number;
            return this;
        }

        /**
         * Sets the unit.
         *
         * @param value the unit, may be null for the indicator's
         * @return this builder
         */
        public Builder unit(Unit value) {
            this.unit = value;
            return this;
        }

        /**
         * Sets the status.
         *
         * @param value the status, not null
         * @return this builder
         */
        public Builder status(ObservationStatus value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /**
         * Sets the confidentiality.
         *
         * @param value the confidentiality, not null
         * @return this builder
         */
        public Builder confidentiality(Confidentiality value) {
            this.confidentiality = Objects.requireNonNull(value, "confidentiality");
            return this;
        }

        /**
         * Sets the producer of this value.
         *
         * @param value the source, may be null
         * @return this builder
         */
        public Builder source(String value) {
            this.source = value;
            return this;
        }

        /**
         * Builds the observation.
         *
         * @return the observation, not null
         * @throws NullPointerException  if a required part is null
         * @throws InvalidValueException if the indicator code is blank
         */
        public Observation build() {
            return new Observation(indicator, territory, period, value, unit, status, confidentiality, source);
        }
    }
}
