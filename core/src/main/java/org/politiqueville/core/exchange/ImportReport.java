package org.politiqueville.core.exchange;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.Severity;
import org.politiqueville.core.validation.ValidationReport;

/**
 * What happened when a file was read: how many records were read, accepted and rejected, how the
 * file was written (its dialect), and every problem found, with its location.
 *
 * <p>Immutable. The counts always add up: {@code read = accepted + rejected}. A record with only
 * warnings is accepted; a record with an error is rejected. Problems about the whole file (an
 * unknown column, a missing one) are reported without counting a record. Readers build a report
 * with a {@link Builder}; callers render it with {@link #format(Locale)}, {@link #writeJson} or
 * {@link #writeCsv}, with messages in French or English.
 */
public final class ImportReport {

    private static final String BUNDLE = "org.politiqueville.core.exchange.messages";
    private static final String[] CSV_HEADER = {"severity", "code", "source", "line", "column", "columnName",
        "pointer", "path", "value", "message"};

    private final RecordKind kind;
    private final String source;
    private final long read;
    private final long accepted;
    private final long rejected;
    private final Map<String, String> dialect;
    private final ValidationReport problems;

    private ImportReport(RecordKind kind, String source, long read, long accepted, long rejected,
                         Map<String, String> dialect, ValidationReport problems) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.source = Objects.requireNonNull(source, "source");
        if (accepted < 0 || rejected < 0 || read != accepted + rejected) {
            throw new IllegalArgumentException("counts do not add up: read " + read + ", accepted " + accepted
                    + ", rejected " + rejected);
        }
        this.read = read;
        this.accepted = accepted;
        this.rejected = rejected;
        Map<String, String> copy = new LinkedHashMap<>();
        dialect.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "dialect key"),
                Objects.requireNonNull(value, "dialect value")));
        this.dialect = Collections.unmodifiableMap(copy);
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /**
     * A report from its parts.
     *
     * @param kind     the kind of records read, not null
     * @param source   the file name or other source label, not null ({@code ""} if unknown)
     * @param read     the number of records read
     * @param accepted the number of records accepted
     * @param rejected the number of records rejected
     * @param dialect  how the file was written, such as {@code encoding=windows-1252}, in display
     *                 order, not null, no null key or value
     * @param problems the problems found, not null
     * @return the report, not null
     * @throws IllegalArgumentException if a count is negative or {@code read != accepted + rejected}
     */
    public static ImportReport of(RecordKind kind, String source, long read, long accepted, long rejected,
                                  Map<String, String> dialect, ValidationReport problems) {
        return new ImportReport(kind, source, read, accepted, rejected, dialect, problems);
    }

    /**
     * A builder for a reader to fill record by record.
     *
     * @param kind the kind of records read, not null
     * @return a new builder, not null
     */
    public static Builder builder(RecordKind kind) {
        return new Builder(kind);
    }

    /**
     * The kind of records read.
     *
     * @return the kind, not null
     */
    public RecordKind kind() {
        return kind;
    }

    /**
     * The file name or other source label.
     *
     * @return the source, {@code ""} if unknown
     */
    public String source() {
        return source;
    }

    /**
     * How many records were read.
     *
     * @return {@code accepted() + rejected()}
     */
    public long read() {
        return read;
    }

    /**
     * How many records were accepted, with or without warnings.
     *
     * @return the count, not negative
     */
    public long accepted() {
        return accepted;
    }

    /**
     * How many records were rejected because of an error.
     *
     * @return the count, not negative
     */
    public long rejected() {
        return rejected;
    }

    /**
     * How many warnings were reported, about records or the whole file.
     *
     * @return the number of problems of severity {@link Severity#WARNING}
     */
    public long warnings() {
        return problems.warnings().size();
    }

    /**
     * How many errors were reported, about records or the whole file.
     *
     * @return the number of problems of severity {@link Severity#ERROR}
     */
    public long errors() {
        return problems.errors().size();
    }

    /**
     * How the file was written, as the reader detected or was told: keys such as {@code format},
     * {@code encoding}, {@code delimiter}, {@code decimalSeparator}, {@code lineSeparator},
     * {@code bom}, in display order.
     *
     * @return an unmodifiable map, not null
     */
    public Map<String, String> dialect() {
        return dialect;
    }

    /**
     * The problems found, in the order found.
     *
     * @return the report, not null
     */
    public ValidationReport problems() {
        return problems;
    }

    /**
     * The report as text in the given language: a summary line, the dialect, then one line per problem.
     *
     * @param locale the caller's locale: French for any French locale, English otherwise; not null
     * @return the text, not null
     */
    public String format(Locale locale) {
        Locale language = isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, isFrench(locale) ? Locale.FRENCH : Locale.ROOT);
        String label = source.isEmpty() ? kind.id() : source + " (" + kind.id() + ")";
        StringBuilder text = new StringBuilder(new MessageFormat(bundle.getString("summary"), language)
                .format(new Object[] {label, read, accepted, rejected, errors(), warnings()}));
        if (!dialect.isEmpty()) {
            String described = dialect.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                    .collect(Collectors.joining(", "));
            text.append(System.lineSeparator())
                    .append(new MessageFormat(bundle.getString("format"), language).format(new Object[] {described}));
        }
        if (!problems.isEmpty()) {
            text.append(System.lineSeparator()).append(problems.format(locale));
        }
        return text.toString();
    }

    /**
     * Writes the report as one JSON object: {@code kind}, {@code source}, the counts {@code read},
     * {@code accepted}, {@code rejected}, {@code errors}, {@code warnings}, the {@code dialect}
     * object, and {@code problems}, an array with one object per problem: {@code severity},
     * {@code code}, {@code source}, {@code line}, {@code column}, {@code columnName},
     * {@code pointer}, {@code path}, {@code value}, {@code details} and {@code message} (in the
     * given language). An unknown source, line or column, and an empty location text, are
     * {@code null}.
     *
     * @param out    where to write, not null
     * @param locale the language of the messages, not null
     * @throws IOException if {@code out} fails
     */
    public void writeJson(Appendable out, Locale locale) throws IOException {
        Objects.requireNonNull(locale, "locale");
        out.append("{\n  \"kind\": ").append(Json.string(kind.id()))
                .append(",\n  \"source\": ").append(Json.stringOrNull(source))
                .append(",\n  \"read\": ").append(Long.toString(read))
                .append(",\n  \"accepted\": ").append(Long.toString(accepted))
                .append(",\n  \"rejected\": ").append(Long.toString(rejected))
                .append(",\n  \"errors\": ").append(Long.toString(errors()))
                .append(",\n  \"warnings\": ").append(Long.toString(warnings()))
                .append(",\n  \"dialect\": {");
        String separator = "";
        for (Map.Entry<String, String> entry : dialect.entrySet()) {
            out.append(separator).append(Json.string(entry.getKey())).append(": ").append(Json.string(entry.getValue()));
            separator = ", ";
        }
        out.append("},\n  \"problems\": [");
        separator = "\n    ";
        for (Problem problem : problems.problems()) {
            Location location = problem.location();
            out.append(separator)
                    .append("{\"severity\": ").append(Json.string(problem.severity().name()))
                    .append(", \"code\": ").append(Json.string(problem.code().name()))
                    .append(", \"source\": ").append(Json.stringOrNull(location.source()))
                    .append(", \"line\": ").append(location.line() == 0 ? "null" : Long.toString(location.line()))
                    .append(", \"column\": ").append(location.column() == 0 ? "null" : Integer.toString(location.column()))
                    .append(", \"columnName\": ").append(Json.stringOrNull(location.columnName()))
                    .append(", \"pointer\": ").append(Json.stringOrNull(location.pointer()))
                    .append(", \"path\": ").append(Json.string(problem.path()))
                    .append(", \"value\": ").append(problem.value() == null ? "null" : Json.string(problem.value()))
                    .append(", \"details\": [")
                    .append(problem.details().stream().map(Json::string).collect(Collectors.joining(", ")))
                    .append("], \"message\": ").append(Json.string(problem.message(locale))).append('}');
            separator = ",\n    ";
        }
        out.append(problems.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    }

    /**
     * Writes the problems as an RFC 4180 CSV table: a header row then one row per problem, with
     * the columns {@code severity}, {@code code}, {@code source}, {@code line}, {@code column},
     * {@code columnName}, {@code pointer}, {@code path}, {@code value} and {@code message} (in the
     * given language); comma-separated, CRLF line ends, fields quoted when they hold a comma, a
     * quote or a line break. An unknown line or column is an empty field.
     *
     * <p>The counts are not in this table (a CSV file holds one table): they are in
     * {@link #writeJson} and {@link #format(Locale)}. Because such a file is opened in spreadsheets,
     * a text field starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
     * return is prefixed with an apostrophe, so that it cannot run as a formula.
     *
     * @param out    where to write, not null
     * @param locale the language of the messages, not null
     * @throws IOException if {@code out} fails
     */
    public void writeCsv(Appendable out, Locale locale) throws IOException {
        Objects.requireNonNull(locale, "locale");
        writeCsvRow(out, CSV_HEADER);
        for (Problem problem : problems.problems()) {
            Location location = problem.location();
            writeCsvRow(out, new String[] {problem.severity().name(), problem.code().name(), location.source(),
                location.line() == 0 ? "" : Long.toString(location.line()),
                location.column() == 0 ? "" : Integer.toString(location.column()), location.columnName(),
                location.pointer(), problem.path(), problem.value() == null ? "" : problem.value(),
                problem.message(locale)});
        }
    }

    private static void writeCsvRow(Appendable out, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(Csv.field(fields[i]));
        }
        out.append("\r\n");
    }

    private static boolean isFrench(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportReport report && kind == report.kind && source.equals(report.source)
                && read == report.read && accepted == report.accepted && rejected == report.rejected
                && dialect.equals(report.dialect) && problems.equals(report.problems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, source, read, accepted, rejected, dialect, problems);
    }

    /**
     * The report in English, as {@link #format(Locale)} gives it.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }

    /** JSON string literals; core has no JSON library and needs nothing more. */
    static final class Json {

        private static final char[] HEX = "0123456789abcdef".toCharArray();

        private Json() {
        }

        static String stringOrNull(String text) {
            return text.isEmpty() ? "null" : string(text);
        }

        /** A JSON string literal (RFC 8259) holding the text, lone surrogates escaped so the output stays valid Unicode. */
        static String string(String text) {
            StringBuilder json = new StringBuilder(text.length() + 2).append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\b' -> json.append("\\b");
                    case '\f' -> json.append("\\f");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                                && Character.isLowSurrogate(text.charAt(i + 1));
                        boolean pairedLow = Character.isLowSurrogate(c) && i > 0
                                && Character.isHighSurrogate(text.charAt(i - 1));
                        if (c < 0x20 || c == '\u2028' || c == '\u2029'
                                || (Character.isSurrogate(c) && !pairedHigh && !pairedLow)) {
                            json.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                                    .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            return json.append('"').toString();
        }
    }

    /** RFC 4180 fields, neutralised against spreadsheet formula injection. */
    static final class Csv {

        private Csv() {
        }

        static String field(String text) {
            String safe = text;
            if (!text.isEmpty()) {
                char first = text.charAt(0);
                if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
                    safe = "'" + text;
                }
            }
            boolean quote = false;
            for (int i = 0; i < safe.length() && !quote; i++) {
                char c = safe.charAt(i);
                quote = c == ',' || c == '"' || c == '\r' || c == '\n';
            }
            return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
        }
    }

    /**
     * Collects the outcome of each record while a file is read, then builds the report. Not
     * thread-safe.
     */
    public static final class Builder {

        private final RecordKind kind;
        private final ValidationReport.Builder problems = ValidationReport.builder();
        private final Map<String, String> dialect = new LinkedHashMap<>();
        private String source = "";
        private long accepted;
        private long rejected;

        private Builder(RecordKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /**
         * Sets the file name or other source label.
         *
         * @param newSource the label, not null
         * @return this builder
         */
        public Builder source(String newSource) {
            this.source = Objects.requireNonNull(newSource, "source");
            return this;
        }

        /**
         * Adds (or replaces) a fact about how the file is written, such as {@code encoding} or
         * {@code delimiter}.
         *
         * @param key   the fact's name, not null
         * @param value its value, not null
         * @return this builder
         */
        public Builder dialect(String key, String value) {
            dialect.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Counts a record as accepted. Its warnings, if any, are added with {@link #warning(Problem)}.
         *
         * @return this builder
         */
        public Builder accepted() {
            accepted++;
            return this;
        }

        /**
         * Counts a record as rejected, with the problems that reject it.
         *
         * @param recordProblems the record's problems, not null, at least one of them an error
         * @return this builder
         * @throws IllegalArgumentException if no problem is an error: a rejection must say why
         */
        public Builder rejected(List<Problem> recordProblems) {
            List<Problem> copy = new ArrayList<>(recordProblems);
            if (copy.stream().noneMatch(problem -> problem.severity() == Severity.ERROR)) {
                throw new IllegalArgumentException("a rejected record needs at least one error: " + copy);
            }
            copy.forEach(problems::add);
            rejected++;
            return this;
        }

        /**
         * Adds a warning about an accepted record or the whole file.
         *
         * @param warning the warning, not null
         * @return this builder
         * @throws IllegalArgumentException if the problem is an error
         */
        public Builder warning(Problem warning) {
            if (warning.severity() != Severity.WARNING) {
                throw new IllegalArgumentException("not a warning: " + warning);
            }
            problems.add(warning);
            return this;
        }

        /**
         * Adds problems about the whole file rather than a record, such as those of the header row
         * ({@link ColumnMapping#problems()}) or a malformed end of file; no record is counted.
         *
         * @param fileProblems the problems, not null
         * @return this builder
         */
        public Builder fileProblems(ValidationReport fileProblems) {
            problems.addAll(fileProblems);
            return this;
        }

        /**
         * Adds one problem about the whole file; no record is counted.
         *
         * @param fileProblem the problem, not null
         * @return this builder
         */
        public Builder fileProblem(Problem fileProblem) {
            problems.add(fileProblem);
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report, not null
         */
        public ImportReport build() {
            return new ImportReport(kind, source, accepted + rejected, accepted, rejected, dialect, problems.build());
        }
    }
}
