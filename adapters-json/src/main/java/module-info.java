/**
 * JSON for politiqueville: a Jackson 3 module for every domain type, streaming readers and writers,
 * and the published JSON Schema.
 */
module org.politiqueville.json {
    requires transitive org.politiqueville.core;
    requires tools.jackson.databind;
}
