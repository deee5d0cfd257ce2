package org.politiqueville.core.spi;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.RecordKind;

/**
 * What a {@link RecordReader} needs to know besides the bytes.
 *
 * @param kind        the kind of records to read, or null to infer it from the content (a header, a
 *                    document's shape)
 * @param referential the city contract names are resolved against (communes, quarters,
 *                    indicators), not null
 * @param locale      the language of problem messages, not null
 * @param strict      whether broken legal rules reject a record (otherwise they are warnings)
 * @param properties  format-specific settings, such as {@code delimiter=;} or {@code encoding=windows-1252}
 *                    for CSV; each adapter documents the keys it reads and ignores the others; not null
 */
public record ReadOptions(RecordKind kind, CityContract referential, Locale locale, boolean strict,
                          Map<String, String> properties) {

    /**
     * Checks and copies the components.
     *
     * @param kind the kind of records to read, or null to infer it from the content (a header, a document's shape)
     * @param referential the city contract names are resolved against (communes, quarters, indicators), not null
     * @param locale the language of problem messages, not null
     * @param strict whether broken legal rules reject a record (otherwise they are warnings)
     * @param properties format-specific settings, such as {@code delimiter=;} or {@code encoding=windows-1252} for CSV; each adapter documents the keys it reads and ignores the others; not null
     * @throws NullPointerException if a required component is null
     */
    public ReadOptions {
        Objects.requireNonNull(referential, "referential");
        Objects.requireNonNull(locale, "locale");
        properties = Map.copyOf(properties);
    }

    /**
     * Options to read records of an inferred kind, lenient, with English messages.
     *
     * @param referential the city contract names are resolved against, not null
     * @return the options, not null
     */
    public static ReadOptions of(CityContract referential) {
        return new ReadOptions(null, referential, Locale.ENGLISH, false, Map.of());
    }

    /**
     * The kind to read, if the caller gave one.
     *
     * @return the kind, or empty to infer it
     */
    public Optional<RecordKind> requestedKind() {
        return Optional.ofNullable(kind);
    }

    /**
     * These options for another kind.
     *
     * @param newKind the kind, or null to infer it
     * @return a copy
     */
    public ReadOptions withKind(RecordKind newKind) {
        return new ReadOptions(newKind, referential, locale, strict, properties);
    }

    /**
     * These options with messages in another language.
     *
     * @param newLocale the locale, not null
     * @return a copy
     */
    public ReadOptions withLocale(Locale newLocale) {
        return new ReadOptions(kind, referential, newLocale, strict, properties);
    }

    /**
     * These options with one more format-specific setting.
     *
     * @param key   the setting, not null
     * @param value its value, not null
     * @return a copy
     */
    public ReadOptions with(String key, String value) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(properties);
        copy.put(key, value);
        return new ReadOptions(kind, referential, locale, strict, copy);
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
