package org.politiqueville.json.internal;

import java.util.Objects;
import java.util.function.Function;

import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.Severity;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/** The serializers and deserializers the Jackson module registers. */
public final class ModuleSerializers {

    private ModuleSerializers() {
    }

    /**
     * Writes a value type as its canonical string, its {@code toString()}.
     *
     * @param <T> the value type
     */
    public static final class TextSerializer<T> extends ValueSerializer<T> {

        private final Class<T> type;

        /**
         * Creates the serializer.
         *
         * @param type the value type, not null
         */
        public TextSerializer(Class<T> type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(value.toString());
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /**
     * Writes a value type used as a map key as its canonical string.
     *
     * @param <T> the value type
     */
    public static final class KeySerializer<T> extends ValueSerializer<T> {

        private final Class<T> type;

        /**
         * Creates the serializer.
         *
         * @param type the value type, not null
         */
        public KeySerializer(Class<T> type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            generator.writeName(value.toString());
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /**
     * Reads a value type from a string through its own {@code parse}.
     *
     * @param <T> the value type
     */
    public static final class TextDeserializer<T> extends ValueDeserializer<T> {

        private final Class<T> type;
        private final Function<String, T> parser;

        /**
         * Creates the deserializer.
         *
         * @param type   the value type, not null
         * @param parser its parser, throwing {@link InvalidValueException} for bad text, not null
         */
        public TextDeserializer(Class<T> type, Function<String, T> parser) {
            this.type = Objects.requireNonNull(type, "type");
            this.parser = Objects.requireNonNull(parser, "parser");
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.reportInputMismatch(this, "%s is written as a JSON string, not %s",
                        type.getSimpleName(), parser.currentToken());
            }
            String text = parser.getString();
            try {
                return this.parser.apply(text);
            } catch (InvalidValueException e) {
                throw context.weirdStringException(text, type, e.code() + ": " + e.getMessage());
            }
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /** Reads a value type used as a map key through its own {@code parse}. */
    public static final class TextKeyDeserializer extends KeyDeserializer {

        private final Class<?> type;
        private final Function<String, ?> parser;

        /**
         * Creates the deserializer.
         *
         * @param type   the value type, not null
         * @param parser its parser, not null
         */
        public TextKeyDeserializer(Class<?> type, Function<String, ?> parser) {
            this.type = Objects.requireNonNull(type, "type");
            this.parser = Objects.requireNonNull(parser, "parser");
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            try {
                return parser.apply(key);
            } catch (InvalidValueException e) {
                return context.handleWeirdKey(type, key, "%s", e.code() + ": " + e.getMessage());
            }
        }
    }

    /**
     * Writes an entity through its codec.
     *
     * @param <T> the entity type
     */
    public static final class CodecSerializer<T> extends ValueSerializer<T> {

        private final Codec<T> codec;

        /**
         * Creates the serializer.
         *
         * @param codec the entity's codec, not null
         */
        public CodecSerializer(Codec<T> codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            codec.write(value, generator);
        }

        @Override
        public Class<?> handledType() {
            return codec.type();
        }
    }

    /**
     * Reads an entity through its codec; any problem fails the read with a Jackson
     * {@link tools.jackson.databind.exc.MismatchedInputException} naming the first error's code,
     * pointer and message.
     *
     * @param <T> the entity type
     */
    public static final class CodecDeserializer<T> extends ValueDeserializer<T> {

        private final Codec<T> codec;
        private final boolean strict;

        /**
         * Creates the deserializer.
         *
         * @param codec  the entity's codec, not null
         * @param strict whether unknown properties and duplicate keys fail the read
         */
        public CodecDeserializer(Codec<T> codec, boolean strict) {
            this.codec = Objects.requireNonNull(codec, "codec");
            this.strict = strict;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            Decoding decoding = new Decoding("", strict);
            Cursor root = Cursor.root(null, "", "");
            JsonNode node = LocatedTreeReader.read(parser, root, decoding);
            T value = codec.read(decoding, Cursor.root(node, "", ""));
            if (value == null) {
                Problem first = decoding.problems().stream().filter(p -> p.severity() == Severity.ERROR)
                        .findFirst().orElseThrow();
                long errors = decoding.errorCount();
                return context.reportInputMismatch(this, "Cannot read %s: %s%s", codec.type().getSimpleName(), first,
                        errors > 1 ? " (and " + (errors - 1) + " more error(s))" : "");
            }
            return value;
        }

        @Override
        public Class<?> handledType() {
            return codec.type();
        }
    }
}
