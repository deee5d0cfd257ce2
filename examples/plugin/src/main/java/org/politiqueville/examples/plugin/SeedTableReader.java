package org.politiqueville.examples.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.politiqueville.core.catalogue.CatalogueRules;
import org.politiqueville.core.catalogue.Category;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.spi.RecordReader;
import org.politiqueville.core.territory.TerritoryKind;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;
import org.politiqueville.core.validation.Severity;
import org.politiqueville.core.validation.ValidationReport;
import org.politiqueville.examples.plugin.SeedTableCells.Column;

/** Reads a seed table into documents, one row at a time. */
final class SeedTableReader implements RecordReader {

    private static final List<Column> REQUIRED = List.of(Column.TITLE, Column.CATEGORIES, Column.PERIOD);

    private final ReadOptions options;

    SeedTableReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public ImportReport read(InputStream input, String source, Consumer<Object> accepted) throws IOException {
        ImportReport.Builder report = ImportReport.builder(RecordKind.DOCUMENTS).source(source)
                .dialect("format", SeedTableFormatAdapter.NAME).dialect("encoding", "UTF-8");
        BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        Table table = new Table(source, options, report, accepted);
        long number = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!table.line(line, number)) {
                    break;
                }
            }
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException(Problem.error(ProblemCode.MALFORMED_INPUT, "", null,
                    "bytes that are not UTF-8").at(Location.ofLine(source, number + 1)), e);
        }
        if (!table.hasHeader()) {
            throw missingHeader(source, Math.max(number, 1), REQUIRED);
        }
        return report.build();
    }

    private static UnreadableInputException missingHeader(String source, long line, List<Column> missing) {
        return new UnreadableInputException(ProblemCode.MISSING_COLUMN, Location.ofLine(source, line),
                missing.stream().map(Column::header).collect(Collectors.joining(", ")),
                Stream.of(Column.values()).map(Column::header).collect(Collectors.joining(" | ")));
    }

    /** The state of one table being read. */
    private static final class Table {

        private final String source;
        private final CityContract referential;
        private final boolean strict;
        private final ImportReport.Builder report;
        private final Consumer<Object> accepted;
        private final Set<String> ids = new HashSet<>();
        private List<Column> columns;
        private boolean ruleAllowed;
        private int index;

        Table(String source, ReadOptions options, ImportReport.Builder report, Consumer<Object> accepted) {
            this.source = source;
            this.referential = options.referential();
            this.strict = options.strict();
            this.report = report;
            this.accepted = accepted;
        }

        boolean hasHeader() {
            return columns != null;
        }

        /** Takes one line; false once the table has ended. */
        boolean line(String line, long number) {
            if (columns == null) {
                if (SeedTableCells.hasPipe(line)) {
                    header(SeedTableCells.split(line), number);
                }
                return true;
            }
            if (line.isBlank()) {
                return true;
            }
            if (!SeedTableCells.hasPipe(line)) {
                return false;
            }
            List<String> cells = SeedTableCells.split(line);
            if (ruleAllowed && SeedTableCells.isRule(cells)) {
                ruleAllowed = false;
                return true;
            }
            ruleAllowed = false;
            row(cells, number);
            return true;
        }

        private void header(List<String> headers, long number) {
            List<Column> found = new ArrayList<>();
            for (String header : headers) {
                Column column = Column.match(header).orElse(null);
                if (column == null) {
                    report.fileProblem(Problem.warning(ProblemCode.UNKNOWN_COLUMN, "", header, RecordKind.DOCUMENTS.id())
                            .at(Location.ofCell(source, number, found.size() + 1, header)));
                } else if (found.contains(column)) {
                    report.fileProblem(Problem.warning(ProblemCode.DUPLICATE_COLUMN, "", header, column.header())
                            .at(Location.ofCell(source, number, found.size() + 1, header)));
                    column = null;
                }
                found.add(column);
            }
            List<Column> missing = REQUIRED.stream().filter(column -> !found.contains(column)).toList();
            if (!missing.isEmpty()) {
                throw missingHeader(source, number, missing);
            }
            columns = found;
            ruleAllowed = true;
        }

        private void row(List<String> cells, long number) {
            String path = "documents[" + index++ + "]";
            Map<Column, String> values = new EnumMap<>(Column.class);
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                Column column = i < columns.size() ? columns.get(i) : null;
                if (column != null) {
                    values.put(column, cells.get(i));
                } else if (i >= columns.size() && !cells.get(i).isEmpty()) {
                    problems.add(Problem.error(ProblemCode.INVALID_FORMAT, path, cells.get(i),
                            "at most " + columns.size() + " cells").at(Location.ofCell(source, number, i + 1, "")));
                }
            }
            String title = values.getOrDefault(Column.TITLE, "");
            if (title.isEmpty()) {
                problems.add(Problem.error(ProblemCode.REQUIRED, path + ".title", title).at(cell(Column.TITLE, number)));
            }
            List<Category> categories = parse(() -> Category.parseList(values.getOrDefault(Column.CATEGORIES, "")),
                    Column.CATEGORIES, path + ".categories", number, problems);
            Period period = parse(() -> Period.parse(values.getOrDefault(Column.PERIOD, "")), Column.PERIOD,
                    path + ".period", number, problems);
            URI link = parse(() -> link(values.getOrDefault(Column.LINK, "")), Column.LINK, path + ".link", number,
                    problems);
            Document document = null;
            if (problems.isEmpty()) {
                document = parse(() -> Document.builder(title, period).categories(categories)
                        .typeLabel(values.get(Column.TYPE)).link(link).build(), Column.TITLE, path, number, problems);
            }
            if (document != null && !ids.add(document.id())) {
                problems.add(Problem.error(ProblemCode.DUPLICATE_ID, path + ".id", document.id())
                        .at(cell(Column.TITLE, number)));
            }
            if (document != null) {
                RuleContext context = new RuleContext(ValidationReport.builder(), strict);
                CatalogueRules.checkQuarterCategories(document, path, this::resolvesToQuarterOrDistrict, context);
                CatalogueRules.checkLink(document, path, context);
                for (Problem problem : context.report().problems()) {
                    Column column = problem.path().contains(".link") ? Column.LINK : Column.CATEGORIES;
                    problems.add(problem.at(cell(column, number)));
                }
            }
            if (problems.stream().anyMatch(problem -> problem.severity() == Severity.ERROR)) {
                report.rejected(problems);
            } else {
                report.accepted();
                problems.forEach(report::warning);
                accepted.accept(document);
            }
        }

        private boolean resolvesToQuarterOrDistrict(String name) {
            return referential.resolver().resolve(name, TerritoryKind.QUARTER).territory().isPresent()
                    || referential.resolver().resolve(name, TerritoryKind.DISTRICT).territory().isPresent();
        }

        private Location cell(Column column, long number) {
            int position = columns.indexOf(column);
            return position < 0 ? Location.ofLine(source, number)
                    : Location.ofCell(source, number, position + 1, column.header());
        }

        private <T> T parse(Parser<T> parser, Column column, String path, long number, List<Problem> problems) {
            try {
                return parser.parse();
            } catch (InvalidValueException e) {
                problems.add(e.toProblem(path).at(cell(column, number)));
                return null;
            }
        }
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse();
    }

    private static URI link(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidValueException(ProblemCode.INVALID_FORMAT, text, "a web address (URI)");
        }
    }
}
