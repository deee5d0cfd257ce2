package org.politiqueville.core.exchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.indicator.Confidentiality;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.IndicatorRules;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.indicator.ObservationStatus;
import org.politiqueville.core.indicator.Unit;
import org.politiqueville.core.territory.Resolution;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;

/** Rows of observations; see {@link RecordMappers#observations(CityContract, MappingOptions)}. */
final class ObservationMapper extends AbstractRecordMapper<Observation> {

    private static final String STATUS_WORDS = "A, E, P, O, N, M, estimé, provisoire, définitif, nd, ns, so";
    private static final Map<String, ObservationStatus> STATUS_BY_WORD = Map.of(
            "normal", ObservationStatus.NORMAL, "definitif", ObservationStatus.NORMAL,
            "estime", ObservationStatus.ESTIMATED, "estimation", ObservationStatus.ESTIMATED,
            "estimated", ObservationStatus.ESTIMATED, "provisoire", ObservationStatus.PROVISIONAL,
            "provisional", ObservationStatus.PROVISIONAL, "missing", ObservationStatus.MISSING);

    private final CellMemo<Optional<IndicatorDefinition>> indicators;
    private final CellMemo<Period> periods = new CellMemo<>(FrenchValues::parsePeriod);
    private final CellMemo<ObservationStatus> statuses = new CellMemo<>(ObservationMapper::status);
    private final CellMemo<Unit> units = new CellMemo<>(Unit::parse);
    private final Map<TerritoryRef, String[]> territoryTexts = new ConcurrentHashMap<>();

    ObservationMapper(CityContract referential, MappingOptions options) {
        super(RecordKind.OBSERVATIONS, Observation.class, referential, options,
                List.of("territory", "territoryCode", "indicator", "period", "value", "unit", "status", "source"),
                Map.of("indicator", "indicator", "territory", "territory", "period", "period", "value", "value",
                        "unit", "unit", "status", "value", "confidentiality", "value", "source", "source"));
        this.indicators = new CellMemo<>(name -> referential.indicatorCatalog().find(name));
    }

    @Override
    Observation read(RowReader row) {
        TerritoryRef territory = territory(row);
        IndicatorDefinition definition = indicator(row);
        Period period = row.parse("period", periods);
        if (period == null && row.text("period") == null) {
            row.error("period", ProblemCode.REQUIRED, row.raw("period"));
        }
        BigDecimal value = null;
        ObservationStatus status = ObservationStatus.NORMAL;
        Confidentiality confidentiality = Confidentiality.FREE;
        String cell = row.raw("value");
        Optional<StatisticalMarker> marker = FrenchValues.marker(cell == null ? "" : cell);
        if (marker.isPresent()) {
            switch (marker.get()) {
                case SECRET, LOW -> confidentiality = Confidentiality.CONFIDENTIAL;
                case NOT_SIGNIFICANT -> status = ObservationStatus.NOT_SIGNIFICANT;
                case NOT_APPLICABLE -> status = ObservationStatus.NOT_APPLICABLE;
                case NOT_AVAILABLE, EMPTY -> status = ObservationStatus.MISSING;
            }
        } else {
            value = row.parse("value", FrenchValues::parseDecimal);
        }
        ObservationStatus given = row.parse("status", statuses);
        if (given != null) {
            status = given;
        }
        Unit unit = row.parse("unit", units);
        if (territory == null || definition == null || period == null || row.hasErrors()) {
            return null;
        }
        return Observation.builder(definition.code(), territory, period).value(value).unit(unit).status(status)
                .confidentiality(confidentiality).source(row.text("source")).build();
    }

    private TerritoryRef territory(RowReader row) {
        String code = row.text("territoryCode");
        if (code != null) {
            TerritoryRef ref = knownRef(code);
            if (ref != null) {
                return ref;
            }
            return resolve(row, "territoryCode", code);
        }
        String name = row.required("territory");
        return name == null ? null : resolve(row, "territory", name);
    }

    private TerritoryRef resolve(RowReader row, String column, String name) {
        Resolution resolution = resolutions.apply(name);
        if (resolution instanceof Resolution.Found found) {
            return found.ref();
        }
        if (resolution instanceof Resolution.Ambiguous ambiguous) {
            row.error(column, ProblemCode.AMBIGUOUS_NAME, row.raw(column), ambiguous.candidateList());
        } else {
            row.error(column, ProblemCode.UNKNOWN_TERRITORY, row.raw(column), "territory");
        }
        return null;
    }

    private IndicatorDefinition indicator(RowReader row) {
        String name = row.required("indicator");
        if (name == null) {
            return null;
        }
        try {
            Optional<IndicatorDefinition> definition = indicators.apply(name);
            if (definition.isEmpty()) {
                row.error("indicator", ProblemCode.UNKNOWN_INDICATOR, row.raw("indicator"));
            }
            return definition.orElse(null);
        } catch (InvalidValueException ambiguous) {
            row.add(ambiguous, "indicator", "indicator", row.raw("indicator"));
            return null;
        }
    }

    private static ObservationStatus status(String text) {
        if (text.length() == 1 && Character.isUpperCase(text.charAt(0))) {
            return ObservationStatus.ofSdmxCode(text);
        }
        Optional<StatisticalMarker> marker = FrenchValues.marker(text);
        if (marker.isPresent()) {
            switch (marker.get()) {
                case NOT_SIGNIFICANT:
                    return ObservationStatus.NOT_SIGNIFICANT;
                case NOT_APPLICABLE:
                    return ObservationStatus.NOT_APPLICABLE;
                case NOT_AVAILABLE:
                    return ObservationStatus.MISSING;
                default:
                    break;
            }
        }
        ObservationStatus status = STATUS_BY_WORD.get(NameKey.compact(text).value());
        if (status == null) {
            throw new InvalidValueException(ProblemCode.INVALID_FORMAT, text, STATUS_WORDS);
        }
        return status;
    }

    @Override
    void check(Observation observation, RuleContext context) {
        referential.indicatorCatalog().byCode(observation.indicator())
                .ifPresent(definition -> IndicatorRules.checkAgainstDefinition(observation, definition, "", context));
    }

    @Override
    List<String> write(Observation observation, CellStyle style) {
        if (territoryTexts.size() >= CellMemo.CAPACITY) {
            territoryTexts.clear();
        }
        String[] territory = territoryTexts.computeIfAbsent(observation.territory(), this::territoryTexts);
        return List.of(territory[0], territory[1], observation.indicator(), text(observation.period()),
                observation.value() != null ? style.number(observation.value()) : marker(observation),
                observation.unit() == null ? "" : observation.unit().symbol(), observation.status().sdmxCode(),
                text(observation.source()));
    }

    /** The name and the {@code kind:id} reference a territory is written with. */
    private String[] territoryTexts(TerritoryRef territory) {
        return new String[] {referential.resolver().canonicalName(territory).orElse(territory.id()),
            territory.toString()};
    }

    private static String marker(Observation observation) {
        if (observation.confidentiality() == Confidentiality.CONFIDENTIAL) {
            return StatisticalMarker.SECRET.symbol();
        }
        return switch (observation.status()) {
            case NOT_SIGNIFICANT -> StatisticalMarker.NOT_SIGNIFICANT.symbol();
            case NOT_APPLICABLE -> StatisticalMarker.NOT_APPLICABLE.symbol();
            default -> StatisticalMarker.NOT_AVAILABLE.symbol();
        };
    }
}
