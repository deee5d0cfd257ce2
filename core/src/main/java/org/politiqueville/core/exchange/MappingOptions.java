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
 * <p>Immutable and thread-safe.
 */
public final class MappingOptions {

    private final PolitiqueVilleValidator validator;
    private final boolean defaultProvider;
    private final String datePattern;

    private MappingOptions(Builder builder) {
        if (builder.validator != null) {
            this.validator = builder.validator;
            this.defaultProvider = false;
        } else {
            PolitiqueVilleValidator made = defaultValidator(builder.strict);
            this.validator = made != null ? made
                    : PolitiqueVilleValidator.builder().withoutBeanValidation().strict(builder.strict).build();
            this.defaultProvider = made != null;
        }
        this.datePattern = builder.datePattern;
    }

    /**
     * The default options: {@link PolitiqueVilleValidator#create()} (lenient: legal rules are
     * warnings) when a Bean Validation provider is on the class path, otherwise a validator
     * without Bean Validation (the single-entity rules still run, the annotations such as
     * "population not negative" do not); dates as {@link FrenchValues#parseDate(CharSequence)}
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

    /** The default provider's validator, or null (after a warning) when there is no provider. */
    private static PolitiqueVilleValidator defaultValidator(boolean strict) {
        try {
            return PolitiqueVilleValidator.builder().strict(strict).build();
        } catch (IllegalStateException noProvider) {
            // Say it once, loudly: without a provider, constraints such as "population not
            // negative" are not checked, and a caller would otherwise never know.
            LoggerFactory.getLogger(MappingOptions.class).warn("{} Rows are mapped with the domain rules only.",
                    noProvider.getMessage());
            return null;
        }
    }

    /**
     * The validator run on each mapped entity.
     *
     * @return the validator, not null
     */
    public PolitiqueVilleValidator validator() {
        return validator;
    }

    /**
     * Whether the validator is the default provider's, built by these options: the mappers may
     * then check the constraints of simple entity types by hand, which reports the same problems
     * (see {@code HandChecks}). A validator given by the caller always runs in full.
     *
     * @return true for the default validator with Bean Validation
     */
    boolean usesDefaultProvider() {
        return defaultProvider;
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
