package org.politiqueville.json;

import java.net.URL;
import java.util.List;
import java.util.Objects;

import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.json.internal.Codec;
import org.politiqueville.json.internal.Codecs;

/**
 * A kind of record that is read and written on its own, as a JSON array or as JSON Lines: the typed
 * counterpart of a tabular {@link RecordKind}.
 *
 * <p>Each kind names the JSON Schema of one of its elements, shipped in this jar under
 * {@value PolitiqueVilleJson#SCHEMA_DIRECTORY}; a whole city contract has its own,
 * {@value PolitiqueVilleJson#CONTRACT_SCHEMA}.
 *
 * @param <T> the type of the records
 */
public final class JsonKind<T> {

    /** Quarters, as in a contract's {@code quarters} array. */
    public static final JsonKind<Quarter> QUARTERS = new JsonKind<>(RecordKind.QUARTERS, Codecs.QUARTER, "quarter");
    /** Communes, as in a contract's {@code communes} array. */
    public static final JsonKind<Commune> COMMUNES = new JsonKind<>(RecordKind.COMMUNES, Codecs.COMMUNE, "commune");
    /** Governance bodies, as in a contract's {@code bodies} array. */
    public static final JsonKind<GovernanceBody> BODIES =
            new JsonKind<>(RecordKind.BODIES, Codecs.GOVERNANCE_BODY, "body");
    /** Operational engagements, as in a contract's {@code engagements} array. */
    public static final JsonKind<Engagement> ENGAGEMENTS =
            new JsonKind<>(RecordKind.ENGAGEMENTS, Codecs.ENGAGEMENT, "engagement");
    /** Indicator definitions, as in a contract's {@code indicators} array. */
    public static final JsonKind<IndicatorDefinition> INDICATORS =
            new JsonKind<>(RecordKind.INDICATORS, Codecs.INDICATOR, "indicator");
    /** Observations, as in a contract's {@code observations} array. */
    public static final JsonKind<Observation> OBSERVATIONS =
            new JsonKind<>(RecordKind.OBSERVATIONS, Codecs.OBSERVATION, "observation");
    /** Documents of a catalogue, as in a contract's {@code documents} array. */
    public static final JsonKind<Document> DOCUMENTS =
            new JsonKind<>(RecordKind.DOCUMENTS, Codecs.DOCUMENT, "document");

    private static final List<JsonKind<?>> ALL =
            List.of(QUARTERS, COMMUNES, BODIES, ENGAGEMENTS, INDICATORS, OBSERVATIONS, DOCUMENTS);

    private final RecordKind recordKind;
    private final Codec<T> codec;
    private final String elementName;

    private JsonKind(RecordKind recordKind, Codec<T> codec, String elementName) {
        this.recordKind = recordKind;
        this.codec = codec;
        this.elementName = elementName;
    }

    /**
     * Every kind, in the order of {@link RecordKind}.
     *
     * @return an unmodifiable list, not null
     */
    public static List<JsonKind<?>> values() {
        return ALL;
    }

    /**
     * The kind for a record kind.
     *
     * @param recordKind a tabular record kind, not null
     * @return the kind, not null
     * @throws IllegalArgumentException for {@link RecordKind#CONTRACT}, which is read with
     *                                  {@link PolitiqueVilleJson#readContract}
     */
    public static JsonKind<?> of(RecordKind recordKind) {
        Objects.requireNonNull(recordKind, "recordKind");
        return ALL.stream().filter(kind -> kind.recordKind == recordKind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a kind of records: " + recordKind));
    }

    /**
     * The record kind this is the typed counterpart of.
     *
     * @return the record kind, not null
     */
    public RecordKind recordKind() {
        return recordKind;
    }

    /**
     * The stable lower-case name, also the name of the contract's array of such records.
     *
     * @return the id, such as {@code quarters}
     */
    public String id() {
        return recordKind.id();
    }

    /**
     * The type of the records.
     *
     * @return the class, not null
     */
    public Class<T> type() {
        return codec.type();
    }

    /**
     * The JSON properties of a record, in the order they are written.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> properties() {
        return codec.properties();
    }

    /**
     * The class path resource of the JSON Schema of one record, such as
     * {@code /org/politiqueville/json/schema/quarter.schema.json}.
     *
     * @return the absolute resource name, not null
     */
    public String schemaResource() {
        return PolitiqueVilleJson.SCHEMA_DIRECTORY + elementName + ".schema.json";
    }

    /**
     * The JSON Schema of one record, {@link #schemaResource()}, readable from any module.
     *
     * @return the resource's URL, not null
     */
    public URL schema() {
        return PolitiqueVilleJson.resource(schemaResource());
    }

    Codec<T> codec() {
        return codec;
    }

    /**
     * The kind's id.
     *
     * @return the id
     */
    @Override
    public String toString() {
        return id();
    }
}
