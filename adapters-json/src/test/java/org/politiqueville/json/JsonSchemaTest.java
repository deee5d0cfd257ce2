package org.politiqueville.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.politiqueville.json.internal.Codec;
import org.politiqueville.json.internal.Codecs;
import org.politiqueville.json.internal.ContractCodec;

import tools.jackson.databind.JsonNode;

/** The published schemas describe exactly what we write. */
class JsonSchemaTest {

    @Test
    void nantesSampleConformsToTheContractSchema() throws IOException {
        try (InputStream sample = PolitiqueVilleJson.class.getResourceAsStream(PolitiqueVilleJson.NANTES_SAMPLE)) {
            String json = new String(sample.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(Schemas.errors(Schemas.contract(), json)).isEmpty();
        }
    }

    @Test
    void everyObjectOfTheSchemaListsItsCodecsPropertiesInOrder() throws IOException {
        JsonNode definitions = contractSchema().get("$defs");
        Map<String, Codec<?>> codecs = Map.ofEntries(Map.entry("commune", Codecs.COMMUNE),
                Map.entry("agglomeration", Codecs.AGGLOMERATION), Map.entry("population", Codecs.POPULATION),
                Map.entry("quarter", Codecs.QUARTER), Map.entry("district", Codecs.DISTRICT),
                Map.entry("legalIdentifiers", Codecs.LEGAL_IDENTIFIERS), Map.entry("memberCount", Codecs.MEMBER_COUNT),
                Map.entry("councilComposition", Codecs.COUNCIL_COMPOSITION),
                Map.entry("body", Codecs.GOVERNANCE_BODY), Map.entry("membership", Codecs.MEMBERSHIP),
                Map.entry("milestone", Codecs.MILESTONE), Map.entry("engagement", Codecs.ENGAGEMENT),
                Map.entry("indicator", Codecs.INDICATOR), Map.entry("observation", Codecs.OBSERVATION),
                Map.entry("document", Codecs.DOCUMENT), Map.entry("timelineEntry", Codecs.TIMELINE_ENTRY));

        codecs.forEach((name, codec) -> {
            JsonNode definition = definitions.get(name);
            assertThat(propertyNames(definition)).as(name).isEqualTo(codec.properties());
            assertThat(definition.get("additionalProperties").asBoolean(true)).as(name).isFalse();
        });
        assertThat(propertyNames(contractSchema())).isEqualTo(ContractCodec.PLAIN.properties());
    }

    @Test
    void everyKindHasItsSchemaInTheJar() {
        for (JsonKind<?> kind : JsonKind.values()) {
            assertThat(kind.schema()).as(kind.id()).isNotNull();
            assertThat(Schemas.of(kind).getSchemaNode().get("$ref").asString())
                    .startsWith("contract.schema.json#/$defs/");
        }
        assertThat(PolitiqueVilleJson.contractSchema()).isNotNull();
    }

    @Test
    void schemaRejectsWhatWeWouldNotWrite() {
        String quarter = """
                {"id": "q", "label": "Q", "status": "PRIORITY", "codes": ["QP020001"], "colour": "red"}""";

        List<String> keywords = Schemas.errors(Schemas.of(JsonKind.QUARTERS), quarter).stream()
                .map(com.networknt.schema.Error::getKeyword).toList();

        assertThat(keywords).contains("pattern", "additionalProperties");
    }

    @Test
    void schemaAcceptsBothGenerationsOfQpvCodes() {
        String quarter = """
                {"id": "q", "label": "Q", "status": "PRIORITY", "codes": ["QP02A001", "QN97801C"]}""";

        assertThat(Schemas.errors(Schemas.of(JsonKind.QUARTERS), quarter)).isEmpty();
    }

    private static JsonNode contractSchema() throws IOException {
        try (InputStream schema = PolitiqueVilleJson.contractSchema().openStream()) {
            return Schemas.tree(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<String> propertyNames(JsonNode object) {
        return new ArrayList<>(object.get("properties").propertyNames());
    }
}
