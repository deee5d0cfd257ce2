package org.politiqueville.json;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published JSON Schemas, loaded from this module's class path by their {@code $id}. */
final class Schemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(PolitiqueVilleJson.SCHEMA_BASE_URI,
                    "classpath:" + PolitiqueVilleJson.SCHEMA_DIRECTORY.substring(1))));
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Schemas() {
    }

    static Schema contract() {
        return REGISTRY.getSchema(SchemaLocation.of(PolitiqueVilleJson.SCHEMA_BASE_URI + "contract.schema.json"));
    }

    static Schema of(JsonKind<?> kind) {
        String resource = kind.schemaResource();
        return REGISTRY.getSchema(SchemaLocation.of(PolitiqueVilleJson.SCHEMA_BASE_URI
                + resource.substring(resource.lastIndexOf('/') + 1)));
    }

    static List<Error> errors(Schema schema, String json) {
        return schema.validate(tree(json));
    }

    static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }
}
