package org.politiqueville.core.exchange;

import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.politiqueville.core.contract.PolitiqueVilleValidator;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;
import org.slf4j.LoggerFactory;

/**
 * How {@link RecordMapper}s turn rows into entities: the validator run on each entity, and an
 * extra date pattern for files written with a custom dialect.
 *
 * <p>With the default validator, the mappers of the entities found in large files (observations,
 * quarters, documents, communes, indicators) check their few Bean Validation constraints by hand,
 * with the same outcome, and the Bean Validation provider, slow to start, is only bootstrapped for
 * the other kinds, on their first row. A validator given by the caller always runs in full.
 *
 * <p>Immutable and thread-safe.
 */
public final class MappingOptions {

    private final PolitiqueVilleValidator given;
    private final boolean strict;
    private final String datePattern;
    private volatile PolitiqueVilleValidator made;

    private MappingOptions(Builder builder) {
        this.given = builder.validator;
        this.strict = builder.validator != null ? builder.validator.isStrict() : builder.strict;
        this.datePattern = builder.datePattern;
    }

    /**
     * The default options: the default validator, lenient (legal rules are warnings), built on
     * first use: {@link PolitiqueVilleValidator#create()} when a Bean Validation provider is on the
     * class path, otherwise a validator without Bean Validation (the single-entity rules still run;
     * the annotations such as "population not negative" are then checked only for the entity types
     * checked by hand, see the class comment); dates as {@link FrenchValues#parseDate(CharSequence)}
     * reads them.
     *
     * @return the options, not null
     */
    public static MappingOptions defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The default provider's validator, or one without Bean Validation (after a warning) when there is no provider. */
    private static PolitiqueVilleValidator defaultValidator(boolean strict) {
        try {
            return PolitiqueVilleValidator.builder().strict(strict).build();
        } catch (IllegalStateException noProvider) {
            // Say it once, loudly: without a provider, constraints such as "population not
            // negative" are not checked, and a caller would otherwise never know.
            LoggerFactory.getLogger(MappingOptions.class).warn("{} Rows are mapped with the domain rules only.",
                    noProvider.getMessage());
            return PolitiqueVilleValidator.builder().withoutBeanValidation().strict(strict).build();
        }
    }

    /**
     * The validator run on each mapped entity; the default one is built on the first call.
     *
     * @return the validator, not null
     */
    public PolitiqueVilleValidator validator() {
        if (given != null) {
            return given;
        }
        PolitiqueVilleValidator result = made;
        if (result == null) {
            result = defaultValidator(strict);
            made = result;
        }
        return result;
    }

    /**
     * Whether the validator is the default one: the mappers may then check the constraints of
     * simple entity types by hand, which reports what Bean Validation would (see
     * {@code HandChecks}).
     *
     * @return true unless the caller gave a validator
     */
    boolean checksByHand() {
        return given == null;
    }

    /**
     * Whether broken legal rules are errors, as the validator says, without building it.
     *
     * @return true in strict mode
     */
    boolean isStrict() {
        return strict;
    }

    /**
     * The pattern of full dates tried after the French and ISO forms, for files written with a
     * custom dialect such as {@code dd.MM.yyyy}.
     *
     * @return the pattern, or empty if none
     */
    public Optional<String> datePattern() {
        return Optional.ofNullable(datePattern);
    }

    /** Builds {@link MappingOptions}. Not thread-safe. */
    public static final class Builder {

        private PolitiqueVilleValidator validator;
        private boolean strict;
        private String datePattern;

        private Builder() {
        }

        /**
         * Sets the validator, for instance a strict one
         * ({@code PolitiqueVilleValidator.builder().strict(true).build()}) to reject rows that
         * break a legal rule.
         *
         * @param value the validator, not null
         * @return this builder
         */
        public Builder validator(PolitiqueVilleValidator value) {
            this.validator = Objects.requireNonNull(value, "validator");
            return this;
        }

        /**
         * Uses the default validator, strict (rows that break a legal rule are rejected) or
         * lenient, instead of a validator set before. Prefer it to passing
         * {@code PolitiqueVilleValidator.builder().strict(true).build()}: the mappers can then
         * check the constraints of simple entity types without going through Bean Validation,
         * with the same outcome, faster.
         *
         * @param value true for strict mode
         * @return this builder
         */
        public Builder strict(boolean value) {
            this.validator = null;
            this.strict = value;
            return this;
        }

        /**
         * Sets an extra pattern for full dates.
         *
         * @param value a {@link DateTimeFormatter} pattern, or null for none
         * @return this builder
         * @throws InvalidValueException with {@link ProblemCode#CONSTRAINT_VIOLATED} if the pattern
         *                               is not a date pattern
         */
        public Builder datePattern(String value) {
            if (value != null) {
                try {
                    DateTimeFormatter.ofPattern(value);
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException(ProblemCode.CONSTRAINT_VIOLATED, value,
                            "not a date pattern: " + e.getMessage());
                }
            }
            this.datePattern = value;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options, not null
         */
        public MappingOptions build() {
            return new MappingOptions(this);
        }
    }
}
