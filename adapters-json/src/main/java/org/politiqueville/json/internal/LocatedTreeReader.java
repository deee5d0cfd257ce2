package org.politiqueville.json.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON value from a parser into a tree, recording where each value starts and which keys
 * are given twice.
 *
 * <p>Jackson's own tree reader keeps no positions and, with strict duplicate detection, stops the
 * whole read at the first duplicate; this one records the duplicate for the object's reader to
 * report against the element that holds it, and goes on, keeping the last value as Jackson does.
 * Numbers with a fraction or exponent are kept as exact decimals, with their scale.
 */
public final class LocatedTreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LocatedTreeReader() {
    }

    /**
     * Reads the value whose first token is the parser's current token; the parser is left on its last
     * token.
     *
     * @param parser   the parser, on the value's first token, not null
     * @param at       where the value is: its pointer and path, not null (its node is ignored)
     * @param decoding where positions and duplicate keys are recorded, not null
     * @return the value, not null
     */
    public static JsonNode read(JsonParser parser, Cursor at, Decoding decoding) {
        record(parser.currentTokenLocation(), at.pointer(), decoding);
        return value(parser, at, decoding);
    }

    private static JsonNode value(JsonParser parser, Cursor at, Decoding decoding) {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return object(parser, at, decoding);
            case START_ARRAY:
                return array(parser, at, decoding);
            case VALUE_STRING:
                return NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(parser, token);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("Unexpected token " + token);
        }
    }

    /**
     * Reads a value whose first token is the parser's current token, without recording its own
     * start (its caller recorded it, at its property name for instance); the values inside it are
     * recorded.
     *
     * @param parser   the parser, on the value's first token, not null
     * @param at       where the value is, not null (its node is ignored)
     * @param decoding where positions and duplicate keys are recorded, not null
     * @return the value, not null
     */
    public static JsonNode readValue(JsonParser parser, Cursor at, Decoding decoding) {
        return value(parser, at, decoding);
    }

    /** A number node. */
    private static JsonNode number(JsonParser parser, JsonToken token) {
        return node(numberValue(parser, token));
    }

    /**
     * The number of a number token, as the tree keeps it: an {@link Integer}, {@link Long} or
     * {@link java.math.BigInteger} for a whole number, as its size needs, an exact
     * {@link java.math.BigDecimal} with its scale for one with a fraction or exponent. Jackson
     * refuses an exponent beyond an {@code int} ({@code 1E99999999999}) with a
     * {@link NumberFormatException}, which is not a {@link tools.jackson.core.JacksonException}: it
     * becomes a read error at the number, as any other malformed token.
     *
     * @param parser the parser, on the number, not null
     * @param token  the current token, a number
     * @return the number, not null
     */
    public static Number numberValue(JsonParser parser, JsonToken token) {
        try {
            if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                return parser.getDecimalValue();
            }
            return switch (parser.getNumberType()) {
                case INT -> parser.getIntValue();
                case LONG -> parser.getLongValue();
                default -> parser.getBigIntegerValue();
            };
        } catch (NumberFormatException e) {
            throw new StreamReadException(parser, "Number out of range: its exponent is too large",
                    parser.currentTokenLocation(), e);
        }
    }

    /**
     * The node of a number as {@link #numberValue} reads it.
     *
     * @param number the number, not null
     * @return the node, not null
     */
    public static JsonNode node(Number number) {
        if (number instanceof Integer whole) {
            return NODES.numberNode(whole.intValue());
        }
        if (number instanceof Long whole) {
            return NODES.numberNode(whole.longValue());
        }
        if (number instanceof java.math.BigInteger whole) {
            return NODES.numberNode(whole);
        }
        return NODES.numberNode((java.math.BigDecimal) number);
    }

    private static ObjectNode object(JsonParser parser, Cursor at, Decoding decoding) {
        ObjectNode object = NODES.objectNode();
        String name;
        while ((name = parser.nextName()) != null) {
            Cursor member = at.property(name);
            record(parser.currentTokenLocation(), member.pointer(), decoding);
            parser.nextToken();
            JsonNode value = value(parser, member, decoding);
            if (object.has(name)) {
                decoding.duplicate(member.pointer());
            }
            object.set(name, value);
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser, Cursor at, Decoding decoding) {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            Cursor element = at.element(index++);
            record(parser.currentTokenLocation(), element.pointer(), decoding);
            array.add(value(parser, element, decoding));
        }
        return array;
    }

    private static void record(TokenStreamLocation location, String pointer, Decoding decoding) {
        decoding.position(pointer, location.getLineNr(), location.getColumnNr());
    }
}
