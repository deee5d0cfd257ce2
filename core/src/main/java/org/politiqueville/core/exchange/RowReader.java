package org.politiqueville.core.exchange;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;
import org.politiqueville.core.validation.ValidationReport;

/** The cells of one row while a mapper reads it, and the problems found so far. Not thread-safe. */
final class RowReader {

    private final ColumnMapping mapping;
    private final List<String> cells;
    private final long line;
    private final String source;
    private final MappingOptions options;
    private List<Problem> problems = List.of();
    private boolean errors;

    RowReader(ColumnMapping mapping, List<String> cells, long line, String source, MappingOptions options) {
        this.mapping = mapping;
        this.cells = cells;
        this.line = line;
        this.source = source;
        this.options = options;
    }

    /** The raw cell of a column, or null if the file has no such column or the row is short. */
    String raw(String column) {
        return mapping.cell(cells, column);
    }

    /** The stripped cell of a column, or null if absent or blank. */
    String text(String column) {
        String raw = raw(column);
        return FrenchValues.isBlank(raw) ? null : raw.strip();
    }

    /** The stripped cell of a required column, or null with a {@link ProblemCode#REQUIRED} error. */
    String required(String column) {
        String text = text(column);
        if (text == null) {
            error(column, ProblemCode.REQUIRED, raw(column));
        }
        return text;
    }

    /** The items of a list cell, empty if absent or blank. */
    List<String> list(String column) {
        String raw = raw(column);
        return raw == null ? List.of() : FrenchValues.splitList(raw);
    }

    /** Parses a cell; null if blank, null with an error if the parser rejects it. */
    <V> V parse(String column, Function<String, V> parser) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (InvalidValueException e) {
            add(e, column, column, raw(column));
            return null;
        }
    }

    /** Parses each item of a list cell, skipping (with an error) the items the parser rejects. */
    <V> List<V> parseList(String column, Function<String, V> parser) {
        List<V> values = new ArrayList<>();
        List<String> items = list(column);
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            try {
                values.add(parser.apply(item));
            } catch (InvalidValueException e) {
                add(e, column, column + "[" + i + "]", item);
            }
        }
        return values;
    }

    /** Reads a date the French or ISO way, or with the options' extra pattern. */
    ReducedDate date(String column) {
        return parse(column, this::parseDate);
    }

    private ReducedDate parseDate(String text) {
        try {
            return FrenchValues.parseDate(text);
        } catch (InvalidValueException e) {
            if (options.datePattern().isPresent()) {
                try {
                    return ReducedDate.of(LocalDate.parse(text,
                            DateTimeFormatter.ofPattern(options.datePattern().get(), Locale.ROOT)));
                } catch (DateTimeParseException notThatEither) {
                    e.addSuppressed(notThatEither);
                }
            }
            throw e;
        }
    }

    /** Reads a four-digit year. */
    Integer year(String column) {
        return parse(column, text -> {
            if (text.length() != 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new InvalidValueException(ProblemCode.DATE_FORMAT, text);
            }
            return Integer.valueOf(text);
        });
    }

    void add(InvalidValueException e, String column, String path, String value) {
        add(new Problem(Severity.ERROR, e.code(), path, value, e.details(), location(column)));
    }

    void error(String column, ProblemCode code, String value, String... details) {
        add(new Problem(Severity.ERROR, code, column, value, List.of(details), location(column)));
    }

    void error(String column, String path, ProblemCode code, String value, String... details) {
        add(new Problem(Severity.ERROR, code, path, value, List.of(details), location(column)));
    }

    /**
     * Adds problems found on the entity, moved to the cell of the column their path names (the
     * value becomes the raw cell), or to the line when no column of the file holds it.
     */
    void addAll(ValidationReport report, Function<String, String> columnOfPath) {
        for (Problem problem : report.problems()) {
            String path = problem.path().startsWith(".") ? problem.path().substring(1) : problem.path();
            String column = columnOfPath.apply(path);
            Problem moved = new Problem(problem.severity(), problem.code(), path, problem.value(), problem.details(),
                    Location.ofLine(source, line));
            if (column != null && mapping.has(column)) {
                String raw = raw(column);
                boolean list = HeaderMapping.column(mapping.kind(), column).map(Column::multiValued).orElse(false);
                moved = new Problem(problem.severity(), problem.code(), path,
                        raw == null || list ? problem.value() : raw,
                        problem.details(), location(column));
            }
            add(moved);
        }
    }

    private void add(Problem problem) {
        if (problems.isEmpty()) {
            problems = new ArrayList<>();
        }
        problems.add(problem);
        errors |= problem.severity() == Severity.ERROR;
    }

    Location location(String column) {
        return mapping.location(source, line, column);
    }

    boolean hasErrors() {
        return errors;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The lower-case ASCII slug of a label, as local ids are written: {@code Les Couëts} gives {@code les-couets}. */
    static String slug(String label) {
        String unaccented = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace("Œ", "Oe").replace("œ", "oe").replace("Æ", "Ae").replace("æ", "ae").replace("ß", "ss");
        return unaccented.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The first segment of a property path: {@code population} for {@code population.count}, {@code codes} for {@code codes[0]}. */
    static String head(String path) {
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                end = i;
                break;
            }
        }
        return path.substring(0, end);
    }
}
