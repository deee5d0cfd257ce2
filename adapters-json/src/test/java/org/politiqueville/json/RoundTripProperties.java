package org.politiqueville.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.catalogue.CatalogueArbitraries;
import org.politiqueville.core.catalogue.Category;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.contract.ContractArbitraries;
import org.politiqueville.core.contract.TimelineEntry;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.engagement.EngagementArbitraries;
import org.politiqueville.core.engagement.Milestone;
import org.politiqueville.core.governance.CouncilComposition;
import org.politiqueville.core.governance.GovernanceArbitraries;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.governance.Membership;
import org.politiqueville.core.id.IdArbitraries;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.id.RnaNumber;
import org.politiqueville.core.id.Siren;
import org.politiqueville.core.id.Siret;
import org.politiqueville.core.indicator.IndicatorArbitraries;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.territory.Agglomeration;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.District;
import org.politiqueville.core.territory.Population;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.TerritoryArbitraries;
import org.politiqueville.core.territory.TerritoryRef;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writing then reading gives an equal value, and reading then writing our own output gives the same
 * bytes: through the Jackson module for every type, and through the facade for every kind and for
 * whole contracts, pretty and compact, as arrays and as JSON Lines.
 */
class RoundTripProperties {

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new PolitiqueVilleModule()).build();

    // ---- the Jackson module, one type at a time ------------------------------------------------

    @Property
    void qpvCodes(@ForAll("qpvCodes") QpvCode value) {
        assertModuleRoundTrip(value, QpvCode.class);
        assertThat(MAPPER.writeValueAsString(value)).isEqualTo('"' + value.value() + '"');
    }

    @Property
    void inseeCodes(@ForAll("inseeCodes") InseeCode value) {
        assertModuleRoundTrip(value, InseeCode.class);
    }

    @Property
    void sirens(@ForAll("sirens") Siren value) {
        assertModuleRoundTrip(value, Siren.class);
    }

    @Property
    void sirets(@ForAll("sirets") Siret value) {
        assertModuleRoundTrip(value, Siret.class);
    }

    @Property
    void rnaNumbers(@ForAll("rnaNumbers") RnaNumber value) {
        assertModuleRoundTrip(value, RnaNumber.class);
    }

    @Property
    void reducedDates(@ForAll("reducedDates") ReducedDate value) {
        assertModuleRoundTrip(value, ReducedDate.class);
    }

    @Property
    void periods(@ForAll("periods") Period value) {
        assertModuleRoundTrip(value, Period.class);
    }

    @Property
    void categories(@ForAll("categories") Category value) {
        assertModuleRoundTrip(value, Category.class);
    }

    @Property
    void territoryRefs(@ForAll("territoryRefs") TerritoryRef value) {
        assertModuleRoundTrip(value, TerritoryRef.class);
    }

    @Property
    void communes(@ForAll("communes") Commune value) {
        assertModuleRoundTrip(value, Commune.class);
    }

    @Property
    void agglomerations(@ForAll("agglomerations") Agglomeration value) {
        assertModuleRoundTrip(value, Agglomeration.class);
    }

    @Property
    void populations(@ForAll("populations") Population value) {
        assertModuleRoundTrip(value, Population.class);
    }

    @Property
    void quarters(@ForAll("quarters") Quarter value) {
        assertModuleRoundTrip(value, Quarter.class);
    }

    @Property
    void districts(@ForAll("districts") District value) {
        assertModuleRoundTrip(value, District.class);
    }

    @Property
    void compositions(@ForAll("compositions") CouncilComposition value) {
        assertModuleRoundTrip(value, CouncilComposition.class);
    }

    @Property
    void bodies(@ForAll("bodies") GovernanceBody value) {
        assertModuleRoundTrip(value, GovernanceBody.class);
    }

    @Property
    void memberships(@ForAll("memberships") Membership value) {
        assertModuleRoundTrip(value, Membership.class);
    }

    @Property
    void engagements(@ForAll("engagements") Engagement value) {
        assertModuleRoundTrip(value, Engagement.class);
        value.milestones().forEach(milestone -> assertModuleRoundTrip(milestone, Milestone.class));
    }

    @Property
    void indicators(@ForAll("indicators") IndicatorDefinition value) {
        assertModuleRoundTrip(value, IndicatorDefinition.class);
    }

    @Property
    void observations(@ForAll("observations") Observation value) {
        assertModuleRoundTrip(value, Observation.class);
    }

    @Property
    void documents(@ForAll("documents") Document value) {
        assertModuleRoundTrip(value, Document.class);
    }

    @Property(tries = 50)
    void timelineEntries(@ForAll("contracts") CityContract contract) {
        contract.timeline().forEach(entry -> assertModuleRoundTrip(entry, TimelineEntry.class));
    }

    @Property(tries = 50)
    void contractsThroughTheModule(@ForAll("contracts") CityContract value) {
        assertModuleRoundTrip(value, CityContract.class);
    }

    // ---- the facade: kinds as arrays and JSON Lines, whole contracts ---------------------------

    @Property(tries = 100)
    void quartersAsFiles(@ForAll("quarterLists") List<Quarter> values) {
        assertFileRoundTrip(JsonKind.QUARTERS, values);
    }

    @Property(tries = 100)
    void communesAsFiles(@ForAll("communeLists") List<Commune> values) {
        assertFileRoundTrip(JsonKind.COMMUNES, values);
    }

    @Property(tries = 100)
    void bodiesAsFiles(@ForAll("bodyLists") List<GovernanceBody> values) {
        assertFileRoundTrip(JsonKind.BODIES, values);
    }

    @Property(tries = 100)
    void engagementsAsFiles(@ForAll("engagementLists") List<Engagement> values) {
        assertFileRoundTrip(JsonKind.ENGAGEMENTS, values);
    }

    @Property(tries = 100)
    void indicatorsAsFiles(@ForAll("indicatorLists") List<IndicatorDefinition> values) {
        assertFileRoundTrip(JsonKind.INDICATORS, values);
    }

    @Property(tries = 100)
    void observationsAsFiles(@ForAll("observationLists") List<Observation> values) {
        assertFileRoundTrip(JsonKind.OBSERVATIONS, values);
    }

    @Property(tries = 100)
    void documentsAsFiles(@ForAll("documentLists") List<Document> values) {
        assertFileRoundTrip(JsonKind.DOCUMENTS, values);
    }

    @Property(tries = 100)
    void wholeContracts(@ForAll("contracts") CityContract contract) {
        for (PolitiqueVilleJson json : List.of(PolitiqueVilleJson.pretty(), PolitiqueVilleJson.compact())) {
            byte[] written = bytes(out -> json.writeContract(contract, out));
            JsonReadResult<CityContract> read = json.readContract(new ByteArrayInputStream(written),
                    JsonReadOptions.defaults());

            assertThat(read.report().problems().errors()).isEmpty();
            assertThat(read.report().rejected()).isZero();
            assertThat(read.value()).contains(contract);
            assertThat(bytes(out -> json.writeContract(read.value().orElseThrow(), out))).isEqualTo(written);
        }
    }

    private static <T> void assertModuleRoundTrip(T value, Class<T> type) {
        String json = MAPPER.writeValueAsString(value);
        T read = MAPPER.readValue(json, type);
        assertThat(read).isEqualTo(value);
        assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
    }

    private static <T> void assertFileRoundTrip(JsonKind<T> kind, List<T> values) {
        for (PolitiqueVilleJson json : List.of(PolitiqueVilleJson.pretty(), PolitiqueVilleJson.compact())) {
            for (JsonLayout layout : JsonLayout.values()) {
                byte[] written = bytes(out -> json.writeAll(kind, values, layout, out));
                JsonReadResult<T> read = json.readAll(kind, new ByteArrayInputStream(written), layout,
                        JsonReadOptions.defaults());

                assertThat(read.report().problems().errors()).as(new String(written, StandardCharsets.UTF_8))
                        .isEmpty();
                assertThat(read.values()).isEqualTo(values);
                assertThat(read.report().read()).isEqualTo(values.size());
                assertThat(bytes(out -> json.writeAll(kind, read.values(), layout, out))).isEqualTo(written);
            }
        }
    }

    private interface Writing {
        void to(ByteArrayOutputStream out);
    }

    private static byte[] bytes(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toByteArray();
    }

    // ---- generators ----------------------------------------------------------------------------

    @Provide
    Arbitrary<QpvCode> qpvCodes() {
        return IdArbitraries.qpvCodes();
    }

    @Provide
    Arbitrary<InseeCode> inseeCodes() {
        return IdArbitraries.inseeCodes();
    }

    @Provide
    Arbitrary<Siren> sirens() {
        return IdArbitraries.sirens();
    }

    @Provide
    Arbitrary<Siret> sirets() {
        return IdArbitraries.sirets();
    }

    @Provide
    Arbitrary<RnaNumber> rnaNumbers() {
        return IdArbitraries.rnaNumbers();
    }

    @Provide
    Arbitrary<ReducedDate> reducedDates() {
        return IdArbitraries.reducedDates();
    }

    @Provide
    Arbitrary<Period> periods() {
        return IdArbitraries.periods();
    }

    @Provide
    Arbitrary<Category> categories() {
        return CatalogueArbitraries.categories();
    }

    @Provide
    Arbitrary<TerritoryRef> territoryRefs() {
        return IdArbitraries.territoryRefs();
    }

    @Provide
    Arbitrary<Commune> communes() {
        return TerritoryArbitraries.communes();
    }

    @Provide
    Arbitrary<Agglomeration> agglomerations() {
        return TerritoryArbitraries.agglomerations();
    }

    @Provide
    Arbitrary<Population> populations() {
        return TerritoryArbitraries.populations();
    }

    @Provide
    Arbitrary<Quarter> quarters() {
        return TerritoryArbitraries.quarters();
    }

    @Provide
    Arbitrary<District> districts() {
        return TerritoryArbitraries.districts();
    }

    @Provide
    Arbitrary<CouncilComposition> compositions() {
        return GovernanceArbitraries.compositions();
    }

    @Provide
    Arbitrary<GovernanceBody> bodies() {
        return GovernanceArbitraries.bodies();
    }

    @Provide
    Arbitrary<Membership> memberships() {
        return GovernanceArbitraries.memberships();
    }

    @Provide
    Arbitrary<Engagement> engagements() {
        return EngagementArbitraries.engagements();
    }

    @Provide
    Arbitrary<IndicatorDefinition> indicators() {
        return IndicatorArbitraries.definitions();
    }

    @Provide
    Arbitrary<Observation> observations() {
        return IndicatorArbitraries.observations();
    }

    @Provide
    Arbitrary<Document> documents() {
        return CatalogueArbitraries.documents();
    }

    @Provide
    Arbitrary<CityContract> contracts() {
        return ContractArbitraries.contracts();
    }

    @Provide
    Arbitrary<List<Quarter>> quarterLists() {
        return TerritoryArbitraries.quarters().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Commune>> communeLists() {
        return TerritoryArbitraries.communes().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<GovernanceBody>> bodyLists() {
        return GovernanceArbitraries.bodies().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Engagement>> engagementLists() {
        return EngagementArbitraries.engagements().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<IndicatorDefinition>> indicatorLists() {
        return IndicatorArbitraries.definitions().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Observation>> observationLists() {
        return IndicatorArbitraries.observations().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Document>> documentLists() {
        return Arbitraries.oneOf(CatalogueArbitraries.documentLists(), Arbitraries.just(List.of()));
    }
}
