package org.politiqueville.examples.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.spi.RecordReader;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.csv.CsvFormatAdapter;
import org.politiqueville.json.JsonKind;
import org.politiqueville.json.JsonLayout;
import org.politiqueville.json.PolitiqueVilleJson;
import scala.Tuple2;

/**
 * Converts one whole CSV file inside a Spark task, with the very reader the single-process job uses
 * (the {@code csv} format adapter: dialect detected once for the file, header mapped, every row
 * mapped and validated), so that both give the same records and problems by construction.
 *
 * <p>A file is never cut: a quoted cell may hold line breaks, so a byte offset does not tell where
 * a record starts, and the dialect is detected from the file's start. The task emits rows of two
 * columns, the dataset they belong to and their text: one JSON line per accepted record (dataset:
 * the record kind), one JSON object per problem ({@value #REJECTS}), one summary ({@value #SUMMARY}).
 * A file the reader refuses as a whole (unreadable encoding, a required column missing) gives its
 * problem and a summary marked unreadable, and no record, as the single-process job writes nothing
 * for it.
 */
final class FileConversion implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {

    /** The dataset of problems. */
    static final String REJECTS = "rejects";
    /** The dataset of per-file counts. */
    static final String SUMMARY = "summary";

    private static final long serialVersionUID = 1L;
    /** Records turned into JSON Lines per batch: one generator per batch rather than per record. */
    private static final int BATCH = 512;
    private static final PolitiqueVilleJson JSON = PolitiqueVilleJson.compact();

    private final Broadcast<byte[]> referential;
    private final RecordKind kind;
    private final Locale locale;
    private final boolean strict;
    private final Map<String, String> properties;

    FileConversion(Broadcast<byte[]> referential, RecordKind kind, Locale locale, boolean strict,
                   Map<String, String> properties) {
        this.referential = referential;
        this.kind = kind;
        this.locale = locale;
        this.strict = strict;
        this.properties = Map.copyOf(properties);
    }

    /** The reader, checking the options: a bad {@code --limit} fails on the driver, not in a task. */
    RecordReader reader() {
        ReadOptions options = new ReadOptions(kind, Referentials.of(referential), locale, strict, properties);
        return new CsvFormatAdapter().reader(options);
    }

    @Override
    public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws IOException {
        String source = source(file._1());
        List<Row> rows = new ArrayList<>();
        Lines lines = new Lines(rows);
        ImportReport report;
        try (InputStream in = file._2().open()) {
            report = reader().read(in, source, lines::accept);
            lines.flush();
        } catch (UnreadableInputException e) {
            rows.clear();
            Problem problem = e.problem();
            rows.add(RowFactory.create(REJECTS, problem(source, problem)));
            String text = Texts.of(locale).get("unreadable", source, where(problem, locale) + problem.message(locale));
            rows.add(RowFactory.create(SUMMARY, new JsonText().field("file", source).field("kind", (String) null)
                    .field("read", 0).field("accepted", 0).field("rejected", 0).field("errors", 1)
                    .field("warnings", 0).field("unreadable", true).field("text", text).toString()));
            return rows.iterator();
        }
        for (Problem problem : report.problems().problems()) {
            rows.add(RowFactory.create(REJECTS, problem(source, problem)));
        }
        rows.add(RowFactory.create(SUMMARY, summary(source, report)));
        return rows.iterator();
    }

    /**
     * The file's name in problem locations: a local file as the single-process job names it (its
     * path), any other file system by its URI.
     */
    static String source(String uri) {
        if (uri.startsWith("file:")) {
            String path = uri.substring("file:".length());
            return path.startsWith("///") ? path.substring(2) : path;
        }
        return uri;
    }

    /** A problem as a flat JSON object: the single-process report's fields, its source as {@code file}. */
    private String problem(String source, Problem problem) {
        Location location = problem.location();
        return new JsonText()
                .field("file", location.source().isEmpty() ? source : location.source())
                .positive("line", location.line())
                .positive("column", location.column())
                .field("columnName", location.columnName())
                .field("severity", problem.severity().name())
                .field("code", problem.code().name())
                .field("path", problem.path())
                .field("value", problem.value())
                .field("message", problem.message(locale))
                .toString();
    }

    /** The counts, and the lines the single-process job prints before the problems. */
    private String summary(String source, ImportReport report) {
        List<String> text = report.format(locale).lines().toList();
        int header = report.dialect().isEmpty() ? 1 : 2;
        return new JsonText().field("file", source).field("kind", report.kind().id())
                .field("read", report.read()).field("accepted", report.accepted())
                .field("rejected", report.rejected()).field("errors", report.errors())
                .field("warnings", report.warnings()).field("unreadable", false)
                .field("text", text.subList(0, Math.min(header, text.size())).stream()
                        .collect(Collectors.joining("\n")))
                .toString();
    }

    private static String where(Problem problem, Locale locale) {
        String where = problem.location().format(locale);
        return where.isEmpty() ? "" : where + ": ";
    }

    /** Accepted records, written as JSON Lines by the JSON adapter in batches. */
    private static final class Lines {

        private final List<Row> rows;
        private final List<Object> batch = new ArrayList<>(BATCH);
        private JsonKind<?> kind;

        Lines(List<Row> rows) {
            this.rows = rows;
        }

        void accept(Object record) {
            if (kind == null) {
                kind = JsonKind.values().stream().filter(candidate -> candidate.type().isInstance(record))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("a reader handed over a " + record.getClass()));
            }
            batch.add(record);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            write(kind);
            batch.clear();
        }

        private <T> void write(JsonKind<T> jsonKind) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(batch.size() * 256);
            JSON.writeAll(jsonKind, batch.stream().map(jsonKind.type()::cast).toList(), JsonLayout.LINES, bytes);
            String text = bytes.toString(StandardCharsets.UTF_8);
            String dataset = jsonKind.recordKind().id();
            int start = 0;
            for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
                rows.add(RowFactory.create(dataset, text.substring(start, end)));
                start = end + 1;
            }
        }
    }
}
