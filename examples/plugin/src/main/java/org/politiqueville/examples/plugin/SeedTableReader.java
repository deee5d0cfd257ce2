package org.politiqueville.examples.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.MappingOptions;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.RecordMapperCache;
import org.politiqueville.core.exchange.TableImport;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.spi.RecordReader;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.examples.plugin.SeedTableCells.Column;

/**
 * Reads a seed table: finds its header and rows and splits them into cells; the core's
 * {@link TableImport} maps the cells into documents and reports on them, as it does for CSV files
 * and spreadsheets.
 */
final class SeedTableReader implements RecordReader {

    /**
     * The columns every seed table has. The core needs only the title, but a table without the
     * categories and the year is not the page's table, and each of its rows would be rejected.
     */
    private static final List<Column> REQUIRED = List.of(Column.TITLE, Column.CATEGORIES, Column.PERIOD);

    /** Kept for every input this reader reads: mappers remember the names they resolved. */
    private final RecordMapperCache mappers;

    SeedTableReader(ReadOptions options) {
        this.mappers = new RecordMapperCache(options.referential(),
                MappingOptions.builder().strict(options.strict()).build());
    }

    @Override
    public ImportReport read(InputStream input, String source, Consumer<Object> accepted) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        TableImport<Object> table = null;
        boolean ruleAllowed = false;
        long number = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (table == null) {
                    if (SeedTableCells.hasPipe(line)) {
                        table = open(SeedTableCells.split(line), source, number, accepted);
                        ruleAllowed = true;
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                if (!SeedTableCells.hasPipe(line)) {
                    break;
                }
                List<String> cells = SeedTableCells.split(line);
                if (ruleAllowed && SeedTableCells.isRule(cells)) {
                    ruleAllowed = false;
                    continue;
                }
                ruleAllowed = false;
                row(table, cells, source, number);
            }
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException(Problem.error(ProblemCode.MALFORMED_INPUT, "", null,
                    "bytes that are not UTF-8").at(Location.ofLine(source, number + 1)), e);
        }
        if (table == null) {
            throw missingColumns(source, Math.max(number, 1), REQUIRED);
        }
        return table.finish();
    }

    /**
     * The import of the rows under this header; a header without the required columns makes the
     * input unreadable.
     */
    private TableImport<Object> open(List<String> header, String source, long line, Consumer<Object> accepted) {
        TableImport<Object> table;
        try {
            table = TableImport.builder(mappers, header, source).kind(RecordKind.DOCUMENTS).headerLine(line)
                    .open(Object.class, accepted);
        } catch (InvalidValueException e) {
            // A reader says that the whole input cannot be read by throwing UnreadableInputException.
            throw new UnreadableInputException(e.toProblem("").at(Location.ofLine(source, line)), e);
        }
        List<Column> missing = REQUIRED.stream().filter(column -> !table.mapping().has(column.column())).toList();
        if (!missing.isEmpty()) {
            throw missingColumns(source, line, missing);
        }
        return table.dialect("format", SeedTableFormatAdapter.NAME).dialect("encoding", "UTF-8");
    }

    /**
     * Hands a row to the table, unless it has non-empty cells right of the header: the page's rows
     * never do, so such a row was split wrong (an unescaped pipe in a cell) and its cells cannot be
     * trusted.
     */
    private static void row(TableImport<Object> table, List<String> cells, String source, long line) {
        int width = table.mapping().headers().size();
        for (int i = width; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                table.rejectRow(List.of(Problem.error(ProblemCode.INVALID_FORMAT, "", cells.get(i),
                        "at most " + width + " cells").at(Location.ofCell(source, line, i + 1, ""))));
                return;
            }
        }
        table.row(cells.size() > width ? cells.subList(0, width) : cells, line);
    }

    private static UnreadableInputException missingColumns(String source, long line, List<Column> missing) {
        return new UnreadableInputException(ProblemCode.MISSING_COLUMN, Location.ofLine(source, line),
                missing.stream().map(Column::column).collect(Collectors.joining(", ")),
                missing.stream().map(Column::header).collect(Collectors.joining(", ")));
    }
}
