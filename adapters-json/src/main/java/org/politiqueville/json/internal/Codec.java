package org.politiqueville.json.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.politiqueville.core.validation.InvalidValueException;

import tools.jackson.core.JsonGenerator;

/**
 * Writes one domain type as a JSON object with its properties in a fixed order, and reads it back
 * reporting each bad property at its own pointer.
 *
 * @param <T> the domain type
 */
public abstract class Codec<T> {

    private final Class<T> type;
    private final List<String> properties;

    /**
     * Creates a codec.
     *
     * @param type       the domain type, not null
     * @param properties the JSON properties in the order they are written, not null
     */
    protected Codec(Class<T> type, String... properties) {
        this.type = Objects.requireNonNull(type, "type");
        this.properties = List.of(properties);
    }

    /**
     * The domain type.
     *
     * @return the class, not null
     */
    public final Class<T> type() {
        return type;
    }

    /**
     * The JSON properties in the order they are written.
     *
     * @return an unmodifiable list, not null
     */
    public final List<String> properties() {
        return properties;
    }

    /**
     * Writes a value as a JSON object.
     *
     * @param value     the value, not null
     * @param generator the generator, not null
     */
    public final void write(T value, JsonGenerator generator) {
        generator.writeStartObject(value);
        writeProperties(value, generator);
        generator.writeEndObject();
    }

    /**
     * Writes the value's properties, in the order of {@link #properties()}.
     *
     * @param value     the value, not null
     * @param generator the generator, inside the value's object, not null
     */
    protected abstract void writeProperties(T value, JsonGenerator generator);

    /**
     * Reads a value, reporting what is wrong with it.
     *
     * @param decoding the decoding, not null
     * @param at       the JSON value, not null
     * @return the value, or null if anything in it was wrong
     */
    public final T read(Decoding decoding, Cursor at) {
        ObjectFields fields = ObjectFields.open(decoding, at, properties);
        if (fields == null) {
            return null;
        }
        T value;
        try {
            value = readFields(fields);
        } catch (InvalidValueException e) {
            fields.reject(e);
            return null;
        }
        return fields.failed() ? null : value;
    }

    /**
     * A reader of elements of this type straight from the token stream, for the clean ones; the
     * elements it cannot build go back to {@link #read}.
     *
     * @param source the source label for locations, not null
     * @param strict whether unknown properties and duplicate keys are errors rather than warnings
     * @return a new reader, or null if this type has none
     */
    public ElementStream<T> stream(String source, boolean strict) {
        return null;
    }

    /**
     * Reads the value from its fields; may return anything (or null) once {@code fields} has
     * {@linkplain ObjectFields#failed() failed}.
     *
     * @param fields the object's fields, not null
     * @return the value
     * @throws InvalidValueException if the fields are well-formed but the value cannot be built
     */
    protected abstract T readFields(ObjectFields fields);

    /**
     * Writes a property whose value is written as its {@code toString()}, unless it is null.
     *
     * @param generator the generator, not null
     * @param name      the property, not null
     * @param value     the value, may be null
     */
    protected static void string(JsonGenerator generator, String name, Object value) {
        if (value != null) {
            generator.writeStringProperty(name, value.toString());
        }
    }

    /**
     * Writes an enum constant as its name, unless it is null.
     *
     * @param generator the generator, not null
     * @param name      the property, not null
     * @param value     the constant, may be null
     */
    protected static void name(JsonGenerator generator, String name, Enum<?> value) {
        if (value != null) {
            generator.writeStringProperty(name, value.name());
        }
    }

    /**
     * Writes an array of values written as their {@code toString()} (enum constants as their name).
     *
     * @param generator the generator, not null
     * @param name      the property, not null
     * @param values    the values, not null
     */
    protected static void strings(JsonGenerator generator, String name, Collection<?> values) {
        generator.writeArrayPropertyStart(name);
        for (Object value : values) {
            generator.writeString(value instanceof Enum<?> constant ? constant.name() : value.toString());
        }
        generator.writeEndArray();
    }

    /**
     * Writes an array of objects.
     *
     * @param generator the generator, not null
     * @param name      the property, not null
     * @param values    the values, not null
     * @param codec     their codec, not null
     * @param <V>       their type
     */
    protected static <V> void objects(JsonGenerator generator, String name, Collection<V> values, Codec<V> codec) {
        generator.writeArrayPropertyStart(name);
        for (V value : values) {
            codec.write(value, generator);
        }
        generator.writeEndArray();
    }

    /**
     * Writes an object, unless it is null.
     *
     * @param generator the generator, not null
     * @param name      the property, not null
     * @param value     the value, may be null
     * @param codec     its codec, not null
     * @param <V>       its type
     */
    protected static <V> void object(JsonGenerator generator, String name, V value, Codec<V> codec) {
        if (value != null) {
            generator.writeName(name);
            codec.write(value, generator);
        }
    }
}
