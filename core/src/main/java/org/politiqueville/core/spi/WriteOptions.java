package org.politiqueville.core.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link RecordWriter} needs to know besides the records.
 *
 * @param pretty     whether to favour human reading (indented JSON) over compactness
 * @param properties format-specific settings, such as {@code dialect=excel-fr} for CSV; each adapter
 *                   documents the keys it reads and ignores the others; not null
 */
public record WriteOptions(boolean pretty, Map<String, String> properties) {

    /** Compact output, no format-specific setting. */
    public static final WriteOptions DEFAULT = new WriteOptions(false, Map.of());

    /**
     * Checks and copies the components.
     *
     * @param pretty whether to favour human reading (indented JSON) over compactness
     * @param properties format-specific settings, such as {@code dialect=excel-fr} for CSV; each adapter documents the keys it reads and ignores the others; not null
     * @throws NullPointerException if {@code properties} is null
     */
    public WriteOptions {
        properties = Map.copyOf(properties);
    }

    /**
     * These options with one more format-specific setting.
     *
     * @param key   the setting, not null
     * @param value its value, not null
     * @return a copy
     */
    public WriteOptions with(String key, String value) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(properties);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new WriteOptions(pretty, copy);
    }

    /**
     * A format-specific setting.
     *
     * @param key the setting, not null
     * @return its value, or empty
     */
    public Optional<String> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }
}
