package org.politiqueville.json.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

import tools.jackson.databind.JsonNode;

/**
 * Reads the properties of one JSON object, reporting each bad one at its own pointer.
 *
 * <p>Every getter returns null (or an empty list) when the property is absent or bad, after
 * reporting what was wrong; {@link #failed()} tells whether anything in the object was. A JSON
 * {@code null} is read as an absent property.
 */
public final class ObjectFields {

    /** The most unknown or repeated properties reported for one object; the others are not. */
    static final int MAX_REPORTED_PROPERTIES = 20;

    /** The most digits a decimal may have before, and after, its decimal point. */
    static final int MAX_DECIMAL_DIGITS = 100;

    private final Decoding decoding;
    private final Cursor object;
    private final int errorsBefore;

    private ObjectFields(Decoding decoding, Cursor object, int errorsBefore) {
        this.decoding = decoding;
        this.object = object;
        this.errorsBefore = errorsBefore;
    }

    /**
     * Opens an object, reporting a value that is not an object and the properties it should not have
     * (the first {@value #MAX_REPORTED_PROPERTIES} of them: one is enough to reject the object).
     *
     * @param decoding   the decoding, not null
     * @param at         the value, not null and present
     * @param properties the properties the object may have, not null
     * @return the fields, or null if the value is not an object
     */
    public static ObjectFields open(Decoding decoding, Cursor at, List<String> properties) {
        int errorsBefore = decoding.errorCount();
        if (at.node() == null || !at.node().isObject()) {
            decoding.error(at, ProblemCode.WRONG_TYPE, null, "object", Cursor.typeOf(at.node()));
            return null;
        }
        int reported = 0;
        for (String name : at.node().propertyNames()) {
            if (reported == MAX_REPORTED_PROPERTIES) {
                // An object with a million stray keys is reported, not a million times.
                break;
            }
            Cursor property = at.property(name);
            if (decoding.isDuplicate(property.pointer())) {
                decoding.strictError(property, ProblemCode.DUPLICATE_KEY, name);
                reported++;
            }
            if (!properties.contains(name)) {
                decoding.strictError(property, ProblemCode.UNKNOWN_PROPERTY, name, String.join(", ", properties));
                reported++;
            }
        }
        return new ObjectFields(decoding, at, errorsBefore);
    }

    /**
     * The decoding this object belongs to.
     *
     * @return the decoding, not null
     */
    public Decoding decoding() {
        return decoding;
    }

    /**
     * Whether an error was reported in this object since it was opened.
     *
     * @return true if the object cannot be built
     */
    public boolean failed() {
        return decoding.errorCount() > errorsBefore;
    }

    /**
     * Reports an exception raised while building the object from its fields.
     *
     * @param exception the exception, not null
     */
    public void reject(InvalidValueException exception) {
        decoding.error(object, exception);
    }

    /**
     * A required string that must not be blank, such as an id.
     *
     * @param name the property, not null
     * @return the text, or null if absent, blank or not a string
     */
    public String nonBlank(String name) {
        return nonBlank(object.property(name), true);
    }

    /**
     * An optional string that must not be blank when present, such as a parent's id.
     *
     * @param name the property, not null
     * @return the text, or null if absent, blank or not a string
     */
    public String optionalNonBlank(String name) {
        return nonBlank(object.property(name), false);
    }

    private String nonBlank(Cursor at, boolean required) {
        String text = string(at, required);
        if (text != null && text.isBlank()) {
            decoding.error(at, ProblemCode.REQUIRED, text);
            return null;
        }
        return text;
    }

    /**
     * A required string, possibly blank (Bean Validation reports blank ones where they matter).
     *
     * @param name the property, not null
     * @return the text, or null if absent or not a string
     */
    public String text(String name) {
        return string(object.property(name), true);
    }

    /**
     * An optional string.
     *
     * @param name the property, not null
     * @return the text, or null if absent or not a string
     */
    public String optionalText(String name) {
        return string(object.property(name), false);
    }

    /**
     * A required value written as a string and read by its own parser.
     *
     * @param name   the property, not null
     * @param parser the parser, throwing {@link InvalidValueException} for bad text, not null
     * @param <T>    the value's type
     * @return the value, or null if absent or bad
     */
    public <T> T value(String name, Function<String, T> parser) {
        return parse(object.property(name), true, parser);
    }

    /**
     * An optional value written as a string and read by its own parser.
     *
     * @param name   the property, not null
     * @param parser the parser, not null
     * @param <T>    the value's type
     * @return the value, or null if absent or bad
     */
    public <T> T optionalValue(String name, Function<String, T> parser) {
        return parse(object.property(name), false, parser);
    }

    /**
     * A required enum constant, written as its name.
     *
     * @param name the property, not null
     * @param type the enum, not null
     * @param <E>  the enum type
     * @return the constant, or null if absent or unknown
     */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return parse(object.property(name), true, enumParser(type));
    }

    /**
     * An optional enum constant, written as its name.
     *
     * @param name the property, not null
     * @param type the enum, not null
     * @param <E>  the enum type
     * @return the constant, or null if absent or unknown
     */
    public <E extends Enum<E>> E optionalEnumValue(String name, Class<E> type) {
        return parse(object.property(name), false, enumParser(type));
    }

    /**
     * A required whole number that fits an {@code int}.
     *
     * @param name the property, not null
     * @return the number, or null if absent or not a whole number
     */
    public Integer integer(String name) {
        return integer(object.property(name), true);
    }

    /**
     * An optional whole number that fits an {@code int}.
     *
     * @param name the property, not null
     * @return the number, or null if absent or not a whole number
     */
    public Integer optionalInteger(String name) {
        return integer(object.property(name), false);
    }

    /**
     * A required whole number that fits a {@code long}.
     *
     * @param name the property, not null
     * @return the number, or null if absent or not a whole number
     */
    public Long longInteger(String name) {
        Cursor at = object.property(name);
        if (absent(at, true)) {
            return null;
        }
        if (!at.node().isIntegralNumber() || !at.node().canConvertToLong()) {
            decoding.error(at, ProblemCode.WRONG_TYPE, text(at.node()), "integer", Cursor.typeOf(at.node()));
            return null;
        }
        return at.node().longValue();
    }

    /**
     * An optional decimal number, exact as written; one with more than {@value #MAX_DECIMAL_DIGITS}
     * digits before or after its decimal point is out of range.
     *
     * @param name the property, not null
     * @return the number, or null if absent or not a number
     */
    public BigDecimal optionalDecimal(String name) {
        Cursor at = object.property(name);
        if (absent(at, false)) {
            return null;
        }
        if (!at.node().isNumber()) {
            decoding.error(at, ProblemCode.WRONG_TYPE, text(at.node()), "number", Cursor.typeOf(at.node()));
            return null;
        }
        BigDecimal number = at.node().isIntegralNumber() ? new BigDecimal(at.node().bigIntegerValue())
                : at.node().decimalValue();
        // 1e999999999 is a few bytes of JSON but a gigabyte of digits once written out plainly.
        if (number.precision() - number.scale() > MAX_DECIMAL_DIGITS || number.scale() > MAX_DECIMAL_DIGITS) {
            decoding.error(at, ProblemCode.OUT_OF_RANGE, number.toString(),
                    "at most " + MAX_DECIMAL_DIGITS + " digits before and after the decimal point");
            return null;
        }
        return number;
    }

    /**
     * An optional array of strings; an absent array is empty.
     *
     * @param name the property, not null
     * @return the strings, bad elements left out, not null
     */
    public List<String> texts(String name) {
        return values(name, Function.identity());
    }

    /**
     * An optional array of values written as strings; an absent array is empty.
     *
     * @param name   the property, not null
     * @param parser the parser of one element, not null
     * @param <T>    the elements' type
     * @return the values, bad elements left out, not null
     */
    public <T> List<T> values(String name, Function<String, T> parser) {
        Cursor at = object.property(name);
        List<T> values = new ArrayList<>();
        if (array(at)) {
            for (int i = 0; i < at.node().size(); i++) {
                T value = parse(at.element(i), true, parser);
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /**
     * An optional array of enum constants, written as their names; an absent array is empty.
     *
     * @param name the property, not null
     * @param type the enum, not null
     * @param <E>  the enum type
     * @return the constants, bad elements left out, not null
     */
    public <E extends Enum<E>> List<E> enumValues(String name, Class<E> type) {
        return values(name, enumParser(type));
    }

    /**
     * An optional array of objects; an absent array is empty.
     *
     * @param name  the property, not null
     * @param codec the codec of one element, not null
     * @param <T>   the elements' type
     * @return the values, bad elements left out, not null
     */
    public <T> List<T> objects(String name, Codec<T> codec) {
        Cursor at = object.property(name);
        List<T> values = new ArrayList<>();
        if (array(at)) {
            for (int i = 0; i < at.node().size(); i++) {
                T value = codec.read(decoding, at.element(i));
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /**
     * A required object.
     *
     * @param name  the property, not null
     * @param codec its codec, not null
     * @param <T>   its type
     * @return the value, or null if absent or bad
     */
    public <T> T object(String name, Codec<T> codec) {
        Cursor at = object.property(name);
        return absent(at, true) ? null : codec.read(decoding, at);
    }

    /**
     * An optional object.
     *
     * @param name  the property, not null
     * @param codec its codec, not null
     * @param <T>   its type
     * @return the value, or null if absent or bad
     */
    public <T> T optionalObject(String name, Codec<T> codec) {
        Cursor at = object.property(name);
        return absent(at, false) ? null : codec.read(decoding, at);
    }

    /**
     * An optional array property, for a caller that reads its elements itself.
     *
     * @param name the property, not null
     * @return the array's cursor, or null if absent or not an array (reported)
     */
    public Cursor array(String name) {
        Cursor at = object.property(name);
        return array(at) ? at : null;
    }

    private boolean absent(Cursor at, boolean required) {
        if (at.isMissing()) {
            if (required) {
                decoding.error(at, ProblemCode.REQUIRED, null);
            }
            return true;
        }
        return false;
    }

    private boolean array(Cursor at) {
        if (at.isMissing()) {
            return false;
        }
        if (!at.node().isArray()) {
            decoding.error(at, ProblemCode.WRONG_TYPE, text(at.node()), "array", Cursor.typeOf(at.node()));
            return false;
        }
        return true;
    }

    private String string(Cursor at, boolean required) {
        if (absent(at, required)) {
            return null;
        }
        if (!at.node().isString()) {
            decoding.error(at, ProblemCode.WRONG_TYPE, text(at.node()), "string", Cursor.typeOf(at.node()));
            return null;
        }
        return at.node().stringValue();
    }

    private <T> T parse(Cursor at, boolean required, Function<String, T> parser) {
        String text = string(at, required);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (InvalidValueException e) {
            decoding.error(at, e);
            return null;
        }
    }

    private Integer integer(Cursor at, boolean required) {
        if (absent(at, required)) {
            return null;
        }
        if (!at.node().isIntegralNumber() || !at.node().canConvertToInt()) {
            decoding.error(at, ProblemCode.WRONG_TYPE, text(at.node()), "integer", Cursor.typeOf(at.node()));
            return null;
        }
        return at.node().intValue();
    }

    private static <E extends Enum<E>> Function<String, E> enumParser(Class<E> type) {
        return text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            throw new InvalidValueException(ProblemCode.INVALID_FORMAT, text, Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        };
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : node.toString();
    }
}
