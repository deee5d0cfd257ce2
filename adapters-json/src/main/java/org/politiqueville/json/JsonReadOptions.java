package org.politiqueville.json;

import java.util.Locale;
import java.util.Objects;

import org.politiqueville.core.contract.PolitiqueVilleValidator;
import org.politiqueville.core.exchange.HandValidation;

/**
 * How JSON is read: strict or lenient, the input limits, the language of error messages, the
 * source name shown in locations, and the validator run on each element read.
 *
 * <p>Immutable; each {@code with…} method returns a changed copy. {@link #defaults()} is strict:
 * an unknown property or a key given twice in one object is an error that rejects its element.
 * {@link #lenient()} reports both as warnings and keeps the element (for a duplicate key, the last
 * value wins). Content after the end of the document is an error in both modes.
 *
 * <h2>Limits</h2>
 * Breaking a limit stops the read with a {@link JsonFormatException} of code
 * {@link org.politiqueville.core.validation.ProblemCode#INPUT_LIMIT_EXCEEDED INPUT_LIMIT_EXCEEDED}
 * at the line and column where it happened; its details name the limit and its value.
 * <table>
 *   <caption>Input limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it bounds</th></tr>
 *   <tr><td>{@code maxNestingDepth}</td><td>{@value #DEFAULT_MAX_NESTING_DEPTH}</td>
 *       <td>arrays and objects nested in each other (our formats need 5)</td></tr>
 *   <tr><td>{@code maxStringLength}</td><td>{@value #DEFAULT_MAX_STRING_LENGTH}</td>
 *       <td>characters in one string value</td></tr>
 *   <tr><td>{@code maxNameLength}</td><td>{@value #DEFAULT_MAX_NAME_LENGTH}</td>
 *       <td>characters in one property name</td></tr>
 *   <tr><td>{@code maxNumberLength}</td><td>{@value #DEFAULT_MAX_NUMBER_LENGTH}</td>
 *       <td>characters in one number</td></tr>
 *   <tr><td>{@code maxDocumentLength}</td><td>{@value #DEFAULT_MAX_DOCUMENT_LENGTH} (2<sup>30</sup>)</td>
 *       <td>characters in the whole input, an array or JSON Lines file included; a negative
 *       value means no limit</td></tr>
 * </table>
 */
public final class JsonReadOptions {

    /** The default {@code maxNestingDepth}. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
    /** The default {@code maxStringLength}, in characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    /** The default {@code maxNameLength}, in characters. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 256;
    /** The default {@code maxNumberLength}, in characters. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** The default {@code maxDocumentLength}, in characters: 2<sup>30</sup>, about a gigabyte. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 1L << 30;

    private static final JsonReadOptions DEFAULTS = new JsonReadOptions(true, Locale.ENGLISH, "", null,
            new long[] {DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NAME_LENGTH,
                DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_DOCUMENT_LENGTH});

    private final boolean strict;
    private final Locale locale;
    private final String sourceName;
    private final PolitiqueVilleValidator validator;
    // The input limits by the indexes below; never changed once built, so copies share it.
    private final long[] limits;

    private static final int NESTING_DEPTH = 0;
    private static final int STRING_LENGTH = 1;
    private static final int NAME_LENGTH = 2;
    private static final int NUMBER_LENGTH = 3;
    private static final int DOCUMENT_LENGTH = 4;

    private JsonReadOptions(boolean strict, Locale locale, String sourceName, PolitiqueVilleValidator validator,
                            long[] limits) {
        this.strict = strict;
        this.locale = Objects.requireNonNull(locale, "locale");
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.validator = validator;
        this.limits = limits;
    }

    private JsonReadOptions withLimit(int limit, long value) {
        long[] changed = limits.clone();
        changed[limit] = value;
        return new JsonReadOptions(strict, locale, sourceName, validator, changed);
    }

    private static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    /**
     * The strict options with the default limits, English messages, no source name and the default
     * validator.
     *
     * @return the options, not null
     */
    public static JsonReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The default options, but lenient: unknown properties and duplicate keys are warnings.
     *
     * @return the options, not null
     */
    public static JsonReadOptions lenient() {
        return DEFAULTS.withStrict(false);
    }

    /**
     * These options, strict or lenient.
     *
     * @param value true for strict (the default), false for lenient
     * @return the changed copy, not null
     */
    public JsonReadOptions withStrict(boolean value) {
        return new JsonReadOptions(value, locale, sourceName, validator, limits);
    }

    /**
     * These options with another language for {@link JsonFormatException} messages. Problems in
     * reports render in any language on demand.
     *
     * @param value the caller's locale, not null
     * @return the changed copy, not null
     */
    public JsonReadOptions withLocale(Locale value) {
        return new JsonReadOptions(strict, value, sourceName, validator, limits);
    }

    /**
     * These options with the source name shown in locations, such as a file name. Reading a
     * {@link java.nio.file.Path} uses its file name when this is empty.
     *
     * @param value the name, not null, {@code ""} for none
     * @return the changed copy, not null
     */
    public JsonReadOptions withSourceName(String value) {
        return new JsonReadOptions(strict, locale, value, validator, limits);
    }

    /**
     * These options with the validator run on each element read (its Bean Validation constraints and
     * single-entity rules) and on a whole contract. By default it is
     * {@link PolitiqueVilleValidator#create()}, lenient on legal rules, or one without Bean
     * Validation when no provider is on the class path.
     *
     * @param value the validator, not null
     * @return the changed copy, not null
     */
    public JsonReadOptions withValidator(PolitiqueVilleValidator value) {
        return new JsonReadOptions(strict, locale, sourceName, Objects.requireNonNull(value, "validator"), limits);
    }

    /**
     * These options with another nesting depth limit.
     *
     * @param value the limit, positive
     * @return the changed copy, not null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public JsonReadOptions withMaxNestingDepth(int value) {
        return withLimit(NESTING_DEPTH, positive(value, "maxNestingDepth"));
    }

    /**
     * These options with another string length limit.
     *
     * @param value the limit in characters, positive
     * @return the changed copy, not null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public JsonReadOptions withMaxStringLength(int value) {
        return withLimit(STRING_LENGTH, positive(value, "maxStringLength"));
    }

    /**
     * These options with another property name length limit.
     *
     * @param value the limit in characters, positive
     * @return the changed copy, not null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public JsonReadOptions withMaxNameLength(int value) {
        return withLimit(NAME_LENGTH, positive(value, "maxNameLength"));
    }

    /**
     * These options with another number length limit.
     *
     * @param value the limit in characters, positive
     * @return the changed copy, not null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public JsonReadOptions withMaxNumberLength(int value) {
        return withLimit(NUMBER_LENGTH, positive(value, "maxNumberLength"));
    }

    /**
     * These options with another document length limit.
     *
     * @param value the limit in characters, or a negative value for none
     * @return the changed copy, not null
     */
    public JsonReadOptions withMaxDocumentLength(long value) {
        return withLimit(DOCUMENT_LENGTH, value);
    }

    /**
     * Whether unknown properties and duplicate keys are errors.
     *
     * @return true if strict
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * The language of {@link JsonFormatException} messages.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The source name shown in locations.
     *
     * @return the name, {@code ""} if none
     */
    public String sourceName() {
        return sourceName;
    }

    /**
     * The validator run on what is read.
     *
     * @return the validator given, or the default one, not null
     */
    public PolitiqueVilleValidator validator() {
        return validator != null ? validator : DefaultValidator.INSTANCE;
    }

    /**
     * The nesting depth limit.
     *
     * @return the limit
     */
    public int maxNestingDepth() {
        return (int) limits[NESTING_DEPTH];
    }

    /**
     * The string length limit, in characters.
     *
     * @return the limit
     */
    public int maxStringLength() {
        return (int) limits[STRING_LENGTH];
    }

    /**
     * The property name length limit, in characters.
     *
     * @return the limit
     */
    public int maxNameLength() {
        return (int) limits[NAME_LENGTH];
    }

    /**
     * The number length limit, in characters.
     *
     * @return the limit
     */
    public int maxNumberLength() {
        return (int) limits[NUMBER_LENGTH];
    }

    /**
     * The document length limit, in characters.
     *
     * @return the limit, negative for none
     */
    public long maxDocumentLength() {
        return limits[DOCUMENT_LENGTH];
    }

    /** The default validator, built once: its Bean Validation bootstrap is slow. */
    /**
     * Whether entities of a type can be validated by hand ({@link HandValidation}) rather than by
     * {@link #validator()}: only with the default validator, when it has Bean Validation, whose
     * report the hand checks give.
     */
    boolean validatesByHand(Class<?> type) {
        return validator == null && DefaultValidator.BEAN_VALIDATION && HandValidation.covers(type);
    }

    private static final class DefaultValidator {
        private static final PolitiqueVilleValidator INSTANCE;
        private static final boolean BEAN_VALIDATION;

        static {
            PolitiqueVilleValidator validator;
            boolean beanValidation;
            try {
                validator = PolitiqueVilleValidator.create();
                beanValidation = true;
            } catch (IllegalStateException noProvider) {
                validator = PolitiqueVilleValidator.builder().withoutBeanValidation().build();
                beanValidation = false;
            }
            INSTANCE = validator;
            BEAN_VALIDATION = beanValidation;
        }
    }
}
