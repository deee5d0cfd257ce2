package org.politiqueville.json.internal;

import java.util.List;

import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.contract.TimelineEntry;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.governance.Membership;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.territory.Agglomeration;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.District;
import org.politiqueville.core.territory.Quarter;

import tools.jackson.core.JsonGenerator;

/**
 * The codec of a whole {@link CityContract}: {@code id}, {@code name}, {@code period},
 * {@code agglomeration}, then its lists {@code communes}, {@code districts}, {@code quarters},
 * {@code bodies}, {@code memberships}, {@code engagements}, {@code indicators},
 * {@code observations}, {@code documents} and {@code timeline}.
 *
 * <p>How the elements of the lists are read is left to an {@link Elements} strategy: the plain one
 * fails the whole contract on any bad element, as a Jackson deserializer must; the facade's keeps
 * the good elements and counts the bad ones.
 */
public final class ContractCodec extends Codec<CityContract> {

    /** Reads the elements of one of the contract's lists. */
    public interface Elements {

        /**
         * Reads one list.
         *
         * @param in    the contract's fields, not null
         * @param name  the list's property, such as {@code quarters}, not null
         * @param codec the codec of an element, not null
         * @param <T>   the elements' type
         * @return the elements kept, not null
         */
        <T> List<T> read(ObjectFields in, String name, Codec<T> codec);
    }

    /** The contract's lists, in the order they are written. */
    public static final List<String> LISTS = List.of("communes", "districts", "quarters", "bodies", "memberships",
            "engagements", "indicators", "observations", "documents", "timeline");

    /** The codec that fails the whole contract on any bad element. */
    public static final ContractCodec PLAIN = new ContractCodec(new Elements() {
        @Override
        public <T> List<T> read(ObjectFields in, String name, Codec<T> codec) {
            return in.objects(name, codec);
        }
    });

    private final Elements elements;

    /**
     * A codec reading elements with the given strategy.
     *
     * @param elements the strategy, not null
     */
    public ContractCodec(Elements elements) {
        super(CityContract.class, "id", "name", "period", "agglomeration", "communes", "districts", "quarters",
                "bodies", "memberships", "engagements", "indicators", "observations", "documents", "timeline");
        this.elements = elements;
    }

    @Override
    protected void writeProperties(CityContract value, JsonGenerator out) {
        string(out, "id", value.id());
        string(out, "name", value.name());
        string(out, "period", value.period().orElse(null));
        object(out, "agglomeration", value.agglomeration(), Codecs.AGGLOMERATION);
        objects(out, "communes", value.communes(), Codecs.COMMUNE);
        objects(out, "districts", value.districts(), Codecs.DISTRICT);
        objects(out, "quarters", value.quarters(), Codecs.QUARTER);
        objects(out, "bodies", value.bodies(), Codecs.GOVERNANCE_BODY);
        objects(out, "memberships", value.memberships(), Codecs.MEMBERSHIP);
        objects(out, "engagements", value.engagements(), Codecs.ENGAGEMENT);
        objects(out, "indicators", value.indicators(), Codecs.INDICATOR);
        objects(out, "observations", value.observations(), Codecs.OBSERVATION);
        objects(out, "documents", value.documents(), Codecs.DOCUMENT);
        objects(out, "timeline", value.timeline(), Codecs.TIMELINE_ENTRY);
    }

    @Override
    protected CityContract readFields(ObjectFields in) {
        String id = in.nonBlank("id");
        String name = in.text("name");
        Period period = in.optionalValue("period", Period::parse);
        Agglomeration agglomeration = in.object("agglomeration", Codecs.AGGLOMERATION);
        List<Commune> communes = elements.read(in, "communes", Codecs.COMMUNE);
        List<District> districts = elements.read(in, "districts", Codecs.DISTRICT);
        List<Quarter> quarters = elements.read(in, "quarters", Codecs.QUARTER);
        List<GovernanceBody> bodies = elements.read(in, "bodies", Codecs.GOVERNANCE_BODY);
        List<Membership> memberships = elements.read(in, "memberships", Codecs.MEMBERSHIP);
        List<Engagement> engagements = elements.read(in, "engagements", Codecs.ENGAGEMENT);
        List<IndicatorDefinition> indicators = elements.read(in, "indicators", Codecs.INDICATOR);
        List<Observation> observations = elements.read(in, "observations", Codecs.OBSERVATION);
        List<Document> documents = elements.read(in, "documents", Codecs.DOCUMENT);
        List<TimelineEntry> timeline = elements.read(in, "timeline", Codecs.TIMELINE_ENTRY);
        if (in.failed()) {
            return null;
        }
        return CityContract.builder(id, name).period(period).agglomeration(agglomeration).communes(communes)
                .districts(districts).quarters(quarters).bodies(bodies).memberships(memberships)
                .engagements(engagements).indicators(indicators).observations(observations).documents(documents)
                .timeline(timeline).build();
    }
}
