package org.politiqueville.core.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.Resolution;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;
import org.politiqueville.core.validation.ValidationReport;

/** What every mapper does around reading its own columns: checks, validation, path translation. */
abstract class AbstractRecordMapper<T> implements RecordMapper<T> {

    final CityContract referential;
    final MappingOptions options;
    private final RecordKind kind;
    private final Class<T> type;
    private final List<String> columns;
    private final Map<String, String> columnByPath;
    /** Names and codes resolved against the referential, by exact text. */
    final CellMemo<Resolution> resolutions;
    private final CellMemo<TerritoryRef> knownRefs;
    /** Periods as written, by period: a file has a few dozen, and formatting one is slow. */
    private final Map<Period, String> periodTexts = new ConcurrentHashMap<>();
    /** Whether the entity's constraints are checked by hand rather than through Bean Validation. */
    private final boolean handChecked;

    AbstractRecordMapper(RecordKind kind, Class<T> type, CityContract referential, MappingOptions options,
                         List<String> columns, Map<String, String> columnByPath) {
        this.kind = kind;
        this.type = type;
        this.referential = Objects.requireNonNull(referential, "referential");
        this.options = Objects.requireNonNull(options, "options");
        this.columns = List.copyOf(columns);
        this.columnByPath = Map.copyOf(columnByPath);
        this.resolutions = new CellMemo<>(name -> referential.resolver().resolve(name));
        this.knownRefs = new CellMemo<>(this::parseKnownRef);
        this.handChecked = options.checksByHand() && HandChecks.covers(type);
    }

    @Override
    public final RecordKind kind() {
        return kind;
    }

    @Override
    public final Class<T> type() {
        return type;
    }

    @Override
    public final List<String> columns() {
        return columns;
    }

    @Override
    public final MappedRow<T> map(ColumnMapping mapping, List<String> cells, long line, String source) {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(cells, "cells");
        Objects.requireNonNull(source, "source");
        if (mapping.kind() != kind) {
            throw new IllegalArgumentException("a mapping of " + mapping.kind().id() + " given to the mapper of "
                    + kind.id());
        }
        RowReader row = new RowReader(mapping, cells, line, source, options);
        T entity = read(row);
        if (entity == null || row.hasErrors()) {
            return MappedRow.rejected(row.problems());
        }
        RuleContext context = new RuleContext(ValidationReport.builder(), options.isStrict());
        if (handChecked) {
            HandChecks.check(entity, context);
        } else {
            options.validator().validate(entity).problems().forEach(context::add);
        }
        check(entity, context);
        ValidationReport found = context.report();
        if (found.isEmpty() && row.problems().isEmpty()) {
            return MappedRow.accepted(entity, List.of());
        }
        row.addAll(found, path -> columnOf(path, mapping));
        return row.hasErrors() ? MappedRow.rejected(row.problems()) : MappedRow.accepted(entity, row.problems());
    }

    /** Reads the row's cells into an entity, or returns null (or anything) after reporting errors. */
    abstract T read(RowReader row);

    /** Rules that need the referential, beyond what the validator checks on the entity alone. */
    void check(T entity, RuleContext context) {
    }

    /** The column that holds the value at a property path, or null. */
    String columnOf(String path, ColumnMapping mapping) {
        return columnByPath.get(RowReader.head(path));
    }

    @Override
    public final List<String> format(T entity, CellStyle style) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(style, "style");
        List<String> cells = write(entity, style);
        if (cells.size() != columns.size()) {
            throw new IllegalStateException("wrote " + cells.size() + " cells for " + columns.size() + " columns");
        }
        return cells;
    }

    /** The cells of an entity, in column order. */
    abstract List<String> write(T entity, CellStyle style);

    /**
     * Resolves each item of a list cell to a territory of the referential: a {@code kind:id}
     * reference it knows, or a name or code; reports the others.
     */
    final List<TerritoryRef> territories(RowReader row, String column) {
        List<TerritoryRef> refs = new ArrayList<>();
        List<String> items = row.list(column);
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            TerritoryRef ref = knownRef(item);
            Resolution resolution = ref != null ? null : resolutions.apply(item);
            if (ref != null) {
                refs.add(ref);
            } else if (resolution instanceof Resolution.Found found) {
                refs.add(found.ref());
            } else if (resolution instanceof Resolution.Ambiguous ambiguous) {
                row.error(column, column + "[" + i + "]", ProblemCode.AMBIGUOUS_NAME, item,
                        ambiguous.candidateList());
            } else {
                row.error(column, column + "[" + i + "]", ProblemCode.UNKNOWN_TERRITORY, item, "territory");
            }
        }
        return refs;
    }

    /** The reference a {@code kind:id} text names, if the referential knows it. */
    final TerritoryRef knownRef(String text) {
        return text.indexOf(':') <= 0 ? null : knownRefs.apply(text);
    }

    private TerritoryRef parseKnownRef(String text) {
        try {
            TerritoryRef ref = TerritoryRef.parse(text);
            return referential.resolver().canonicalName(ref).isPresent() ? ref : null;
        } catch (InvalidValueException notAReference) {
            return null;
        }
    }

    /** The text of a period, as {@link Period#toString()} writes it. */
    final String text(Period period) {
        String text = periodTexts.get(period);
        if (text == null) {
            text = period.toString();
            if (periodTexts.size() < CellMemo.CAPACITY) {
                periodTexts.put(period, text);
            }
        }
        return text;
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String join(List<?> values) {
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            text.append(text.length() == 0 ? "" : ", ").append(value);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + kind.id() + "]";
    }
}
