package org.politiqueville.json;

/** How the elements of one kind are laid out in a JSON file. */
public enum JsonLayout {
    /** One JSON array whose elements are the records: {@code [ {...}, {...} ]}. */
    ARRAY,
    /**
     * JSON Lines (also called NDJSON): one record per line, each a compact JSON object, lines ended by
     * {@code \n}. Empty lines are skipped; two values on one line are an error.
     */
    LINES
}
