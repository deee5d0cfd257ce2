package org.politiqueville.examples.spark;

/** A flat JSON object written field by field: the rows of the rejects and summary datasets. */
final class JsonText {

    private final StringBuilder text = new StringBuilder(256).append('{');

    JsonText field(String name, String value) {
        name(name);
        if (value == null) {
            text.append("null");
        } else {
            string(value);
        }
        return this;
    }

    JsonText field(String name, long value) {
        name(name);
        text.append(value);
        return this;
    }

    /** A count or position where 0 means unknown, written {@code null} as the report file does. */
    JsonText positive(String name, long value) {
        name(name);
        text.append(value == 0 ? "null" : Long.toString(value));
        return this;
    }

    JsonText field(String name, boolean value) {
        name(name);
        text.append(value);
        return this;
    }

    @Override
    public String toString() {
        return text + "}";
    }

    private void name(String name) {
        if (text.length() > 1) {
            text.append(',');
        }
        string(name);
        text.append(':');
    }

    private void string(String value) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}
