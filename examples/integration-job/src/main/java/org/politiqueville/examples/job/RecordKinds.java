package org.politiqueville.examples.job;

import java.util.Map;
import java.util.Optional;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.Quarter;

/** Which domain class the records of each kind are, as readers hand them over and sinks take them. */
final class RecordKinds {

    private static final Map<Class<?>, RecordKind> BY_CLASS = Map.of(
            Quarter.class, RecordKind.QUARTERS,
            Commune.class, RecordKind.COMMUNES,
            GovernanceBody.class, RecordKind.BODIES,
            Engagement.class, RecordKind.ENGAGEMENTS,
            IndicatorDefinition.class, RecordKind.INDICATORS,
            Observation.class, RecordKind.OBSERVATIONS,
            Document.class, RecordKind.DOCUMENTS,
            CityContract.class, RecordKind.CONTRACT);

    private RecordKinds() {
    }

    /** The kind of a record, or empty for an object of no known kind. */
    static Optional<RecordKind> of(Object record) {
        return Optional.ofNullable(BY_CLASS.get(record.getClass()));
    }
}
