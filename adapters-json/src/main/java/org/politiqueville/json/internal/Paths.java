package org.politiqueville.json.internal;

/** Turns the core's property paths into JSON Pointers. */
final class Paths {

    private Paths() {
    }

    /**
     * The pointer of a property path under a base pointer: {@code engagements[3].signatories[0]}
     * under {@code ""} gives {@code /engagements/3/signatories/0}.
     *
     * @param base the pointer the path is relative to, not null
     * @param path the property path, not null
     * @return the pointer, not null
     */
    static String toPointer(String base, String path) {
        StringBuilder pointer = new StringBuilder(base);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[' || c == ']') {
                flush(pointer, name);
            } else {
                name.append(c);
            }
        }
        flush(pointer, name);
        return pointer.toString();
    }

    private static void flush(StringBuilder pointer, StringBuilder name) {
        if (name.length() > 0) {
            pointer.append('/').append(name.toString().replace("~", "~0").replace("/", "~1"));
            name.setLength(0);
        }
    }
}
