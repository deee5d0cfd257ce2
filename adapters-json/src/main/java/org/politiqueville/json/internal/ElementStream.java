package org.politiqueville.json.internal;

import java.util.Arrays;
import java.util.Objects;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the elements of an array or of JSON Lines straight from the token stream into entities,
 * for the clean elements that are nearly all of a file, without the located tree and the
 * {@link ObjectFields} lookups the {@link Codec} reads.
 *
 * <p>While it reads an element, it keeps a light log of its properties: name, scalar value, and
 * the line and column of the name. An element it cannot build cleanly (not an object, an unknown,
 * repeated, missing, null-where-required or mistyped property, a value its parser refuses, a
 * nested object or array) is {@linkplain #replay() replayed} from that log into the very tree and
 * positions {@link LocatedTreeReader} would have built, for the codec to read and report as it
 * always did: problems keep their pointers, locations and messages. Nested values are read by the
 * tree reader as they come, recording their positions in the element's {@link Decoding}.
 *
 * <p>Not thread-safe; one instance per read, reused from element to element.
 *
 * @param <T> the entity type
 */
public abstract class ElementStream<T> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Object NULL = new Object();

    private final String source;
    private final boolean strict;

    private boolean inArray;
    private int index;
    private long startLine;
    private int startColumn;
    private JsonNode notObject;
    private Decoding decoding;
    private Cursor at;

    private int size;
    private String[] names = new String[16];
    private Object[] values = new Object[16];
    private long[] lines = new long[16];
    private int[] columns = new int[16];

    /**
     * Creates a reader.
     *
     * @param source the source label for locations, not null
     * @param strict whether unknown properties and duplicate keys are errors rather than warnings
     */
    protected ElementStream(String source, boolean strict) {
        this.source = Objects.requireNonNull(source, "source");
        this.strict = strict;
    }

    /**
     * Reads the element whose first token is the parser's current token; the parser is left on its
     * last token.
     *
     * @param parser  the parser, not null
     * @param inArray true for an element of an array (pointers start with its index), false for a
     *                line of JSON Lines (pointers relative to the line's value)
     * @param index   the 0-based index of the element
     * @return the entity, or null if the element must be {@linkplain #replay() replayed} for the
     *         codec to read it
     */
    public final T read(JsonParser parser, boolean inArray, int index) {
        this.inArray = inArray;
        this.index = index;
        this.size = 0;
        this.notObject = null;
        this.decoding = null;
        this.at = null;
        TokenStreamLocation start = parser.currentTokenLocation();
        startLine = start.getLineNr();
        startColumn = start.getColumnNr();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            notObject = LocatedTreeReader.readValue(parser, at(), decoding());
            return null;
        }
        begin();
        boolean clean = true;
        String name;
        while ((name = parser.nextName()) != null) {
            long line;
            int column;
            if (parser instanceof LocatingJsonFactory.Parser located) {
                line = located.nameLine();
                column = located.nameColumn();
            } else {
                TokenStreamLocation location = parser.currentTokenLocation();
                line = location.getLineNr();
                column = location.getColumnNr();
            }
            JsonToken token = parser.nextToken();
            Object value = switch (token) {
                case VALUE_STRING -> parser.getString();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> LocatedTreeReader.numberValue(parser, token);
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> NULL;
                default -> LocatedTreeReader.readValue(parser, at().property(name), decoding());
            };
            log(name, value, line, column);
            if (clean) {
                clean = value == NULL ? acceptNull(name) : accept(name, value);
            }
        }
        return clean ? build() : null;
    }

    /**
     * The element just read, as the located tree {@link LocatedTreeReader#read} would have built,
     * its positions and repeated keys recorded in {@link #decoding()}.
     *
     * @return the element's cursor: its node, pointer and path, not null
     */
    public final Cursor replay() {
        Cursor element = at();
        Decoding positions = decoding();
        positions.position(element.pointer(), startLine, startColumn);
        if (notObject != null) {
            return new Cursor(notObject, element.pointer(), element.path());
        }
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < size; i++) {
            String name = names[i];
            String pointer = Cursor.childPointer(element.pointer(), name);
            positions.position(pointer, lines[i], columns[i]);
            if (object.has(name)) {
                positions.duplicate(pointer);
            }
            object.set(name, node(values[i]));
        }
        Arrays.fill(values, 0, size, null);
        return new Cursor(object, element.pointer(), element.path());
    }

    /**
     * The decoding of the element just read: positions of its nested values, and of all its values
     * once {@linkplain #replay() replayed}.
     *
     * @return the decoding, not null
     */
    public final Decoding decoding() {
        if (decoding == null) {
            decoding = new Decoding(source, strict);
        }
        return decoding;
    }

    private Cursor at() {
        if (at == null) {
            at = Cursor.root(null, inArray ? "/" + index : "", "[" + index + "]");
        }
        return at;
    }

    private void log(String name, Object value, long line, int column) {
        if (size == names.length) {
            int grown = size * 2;
            names = Arrays.copyOf(names, grown);
            values = Arrays.copyOf(values, grown);
            lines = Arrays.copyOf(lines, grown);
            columns = Arrays.copyOf(columns, grown);
        }
        names[size] = name;
        values[size] = value;
        lines[size] = line;
        columns[size] = column;
        size++;
    }

    private static JsonNode node(Object value) {
        if (value instanceof String text) {
            return NODES.stringNode(text);
        }
        if (value instanceof Number number) {
            return LocatedTreeReader.node(number);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value == NULL) {
            return NODES.nullNode();
        }
        return (JsonNode) value;
    }

    /** Forgets the previous element's properties, before the first property of an object. */
    protected abstract void begin();

    /**
     * Takes a property whose value is not JSON {@code null}.
     *
     * @param name  the property, not null
     * @param value a {@link String}, a {@link Number} as {@link LocatedTreeReader#numberValue}
     *              reads it, a {@link Boolean}, or the {@link JsonNode} of an object or array
     * @return false if the element cannot be built cleanly: an unknown or repeated property, a
     *         value of the wrong type or that its parser refuses
     */
    protected abstract boolean accept(String name, Object value);

    /**
     * Takes a property whose value is JSON {@code null}, read as absent.
     *
     * @param name the property, not null
     * @return false if the element cannot be built cleanly: an unknown, repeated or required
     *         property
     */
    protected abstract boolean acceptNull(String name);

    /**
     * Builds the entity from the properties taken, when each was accepted.
     *
     * @return the entity, or null if it cannot be built cleanly (a required property is missing,
     *         its constructor refuses the values)
     */
    protected abstract T build();
}
