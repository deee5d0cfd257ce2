package org.politiqueville.core.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.engagement.EngagementStatus;
import org.politiqueville.core.engagement.Pillar;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/** Rows of engagements; see {@link RecordMappers#engagements(CityContract, MappingOptions)}. */
final class EngagementMapper extends AbstractRecordMapper<Engagement> {

    private static final String PILLAR_WORDS = "Cohésion sociale, Cadre de vie et renouvellement urbain, "
            + "Développement économique et emploi, Gouvernance et participation citoyenne";
    private static final String STATUS_WORDS = "prévu, en cours, réalisé, abandonné";
    private static final Map<String, EngagementStatus> STATUS_BY_WORD = Map.ofEntries(
            Map.entry("prevu", EngagementStatus.PLANNED), Map.entry("avenir", EngagementStatus.PLANNED),
            Map.entry("planifie", EngagementStatus.PLANNED), Map.entry("nondemarre", EngagementStatus.PLANNED),
            Map.entry("encours", EngagementStatus.IN_PROGRESS), Map.entry("demarre", EngagementStatus.IN_PROGRESS),
            Map.entry("realise", EngagementStatus.DONE), Map.entry("termine", EngagementStatus.DONE),
            Map.entry("fait", EngagementStatus.DONE), Map.entry("acheve", EngagementStatus.DONE),
            Map.entry("abandonne", EngagementStatus.ABANDONED), Map.entry("annule", EngagementStatus.ABANDONED));

    EngagementMapper(CityContract referential, MappingOptions options) {
        super(RecordKind.ENGAGEMENTS, Engagement.class, referential, options,
                List.of("id", "title", "description", "parent", "pillar", "status", "progress", "weight",
                        "signatories", "territories", "startDate", "endDate"),
                Map.ofEntries(Map.entry("id", "id"), Map.entry("title", "title"),
                        Map.entry("description", "description"), Map.entry("parentId", "parent"),
                        Map.entry("pillar", "pillar"), Map.entry("status", "status"), Map.entry("progress", "progress"),
                        Map.entry("weight", "weight"), Map.entry("signatories", "signatories"),
                        Map.entry("targetQuarters", "territories"), Map.entry("startDate", "startDate"),
                        Map.entry("dueDate", "endDate"), Map.entry("milestones", "endDate")));
    }

    @Override
    Engagement read(RowReader row) {
        String title = row.required("title");
        Pillar pillar = row.parse("pillar", EngagementMapper::pillar);
        if (pillar == null && row.text("pillar") == null) {
            row.error(row.raw("pillar") == null ? "title" : "pillar", "pillar", ProblemCode.REQUIRED, null);
        }
        EngagementStatus status = row.parse("status", EngagementMapper::status);
        Long progress = row.parse("progress", FrenchValues::parseInteger);
        BigDecimal weight = row.parse("weight", FrenchValues::parseDecimal);
        List<TerritoryRef> territories = territories(row, "territories");
        ReducedDate start = row.date("startDate");
        ReducedDate due = row.date("endDate");
        String id = row.text("id");
        if (id == null && title != null) {
            id = RowReader.slug(title);
            if (id.isEmpty()) {
                row.error("title", ProblemCode.INVALID_FORMAT, row.raw("title"), "a title with a letter or a digit");
            }
        }
        if (title == null || pillar == null || row.hasErrors()) {
            return null;
        }
        int percent = progress == null ? 0 : (int) Math.max(-1, Math.min(101, progress));
        return Engagement.builder(id, title, pillar).description(row.text("description"))
                .signatories(row.list("signatories")).targetQuarters(territories)
                .status(status == null ? EngagementStatus.PLANNED : status).progress(percent).startDate(start)
                .dueDate(due).parentId(row.text("parent")).weight(weight).build();
    }

    private static Pillar pillar(String text) {
        String key = NameKey.of(text).value();
        for (Pillar pillar : Pillar.values()) {
            String label = NameKey.of(pillar.label()).value();
            if (key.equals(NameKey.of(pillar.name().replace('_', ' ')).value()) || label.equals(key)
                    || (key.length() >= 5 && label.startsWith(key))) {
                return pillar;
            }
        }
        throw new InvalidValueException(ProblemCode.INVALID_FORMAT, text, PILLAR_WORDS);
    }

    private static EngagementStatus status(String text) {
        String key = NameKey.compact(text).value();
        for (EngagementStatus status : EngagementStatus.values()) {
            if (NameKey.compact(status.name()).value().equals(key)) {
                return status;
            }
        }
        EngagementStatus status = STATUS_BY_WORD.get(key);
        if (status == null) {
            throw new InvalidValueException(ProblemCode.INVALID_FORMAT, text, STATUS_WORDS);
        }
        return status;
    }

    @Override
    List<String> write(Engagement engagement, CellStyle style) {
        List<String> cells = new ArrayList<>();
        cells.add(engagement.id());
        cells.add(engagement.title());
        cells.add(text(engagement.description()));
        cells.add(text(engagement.parentId()));
        cells.add(engagement.pillar().label());
        cells.add(engagement.status().name());
        cells.add(Integer.toString(engagement.progress()));
        cells.add(style.number(engagement.weight()));
        cells.add(join(engagement.signatories()));
        cells.add(join(engagement.targetQuarters()));
        cells.add(style.date(engagement.startDate()));
        cells.add(style.date(engagement.dueDate()));
        return List.copyOf(cells);
    }
}
