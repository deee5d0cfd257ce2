package org.politiqueville.core.exchange;

import java.util.Objects;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * The {@link RecordMapper} of each tabular kind, reading names and codes against a referential
 * city contract (its {@linkplain CityContract#resolver() territories} and
 * {@linkplain CityContract#indicatorCatalog() indicators}).
 *
 * <p>What each mapper reads, by canonical column (see {@link HeaderMapping} for the headers
 * recognised):
 * <ul>
 * <li><b>quarters</b>: {@code label} (required); {@code qpvCode} (a list of 2015 or 2024 codes);
 *     {@code communeCodes} (INSEE codes, used as they are) or else {@code communes} (names resolved
 *     with {@link org.politiqueville.core.territory.TerritoryResolver#resolveCommune(String)}, or
 *     INSEE codes); {@code status} (priority or watch words, priority when blank);
 *     {@code population} ({@code 4 210}) with {@code populationYear} (four digits, required with a
 *     population); {@code aliases}; {@code id}, or else the id of the referential's quarter with
 *     one of the codes or the label, or else the label's slug ({@code les-couets}). The
 *     {@code departement} and agglomeration columns are not kept. One row per quarter × commune,
 *     as in the 2024 national file, is folded by {@link QuarterMerger}.</li>
 * <li><b>communes</b>: {@code code} and {@code name}; the other columns are not kept.</li>
 * <li><b>observations</b>: {@code territoryCode} ({@code kind:id} such as {@code quarter:malakoff},
 *     or a code the resolver knows) or else {@code territory} (a name the resolver knows: quarter,
 *     district, commune, the agglomeration); {@code indicator} (code, label or alias in the
 *     referential's catalogue); {@code period} ({@code 2021}, {@code 2015/2020}, {@code 2015-2020});
 *     {@code value}: a number, or a marker: {@code s}/secret/faible → confidential without value,
 *     {@code nd} or blank → missing, {@code ns} → not significant, {@code so} → not applicable;
 *     {@code status} (SDMX code or word, overrides the marker's); {@code unit}; {@code source}. The
 *     value is checked against the indicator's definition (unit, percent within 0–100).</li>
 * <li><b>documents</b>: {@code title} (required); {@code categories} (as
 *     {@link org.politiqueville.core.catalogue.Category#parseList(CharSequence)} reads them;
 *     "Quartier : X" values not naming a quarter or district of the referential are warnings);
 *     {@code period} (required); {@code type}; {@code link}; {@code mediaType}; {@code id} or the
 *     title's slug.</li>
 * <li><b>indicators</b>: {@code name} (required); {@code code} (or the name in upper snake case);
 *     {@code unit} (other when blank); {@code source} (required by the model); {@code description};
 *     {@code aliases}. The polarity is neutral.</li>
 * <li><b>bodies</b>: {@code name} (required); {@code type} (enum name or French word, other when
 *     blank); {@code territories} (names or {@code kind:id}); {@code startDate}; {@code endDate};
 *     {@code members} (names; a bare count is not kept); {@code residents}, {@code residentWomen},
 *     {@code residentMen}, {@code drawnByLot} (oui, non, mixte), {@code localActors} (the council's
 *     composition); {@code siren}; {@code rna}; {@code id} or the name's slug.</li>
 * <li><b>engagements</b>: {@code title} and {@code pillar} (required: label, enum name or the start
 *     of a label); {@code status} (enum name or French word, planned when blank); {@code progress};
 *     {@code weight}; {@code signatories}; {@code territories}; {@code startDate};
 *     {@code endDate}; {@code parent}; {@code description}; {@code id} or the title's slug.
 *     Priorities, milestones and indicator codes are not columns.</li>
 * </ul>
 */
public final class RecordMappers {

    private RecordMappers() {
    }

    /**
     * The mapper of a kind.
     *
     * @param kind        the kind, tabular, not null
     * @param referential the contract names are resolved against, such as
     *                    {@code NantesMetropole.contract()}, not null
     * @param options     the options, not null
     * @return the mapper, not null
     * @throws InvalidValueException with {@link ProblemCode#KIND_NOT_TABULAR} for {@link RecordKind#CONTRACT}
     */
    public static RecordMapper<?> forKind(RecordKind kind, CityContract referential, MappingOptions options) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case QUARTERS -> quarters(referential, options);
            case COMMUNES -> communes(referential, options);
            case BODIES -> bodies(referential, options);
            case ENGAGEMENTS -> engagements(referential, options);
            case INDICATORS -> indicators(referential, options);
            case OBSERVATIONS -> observations(referential, options);
            case DOCUMENTS -> documents(referential, options);
            case CONTRACT -> throw new InvalidValueException(ProblemCode.KIND_NOT_TABULAR, kind.id());
        };
    }

    /**
     * The mapper of quarters.
     *
     * @param referential the referential, not null
     * @param options     the options, not null
     * @return the mapper, not null
     */
    public static RecordMapper<Quarter> quarters(CityContract referential, MappingOptions options) {
        return new QuarterMapper(referential, options);
    }

    /**
     * The mapper of communes.
     *
     * @param referential the referential, not null
     * @param options     the options, not null
     * @return the mapper, not null
     */
    public static RecordMapper<Commune> communes(CityContract referential, MappingOptions options) {
        return new CommuneMapper(referential, options);
    }

    /**
     * The mapper of observations.
     *
     * @param referential the referential, not null
     * @param options     the options, not null
     * @return the mapper, not null
     */
    public static RecordMapper<Observation> observations(CityContract referential, MappingOptions options) {
        return new ObservationMapper(referential, options);
    }

    /**
     * The mapper of documents.
     *
     * @param referential the referential, not null
     * @param options     the options, not null
     * @return the mapper, not null
     */
    public static RecordMapper<Document> documents(CityContract referential, MappingOptions options) {
        return new DocumentMapper(referential, options);
    }

    /**
     * The mapper of indicator definitions.
     *
     * @param referential the referential, not null
     * @param options     the options, not null
     * @return the mapper, not null
     */
    public static RecordMapper<IndicatorDefinition> indicators(CityContract referential, MappingOptions options) {
        return new IndicatorMapper(referential, options);
    }

    /**
     * The mapper of governance bodies.
     *
     * @param referential the referential, not null
     * @param options     the options, not null
     * @return the mapper, not null
     */
    public static RecordMapper<GovernanceBody> bodies(CityContract referential, MappingOptions options) {
        return new BodyMapper(referential, options);
    }

    /**
     * The mapper of engagements.
     *
     * @param referential the referential, not null
     * @param options     the options, not null
     * @return the mapper, not null
     */
    public static RecordMapper<Engagement> engagements(CityContract referential, MappingOptions options) {
        return new EngagementMapper(referential, options);
    }
}
