package org.politiqueville.core.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.sample.NantesMetropole;

/**
 * What a {@link RecordWriter} needs to know besides the records.
 *
 * @param pretty      whether to favour human reading (indented JSON) over compactness
 * @param properties  format-specific settings, such as {@code dialect=excel-fr} for CSV; each
 *                    adapter documents the keys it reads and ignores the others; not null
 * @param referential the referential that names territories and indicators in tabular outputs
 *                    (a CSV cell holds a quarter's name, which reads back through the same
 *                    referential), not null; the Nantes Métropole sample unless set
 */
public record WriteOptions(boolean pretty, Map<String, String> properties, CityContract referential) {

    /** Compact output, no format-specific setting, the Nantes Métropole sample as referential. */
    public static final WriteOptions DEFAULT = new WriteOptions(false, Map.of());

    /**
     * Checks and copies the components.
     *
     * @param pretty      whether to favour human reading (indented JSON) over compactness
     * @param properties  format-specific settings; not null
     * @param referential the referential that names territories and indicators, not null
     * @throws NullPointerException if {@code properties} or {@code referential} is null
     */
    public WriteOptions {
        properties = Map.copyOf(properties);
        Objects.requireNonNull(referential, "referential");
    }

    /**
     * Options with the Nantes Métropole sample as referential.
     *
     * @param pretty     whether to favour human reading (indented JSON) over compactness
     * @param properties format-specific settings; not null
     * @throws NullPointerException if {@code properties} is null
     */
    public WriteOptions(boolean pretty, Map<String, String> properties) {
        this(pretty, properties, NantesMetropole.contract());
    }

    /**
     * These options with one more format-specific setting.
     *
     * @param key   the setting, not null
     * @param value its value, not null
     * @return a copy
     */
    public WriteOptions with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(properties);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new WriteOptions(pretty, copy, referential);
    }

    /**
     * These options with another referential: the one the records were read against, so that a
     * converted file names territories the way it was read.
     *
     * @param newReferential the referential, not null
     * @return a copy
     */
    public WriteOptions withReferential(CityContract newReferential) {
        return new WriteOptions(pretty, properties, newReferential);
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
