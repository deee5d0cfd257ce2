package org.politiqueville.examples.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.politiqueville.core.catalogue.Category;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.exchange.AtomicFiles;
import org.politiqueville.core.spi.RecordSink;
import org.politiqueville.examples.plugin.SeedTableCells.Column;

/**
 * Writes documents as a seed table. The rows are kept in memory (a catalogue has tens of documents,
 * not millions) and written to the target atomically on commit, so nothing appears before.
 */
final class SeedTableSink implements RecordSink {

    private final Path target;
    private final List<String> rows = new ArrayList<>();
    private boolean closed;

    SeedTableSink(Path target) {
        this.target = target;
    }

    @Override
    public void accept(Object record) {
        if (!(record instanceof Document document)) {
            throw new IllegalArgumentException("a seed table holds documents, not "
                    + (record == null ? "null" : record.getClass().getName()));
        }
        requireOpen();
        rows.add(line(Stream.of(document.title(), Category.formatList(document.categories()),
                document.period().toString(), Objects.toString(document.typeLabel(), ""),
                document.link() == null ? "" : document.link().toString())));
    }

    @Override
    public void commit() throws IOException {
        requireOpen();
        AtomicFiles.writeText(target, StandardCharsets.UTF_8, out -> {
            out.write(line(Stream.of(Column.values()).map(Column::header)));
            out.write('\n');
            out.write(Stream.of(Column.values()).map(column -> "---").collect(Collectors.joining("|", "", "|")));
            out.write('\n');
            for (String row : rows) {
                out.write(row);
                out.write('\n');
            }
        });
        closed = true;
    }

    @Override
    public void close() {
        closed = true;
        rows.clear();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the sink for " + target + " is closed");
        }
    }

    private static String line(Stream<String> cells) {
        return cells.map(SeedTableCells::escape).collect(Collectors.joining(" | ", "", " |"));
    }
}
