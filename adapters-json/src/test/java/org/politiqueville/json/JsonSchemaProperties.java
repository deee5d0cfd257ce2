package org.politiqueville.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Schema;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.contract.ContractArbitraries;
import org.politiqueville.core.engagement.EngagementArbitraries;
import org.politiqueville.core.governance.GovernanceArbitraries;
import org.politiqueville.core.indicator.IndicatorArbitraries;
import org.politiqueville.core.territory.TerritoryArbitraries;

/** Whatever we write validates against the published JSON Schema, so the two cannot drift apart. */
class JsonSchemaProperties {

    private static final Schema CONTRACT = Schemas.contract();

    @Property(tries = 50)
    void writtenContractsConformToTheContractSchema(@ForAll("contracts") CityContract contract) {
        String json = PolitiqueVilleJson.compact().toJson(contract);

        assertThat(Schemas.errors(CONTRACT, json)).as(json).isEmpty();
    }

    @Property(tries = 50)
    void writtenRecordsConformToTheirKindsSchema(@ForAll("contracts") CityContract contract) {
        assertLinesConform(JsonKind.QUARTERS, contract.quarters());
        assertLinesConform(JsonKind.COMMUNES, contract.communes());
        assertLinesConform(JsonKind.BODIES, contract.bodies());
        assertLinesConform(JsonKind.ENGAGEMENTS, contract.engagements());
        assertLinesConform(JsonKind.INDICATORS, contract.indicators());
        assertLinesConform(JsonKind.OBSERVATIONS, contract.observations());
        assertLinesConform(JsonKind.DOCUMENTS, contract.documents());
    }

    @Property(tries = 200)
    void generatedRecordsConformToTheirKindsSchema(@ForAll("records") Object record) {
        JsonKind<?> kind = JsonKind.values().stream().filter(k -> k.type().isInstance(record)).findFirst()
                .orElseThrow();
        String json = PolitiqueVilleJson.compact().mapper().writeValueAsString(record);

        assertThat(Schemas.errors(Schemas.of(kind), json)).as(json).isEmpty();
    }

    private static <T> void assertLinesConform(JsonKind<T> kind, List<T> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PolitiqueVilleJson.compact().writeAll(kind, values, JsonLayout.LINES, out);
        Schema schema = Schemas.of(kind);
        out.toString(StandardCharsets.UTF_8).lines()
                .forEach(line -> assertThat(Schemas.errors(schema, line)).as(line).isEmpty());
    }

    @Provide
    Arbitrary<CityContract> contracts() {
        return ContractArbitraries.contracts();
    }

    @Provide
    Arbitrary<Object> records() {
        return net.jqwik.api.Arbitraries.oneOf(TerritoryArbitraries.quarters().map(Object.class::cast),
                TerritoryArbitraries.communes().map(Object.class::cast),
                GovernanceArbitraries.bodies().map(Object.class::cast),
                EngagementArbitraries.engagements().map(Object.class::cast),
                IndicatorArbitraries.definitions().map(Object.class::cast),
                IndicatorArbitraries.observations().map(Object.class::cast),
                org.politiqueville.core.catalogue.CatalogueArbitraries.documents().map(Object.class::cast));
    }
}
