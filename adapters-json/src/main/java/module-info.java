/**
 * JSON for politiqueville: a Jackson 3 module for every domain type, streaming readers and writers,
 * and the published JSON Schema.
 *
 * <p>Only {@code org.politiqueville.json} is API; {@code org.politiqueville.json.internal} is not.
 */
module org.politiqueville.json {
    requires transitive org.politiqueville.core;
    requires transitive tools.jackson.databind;

    exports org.politiqueville.json;

    provides org.politiqueville.core.spi.FormatAdapter with org.politiqueville.json.JsonFormatAdapter;
}
