package org.politiqueville.json.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.List;

import org.politiqueville.core.catalogue.Category;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.contract.TimelineEntry;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.engagement.EngagementStatus;
import org.politiqueville.core.engagement.Milestone;
import org.politiqueville.core.engagement.Pillar;
import org.politiqueville.core.engagement.TransversePriority;
import org.politiqueville.core.governance.BodyKind;
import org.politiqueville.core.governance.CouncilComposition;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.governance.LegalIdentifiers;
import org.politiqueville.core.governance.MemberCount;
import org.politiqueville.core.governance.Membership;
import org.politiqueville.core.governance.ResidentSelection;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.id.RnaNumber;
import org.politiqueville.core.id.Siren;
import org.politiqueville.core.id.Siret;
import org.politiqueville.core.indicator.Confidentiality;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.indicator.ObservationStatus;
import org.politiqueville.core.indicator.Polarity;
import org.politiqueville.core.indicator.Unit;
import org.politiqueville.core.territory.Agglomeration;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.District;
import org.politiqueville.core.territory.Population;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.QuarterStatus;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The codecs of the domain's entities: their JSON property names, in the order they are written,
 * and how each property is read.
 *
 * <p>Value types are written as their canonical strings and read back through their {@code parse};
 * enum constants as their names; optional values that are null are left out; lists are always
 * written, empty ones included, and an absent list reads as empty.
 */
public final class Codecs {

    private Codecs() {
    }

    /** The names of enum constants, encoded once, by ordinal. */
    static SerializableString[] encoded(Enum<?>[] constants) {
        SerializableString[] names = new SerializableString[constants.length];
        for (Enum<?> constant : constants) {
            names[constant.ordinal()] = new SerializedString(constant.name());
        }
        return names;
    }

    /** Reads a URI, reporting bad syntax as {@link ProblemCode#INVALID_FORMAT}. */
    static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidValueException(ProblemCode.INVALID_FORMAT, text, "a URI (RFC 3986)");
        }
    }

    // ---- territory -----------------------------------------------------------------------------

    /** {@link Commune}: {@code code}, {@code name}. */
    public static final Codec<Commune> COMMUNE = new Codec<>(Commune.class, "code", "name") {
        @Override
        protected void writeProperties(Commune value, JsonGenerator out) {
            string(out, "code", value.code());
            string(out, "name", value.name());
        }

        @Override
        protected Commune readFields(ObjectFields in) {
            InseeCode code = in.value("code", InseeCode::parse);
            String name = in.nonBlank("name");
            return in.failed() ? null : new Commune(code, name);
        }
    };

    /** {@link Agglomeration}: {@code id}, {@code siren}, {@code name}, {@code communes}. */
    public static final Codec<Agglomeration> AGGLOMERATION =
            new Codec<>(Agglomeration.class, "id", "siren", "name", "communes") {
                @Override
                protected void writeProperties(Agglomeration value, JsonGenerator out) {
                    string(out, "id", value.id());
                    string(out, "siren", value.siren());
                    string(out, "name", value.name());
                    strings(out, "communes", value.communes());
                }

                @Override
                protected Agglomeration readFields(ObjectFields in) {
                    String id = in.nonBlank("id");
                    Siren siren = in.value("siren", Siren::parse);
                    String name = in.nonBlank("name");
                    List<InseeCode> communes = in.values("communes", InseeCode::parse);
                    return in.failed() ? null : new Agglomeration(id, siren, name, communes);
                }
            };

    /** {@link Population}: {@code count}, {@code year}. */
    public static final Codec<Population> POPULATION = new Codec<>(Population.class, "count", "year") {
        @Override
        protected void writeProperties(Population value, JsonGenerator out) {
            out.writeNumberProperty("count", value.count());
            out.writeNumberProperty("year", value.year());
        }

        @Override
        protected Population readFields(ObjectFields in) {
            Long count = in.longInteger("count");
            Integer year = in.integer("year");
            return in.failed() ? null : new Population(count, year);
        }
    };

    /**
     * {@link Quarter}: {@code id}, {@code label}, {@code aliases}, {@code status}, {@code codes},
     * {@code communes}, {@code population}.
     */
    public static final Codec<Quarter> QUARTER = new Codec<>(Quarter.class,
            "id", "label", "aliases", "status", "codes", "communes", "population") {
        @Override
        protected void writeProperties(Quarter value, JsonGenerator out) {
            string(out, "id", value.id());
            string(out, "label", value.label());
            strings(out, "aliases", value.aliases());
            name(out, "status", value.status());
            strings(out, "codes", value.codes());
            strings(out, "communes", value.communes());
            object(out, "population", value.population(), POPULATION);
        }

        @Override
        protected Quarter readFields(ObjectFields in) {
            String id = in.nonBlank("id");
            String label = in.nonBlank("label");
            List<String> aliases = in.texts("aliases");
            QuarterStatus status = in.enumValue("status", QuarterStatus.class);
            List<QpvCode> codes = in.values("codes", QpvCode::parse);
            List<InseeCode> communes = in.values("communes", InseeCode::parse);
            Population population = in.optionalObject("population", POPULATION);
            return in.failed() ? null : new Quarter(id, label, aliases, status, codes, communes, population);
        }
    };

    /** {@link District}: {@code id}, {@code name}, {@code aliases}, {@code quarterIds}. */
    public static final Codec<District> DISTRICT =
            new Codec<>(District.class, "id", "name", "aliases", "quarterIds") {
                @Override
                protected void writeProperties(District value, JsonGenerator out) {
                    string(out, "id", value.id());
                    string(out, "name", value.name());
                    strings(out, "aliases", value.aliases());
                    strings(out, "quarterIds", value.quarterIds());
                }

                @Override
                protected District readFields(ObjectFields in) {
                    String id = in.nonBlank("id");
                    String name = in.nonBlank("name");
                    List<String> aliases = in.texts("aliases");
                    List<String> quarterIds = in.texts("quarterIds");
                    return in.failed() ? null : new District(id, name, aliases, quarterIds);
                }
            };

    // ---- governance ----------------------------------------------------------------------------

    /** {@link LegalIdentifiers}: {@code siren}, {@code siret}, {@code rna}, each optional. */
    public static final Codec<LegalIdentifiers> LEGAL_IDENTIFIERS =
            new Codec<>(LegalIdentifiers.class, "siren", "siret", "rna") {
                @Override
                protected void writeProperties(LegalIdentifiers value, JsonGenerator out) {
                    string(out, "siren", value.siren());
                    string(out, "siret", value.siret());
                    string(out, "rna", value.rna());
                }

                @Override
                protected LegalIdentifiers readFields(ObjectFields in) {
                    Siren siren = in.optionalValue("siren", Siren::parse);
                    Siret siret = in.optionalValue("siret", Siret::parse);
                    RnaNumber rna = in.optionalValue("rna", RnaNumber::parse);
                    return in.failed() ? null : new LegalIdentifiers(siren, siret, rna);
                }
            };

    /** {@link MemberCount}: {@code women}, {@code men}, {@code otherOrUnspecified} (0 if absent). */
    public static final Codec<MemberCount> MEMBER_COUNT =
            new Codec<>(MemberCount.class, "women", "men", "otherOrUnspecified") {
                @Override
                protected void writeProperties(MemberCount value, JsonGenerator out) {
                    out.writeNumberProperty("women", value.women());
                    out.writeNumberProperty("men", value.men());
                    out.writeNumberProperty("otherOrUnspecified", value.otherOrUnspecified());
                }

                @Override
                protected MemberCount readFields(ObjectFields in) {
                    Integer women = in.integer("women");
                    Integer men = in.integer("men");
                    Integer other = in.optionalInteger("otherOrUnspecified");
                    return in.failed() ? null : new MemberCount(women, men, other == null ? 0 : other);
                }
            };

    /** {@link CouncilComposition}: {@code residentsCollege}, {@code actorsCollege}, {@code residentSelection}. */
    public static final Codec<CouncilComposition> COUNCIL_COMPOSITION = new Codec<>(CouncilComposition.class,
            "residentsCollege", "actorsCollege", "residentSelection") {
        @Override
        protected void writeProperties(CouncilComposition value, JsonGenerator out) {
            object(out, "residentsCollege", value.residentsCollege(), MEMBER_COUNT);
            object(out, "actorsCollege", value.actorsCollege(), MEMBER_COUNT);
            name(out, "residentSelection", value.residentSelection());
        }

        @Override
        protected CouncilComposition readFields(ObjectFields in) {
            MemberCount residents = in.object("residentsCollege", MEMBER_COUNT);
            MemberCount actors = in.object("actorsCollege", MEMBER_COUNT);
            ResidentSelection selection = in.optionalEnumValue("residentSelection", ResidentSelection.class);
            return in.failed() ? null : new CouncilComposition(residents, actors, selection);
        }
    };

    /**
     * {@link GovernanceBody}: {@code id}, {@code name}, {@code kind}, {@code legalIdentifiers} (left
     * out when empty), {@code territories}, {@code installation}, {@code end}, {@code members},
     * {@code composition}.
     */
    public static final Codec<GovernanceBody> GOVERNANCE_BODY = new Codec<>(GovernanceBody.class,
            "id", "name", "kind", "legalIdentifiers", "territories", "installation", "end", "members",
            "composition") {
        @Override
        protected void writeProperties(GovernanceBody value, JsonGenerator out) {
            string(out, "id", value.id());
            string(out, "name", value.name());
            name(out, "kind", value.kind());
            object(out, "legalIdentifiers", value.legalIdentifiers().isEmpty() ? null : value.legalIdentifiers(),
                    LEGAL_IDENTIFIERS);
            strings(out, "territories", value.territories());
            string(out, "installation", value.installation());
            string(out, "end", value.end());
            strings(out, "members", value.members());
            object(out, "composition", value.composition(), COUNCIL_COMPOSITION);
        }

        @Override
        protected GovernanceBody readFields(ObjectFields in) {
            String id = in.nonBlank("id");
            String name = in.text("name");
            BodyKind kind = in.enumValue("kind", BodyKind.class);
            LegalIdentifiers identifiers = in.optionalObject("legalIdentifiers", LEGAL_IDENTIFIERS);
            List<TerritoryRef> territories = in.values("territories", TerritoryRef::parse);
            ReducedDate installation = in.optionalValue("installation", ReducedDate::parse);
            ReducedDate end = in.optionalValue("end", ReducedDate::parse);
            List<String> members = in.texts("members");
            CouncilComposition composition = in.optionalObject("composition", COUNCIL_COMPOSITION);
            return in.failed() ? null : new GovernanceBody(id, name, kind, identifiers, territories, installation,
                    end, members, composition);
        }
    };

    /** {@link Membership}: {@code member}, {@code organisation}, {@code role}, {@code start}, {@code end}. */
    public static final Codec<Membership> MEMBERSHIP =
            new Codec<>(Membership.class, "member", "organisation", "role", "start", "end") {
                @Override
                protected void writeProperties(Membership value, JsonGenerator out) {
                    string(out, "member", value.member());
                    string(out, "organisation", value.organisation());
                    string(out, "role", value.role());
                    string(out, "start", value.start());
                    string(out, "end", value.end());
                }

                @Override
                protected Membership readFields(ObjectFields in) {
                    String member = in.nonBlank("member");
                    String organisation = in.nonBlank("organisation");
                    String role = in.optionalText("role");
                    ReducedDate start = in.optionalValue("start", ReducedDate::parse);
                    ReducedDate end = in.optionalValue("end", ReducedDate::parse);
                    return in.failed() ? null : new Membership(member, organisation, role, start, end);
                }
            };

    // ---- engagements ---------------------------------------------------------------------------

    /** {@link Milestone}: {@code date}, {@code title}, {@code progress}. */
    public static final Codec<Milestone> MILESTONE = new Codec<>(Milestone.class, "date", "title", "progress") {
        @Override
        protected void writeProperties(Milestone value, JsonGenerator out) {
            string(out, "date", value.date());
            string(out, "title", value.title());
            if (value.progress() != null) {
                out.writeNumberProperty("progress", value.progress().intValue());
            }
        }

        @Override
        protected Milestone readFields(ObjectFields in) {
            ReducedDate date = in.value("date", ReducedDate::parse);
            String title = in.text("title");
            Integer progress = in.optionalInteger("progress");
            return in.failed() ? null : new Milestone(date, title, progress);
        }
    };

    /**
     * {@link Engagement}: {@code id}, {@code title}, {@code description}, {@code pillar},
     * {@code priorities}, {@code signatories}, {@code targetQuarters}, {@code status}, {@code progress}
     * (0 if absent), {@code startDate}, {@code dueDate}, {@code parentId}, {@code weight},
     * {@code milestones}, {@code indicatorCodes}.
     */
    public static final Codec<Engagement> ENGAGEMENT = new Codec<>(Engagement.class,
            "id", "title", "description", "pillar", "priorities", "signatories", "targetQuarters", "status",
            "progress", "startDate", "dueDate", "parentId", "weight", "milestones", "indicatorCodes") {
        @Override
        protected void writeProperties(Engagement value, JsonGenerator out) {
            string(out, "id", value.id());
            string(out, "title", value.title());
            string(out, "description", value.description());
            name(out, "pillar", value.pillar());
            strings(out, "priorities", value.priorities());
            strings(out, "signatories", value.signatories());
            strings(out, "targetQuarters", value.targetQuarters());
            name(out, "status", value.status());
            out.writeNumberProperty("progress", value.progress());
            string(out, "startDate", value.startDate());
            string(out, "dueDate", value.dueDate());
            string(out, "parentId", value.parentId());
            if (value.weight() != null) {
                out.writeNumberProperty("weight", value.weight());
            }
            objects(out, "milestones", value.milestones(), MILESTONE);
            strings(out, "indicatorCodes", value.indicatorCodes());
        }

        @Override
        protected Engagement readFields(ObjectFields in) {
            String id = in.nonBlank("id");
            String title = in.text("title");
            String description = in.optionalText("description");
            Pillar pillar = in.enumValue("pillar", Pillar.class);
            List<TransversePriority> priorities = in.enumValues("priorities", TransversePriority.class);
            List<String> signatories = in.texts("signatories");
            List<TerritoryRef> targets = in.values("targetQuarters", TerritoryRef::parse);
            EngagementStatus status = in.enumValue("status", EngagementStatus.class);
            Integer progress = in.optionalInteger("progress");
            ReducedDate start = in.optionalValue("startDate", ReducedDate::parse);
            ReducedDate due = in.optionalValue("dueDate", ReducedDate::parse);
            String parentId = in.optionalNonBlank("parentId");
            BigDecimal weight = in.optionalDecimal("weight");
            List<Milestone> milestones = in.objects("milestones", MILESTONE);
            List<String> indicatorCodes = in.texts("indicatorCodes");
            if (in.failed()) {
                return null;
            }
            return new Engagement(id, title, description, pillar,
                    priorities.isEmpty() ? EnumSet.noneOf(TransversePriority.class) : EnumSet.copyOf(priorities),
                    signatories, targets, status, progress == null ? 0 : progress, start, due, parentId, weight,
                    milestones, indicatorCodes);
        }
    };

    // ---- indicators ----------------------------------------------------------------------------

    /**
     * {@link IndicatorDefinition}: {@code code}, {@code label}, {@code aliases}, {@code unit},
     * {@code polarity} ({@code NEUTRAL} if absent), {@code source}, {@code description}.
     */
    public static final Codec<IndicatorDefinition> INDICATOR = new Codec<>(IndicatorDefinition.class,
            "code", "label", "aliases", "unit", "polarity", "source", "description") {
        @Override
        protected void writeProperties(IndicatorDefinition value, JsonGenerator out) {
            string(out, "code", value.code());
            string(out, "label", value.label());
            strings(out, "aliases", value.aliases());
            name(out, "unit", value.unit());
            name(out, "polarity", value.polarity());
            string(out, "source", value.source());
            string(out, "description", value.description());
        }

        @Override
        protected IndicatorDefinition readFields(ObjectFields in) {
            String code = in.nonBlank("code");
            String label = in.text("label");
            List<String> aliases = in.texts("aliases");
            Unit unit = in.enumValue("unit", Unit.class);
            Polarity polarity = in.optionalEnumValue("polarity", Polarity.class);
            String source = in.text("source");
            String description = in.optionalText("description");
            return in.failed() ? null : new IndicatorDefinition(code, label, aliases, unit,
                    polarity == null ? Polarity.NEUTRAL : polarity, source, description);
        }
    };

    /**
     * {@link Observation}: {@code indicator}, {@code territory}, {@code period}, {@code value},
     * {@code unit}, {@code status} ({@code NORMAL} if absent), {@code confidentiality} ({@code FREE}
     * if absent), {@code source}.
     */
    public static final Codec<Observation> OBSERVATION = new Codec<>(Observation.class,
            "indicator", "territory", "period", "value", "unit", "status", "confidentiality", "source") {
        @Override
        public ElementStream<Observation> stream(String source, boolean strict) {
            return new ObservationStream(source, strict);
        }

        // Names and enum constants encoded once, as Jackson databind's own serializers do: encoding
        // them on every record was a sixth of the export.
        private final SerializableString indicatorName = new SerializedString("indicator");
        private final SerializableString territoryName = new SerializedString("territory");
        private final SerializableString periodName = new SerializedString("period");
        private final SerializableString valueName = new SerializedString("value");
        private final SerializableString unitName = new SerializedString("unit");
        private final SerializableString statusName = new SerializedString("status");
        private final SerializableString confidentialityName = new SerializedString("confidentiality");
        private final SerializableString sourceName = new SerializedString("source");
        private final SerializableString[] units = encoded(Unit.values());
        private final SerializableString[] statuses = encoded(ObservationStatus.values());
        private final SerializableString[] confidentialities = encoded(Confidentiality.values());

        @Override
        protected void writeProperties(Observation value, JsonGenerator out) {
            // The same properties as string(...) and name(...) write, in the same order.
            out.writeName(indicatorName);
            out.writeString(value.indicator());
            out.writeName(territoryName);
            out.writeString(value.territory().toString());
            out.writeName(periodName);
            out.writeString(value.period().toString());
            if (value.value() != null) {
                out.writeName(valueName);
                out.writeNumber(value.value());
            }
            if (value.unit() != null) {
                out.writeName(unitName);
                out.writeString(units[value.unit().ordinal()]);
            }
            out.writeName(statusName);
            out.writeString(statuses[value.status().ordinal()]);
            out.writeName(confidentialityName);
            out.writeString(confidentialities[value.confidentiality().ordinal()]);
            if (value.source() != null) {
                out.writeName(sourceName);
                out.writeString(value.source());
            }
        }

        @Override
        protected Observation readFields(ObjectFields in) {
            String indicator = in.nonBlank("indicator");
            TerritoryRef territory = in.value("territory", TerritoryRef::parse);
            Period period = in.value("period", Period::parse);
            BigDecimal number = in.optionalDecimal("value");
            Unit unit = in.optionalEnumValue("unit", Unit.class);
            ObservationStatus status = in.optionalEnumValue("status", ObservationStatus.class);
            Confidentiality confidentiality = in.optionalEnumValue("confidentiality", Confidentiality.class);
            String source = in.optionalText("source");
            return in.failed() ? null : new Observation(indicator, territory, period, number, unit,
                    status == null ? ObservationStatus.NORMAL : status,
                    confidentiality == null ? Confidentiality.FREE : confidentiality, source);
        }
    };

    // ---- catalogue -----------------------------------------------------------------------------

    /**
     * {@link Document}: {@code id}, {@code title}, {@code categories}, {@code period},
     * {@code typeLabel}, {@code link}, {@code mediaType}.
     */
    public static final Codec<Document> DOCUMENT = new Codec<>(Document.class,
            "id", "title", "categories", "period", "typeLabel", "link", "mediaType") {
        @Override
        protected void writeProperties(Document value, JsonGenerator out) {
            string(out, "id", value.id());
            string(out, "title", value.title());
            strings(out, "categories", value.categories());
            string(out, "period", value.period());
            string(out, "typeLabel", value.typeLabel());
            string(out, "link", value.link());
            string(out, "mediaType", value.mediaType());
        }

        @Override
        protected Document readFields(ObjectFields in) {
            String id = in.nonBlank("id");
            String title = in.nonBlank("title");
            List<Category> categories = in.values("categories", Category::parse);
            Period period = in.value("period", Period::parse);
            String typeLabel = in.optionalText("typeLabel");
            URI link = in.optionalValue("link", Codecs::uri);
            String mediaType = in.optionalText("mediaType");
            return in.failed() ? null : new Document(id, title, categories, period, typeLabel, link, mediaType);
        }
    };

    // ---- city contract -------------------------------------------------------------------------

    /** {@link TimelineEntry}: {@code date}, {@code title}, {@code bodyIds}, {@code territories}. */
    public static final Codec<TimelineEntry> TIMELINE_ENTRY =
            new Codec<>(TimelineEntry.class, "date", "title", "bodyIds", "territories") {
                @Override
                protected void writeProperties(TimelineEntry value, JsonGenerator out) {
                    string(out, "date", value.date());
                    string(out, "title", value.title());
                    strings(out, "bodyIds", value.bodyIds());
                    strings(out, "territories", value.territories());
                }

                @Override
                protected TimelineEntry readFields(ObjectFields in) {
                    ReducedDate date = in.value("date", ReducedDate::parse);
                    String title = in.text("title");
                    List<String> bodyIds = in.texts("bodyIds");
                    List<TerritoryRef> territories = in.values("territories", TerritoryRef::parse);
                    return in.failed() ? null : new TimelineEntry(date, title, bodyIds, territories);
                }
            };
}
