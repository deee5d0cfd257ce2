package org.politiqueville.json.internal;

import tools.jackson.databind.JsonNode;

/**
 * A value of the JSON tree being decoded, with its JSON Pointer and its property path.
 *
 * <p>Both addresses are kept side by side: the pointer ({@code /quarters/3/codes/0}) locates the
 * value in the input, the path ({@code quarters[3].codes[0]}) names it in the object graph, as the
 * core's rules do.
 *
 * @param node    the value, or null when the property is absent
 * @param pointer the JSON Pointer (RFC 6901) of the value, {@code ""} for the root
 * @param path    the property path of the value, {@code ""} for the root
 */
public record Cursor(JsonNode node, String pointer, String path) {

    /**
     * The root of a tree.
     *
     * @param node    the root value, not null
     * @param pointer the pointer of the root within the input, {@code ""} for a whole document
     * @param path    the path of the root in the object graph
     * @return the cursor, not null
     */
    public static Cursor root(JsonNode node, String pointer, String path) {
        return new Cursor(node, pointer, path);
    }

    /**
     * A property of this object; its node is null when the property is absent.
     *
     * @param name the property name, not null
     * @return the cursor, not null
     */
    public Cursor property(String name) {
        JsonNode child = node == null ? null : node.get(name);
        return new Cursor(child, childPointer(pointer, name), path.isEmpty() ? name : path + "." + name);
    }

    /**
     * An element of this array.
     *
     * @param index the 0-based index
     * @return the cursor, not null
     */
    public Cursor element(int index) {
        JsonNode child = node == null ? null : node.get(index);
        return new Cursor(child, pointer + "/" + index, path + "[" + index + "]");
    }

    /**
     * Whether the value is absent or JSON {@code null}.
     *
     * @return true if there is no value
     */
    public boolean isMissing() {
        return node == null || node.isNull();
    }

    /**
     * The pointer of a property of the object at {@code parent}.
     *
     * @param parent the object's pointer, not null
     * @param name   the property name, not null
     * @return the pointer, with {@code ~} and {@code /} escaped as RFC 6901 says
     */
    public static String childPointer(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The JSON type of a value as JSON names it.
     *
     * @param node the value, may be null
     * @return {@code object}, {@code array}, {@code string}, {@code number}, {@code boolean} or
     *         {@code null}
     */
    public static String typeOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isString()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        return node.isBoolean() ? "boolean" : "value";
    }
}
