package org.politiqueville.csv.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.politiqueville.core.engagement.EngagementStatus;
import org.politiqueville.core.engagement.Pillar;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.governance.BodyKind;
import org.politiqueville.core.indicator.ObservationStatus;
import org.politiqueville.core.indicator.Unit;

/**
 * Frictionless Data Package descriptors (Table Schema v1) for the tables the exporter writes,
 * written by hand: the adapter has no JSON library.
 */
public final class DataPackage {

    private static final String QPV = "(QP[0-9]{2}[0-9AB][0-9]{3}|QN[0-9]{2}[0-9AB][0-9]{2}[MINC])";
    private static final String INSEE = "([0-9]{2}|2[AB])[0-9]{3}";
    private static final String ISO_DATE = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
    private static final String PERIOD = "^" + ISO_DATE + "(/" + ISO_DATE + ")?$";
    private static final List<String> MARKERS = List.of("", "s", "nd", "ns", "so");
    private static final Map<RecordKind, List<Field>> FIELDS = fields();

    private DataPackage() {
    }

    /** A field of a table schema: name, type, description and constraints as JSON members. */
    private record Field(String name, String type, String description, String constraints) {
    }

    /** One table of a package: the kind of its records, its file name and how it is written. */
    public record Table(RecordKind kind, String path, List<String> columns, char delimiter, char quote,
                        String lineTerminator, String encoding, char decimalSeparator) {
    }

    private static Map<RecordKind, List<Field>> fields() {
        Map<RecordKind, List<Field>> fields = new HashMap<>();
        fields.put(RecordKind.QUARTERS, List.of(
                field("id", "string", "Local identifier (slug)", required()),
                field("label", "string", "Official or usual name", required()),
                field("qpvCode", "string", "QPV codes (2015, 2024), comma-separated", list(QPV)),
                field("communeCodes", "string", "INSEE codes of its communes, comma-separated", list(INSEE)),
                field("status", "string", "prioritaire or veille", required() + ", " + oneOf("prioritaire", "veille")),
                field("population", "integer", "Number of inhabitants", "\"minimum\": 0"),
                field("populationYear", "year", "Year of the population", ""),
                field("aliases", "string", "Other names, comma-separated", "")));
        fields.put(RecordKind.COMMUNES, List.of(
                field("code", "string", "INSEE commune code", required() + ", " + pattern("^" + INSEE + "$")),
                field("name", "string", "Name", required())));
        fields.put(RecordKind.OBSERVATIONS, List.of(
                field("territory", "string", "Name of the territory", required()),
                field("territoryCode", "string", "Territory reference (kind:id)", required()),
                field("indicator", "string", "Indicator code", required()),
                field("period", "string", "Year or period (ISO 8601, start/end)", required() + ", " + pattern(PERIOD)),
                field("value", "number", "Value; s = statistical secrecy, nd = not available, "
                        + "ns = not significant, so = not applicable", ""),
                field("unit", "string", "Unit", oneOf(Stream.of(Unit.values()).map(Unit::symbol).toArray(String[]::new))),
                field("status", "string", "SDMX observation status", required() + ", "
                        + oneOf(Stream.of(ObservationStatus.values()).map(ObservationStatus::sdmxCode)
                                .toArray(String[]::new))),
                field("source", "string", "Source", "")));
        fields.put(RecordKind.DOCUMENTS, List.of(
                field("id", "string", "Identifier", required()),
                field("title", "string", "Title", required()),
                field("categories", "string", "Categories (Facet : value), comma-separated", ""),
                field("period", "string", "Year or period covered (ISO 8601, start/end)", required() + ", "
                        + pattern(PERIOD)),
                field("type", "string", "Type label", ""),
                field("link", "string", "Web address", ""),
                field("mediaType", "string", "Media type", "")));
        fields.put(RecordKind.INDICATORS, List.of(
                field("code", "string", "Code", required()),
                field("name", "string", "Label", required()),
                field("unit", "string", "Unit", required() + ", "
                        + oneOf(Stream.of(Unit.values()).map(Unit::symbol).toArray(String[]::new))),
                field("source", "string", "Source", required()),
                field("description", "string", "Definition", ""),
                field("aliases", "string", "Other names, comma-separated", "")));
        fields.put(RecordKind.BODIES, List.of(
                field("id", "string", "Identifier", required()),
                field("name", "string", "Name", required()),
                field("type", "string", "Kind of body", required() + ", "
                        + oneOf(Stream.of(BodyKind.values()).map(Enum::name).toArray(String[]::new))),
                field("territories", "string", "Territories covered (kind:id), comma-separated", ""),
                field("startDate", "string", "Installation date", ""),
                field("endDate", "string", "End date", ""),
                field("members", "string", "Member organisations, comma-separated", ""),
                field("residents", "integer", "Members of the residents' college", "\"minimum\": 0"),
                field("residentWomen", "integer", "Women among the residents", "\"minimum\": 0"),
                field("residentMen", "integer", "Men among the residents", "\"minimum\": 0"),
                field("drawnByLot", "string", "Residents drawn by lot: oui, non, mixte", oneOf("oui", "non", "mixte")),
                field("localActors", "integer", "Members of the local actors' college", "\"minimum\": 0"),
                field("siren", "string", "SIREN", pattern("^[0-9]{9}$")),
                field("rna", "string", "RNA number", "")));
        fields.put(RecordKind.ENGAGEMENTS, List.of(
                field("id", "string", "Identifier", required()),
                field("title", "string", "Title", required()),
                field("description", "string", "Description", ""),
                field("parent", "string", "Parent engagement id", ""),
                field("pillar", "string", "Pillar of the contract", required() + ", "
                        + oneOf(Stream.of(Pillar.values()).map(Pillar::label).toArray(String[]::new))),
                field("status", "string", "Status", required() + ", "
                        + oneOf(Stream.of(EngagementStatus.values()).map(Enum::name).toArray(String[]::new))),
                field("progress", "integer", "Progress in percent", required() + ", \"minimum\": 0, \"maximum\": 100"),
                field("weight", "number", "Weight within the parent", "\"minimum\": 0"),
                field("signatories", "string", "Signatories, comma-separated", ""),
                field("territories", "string", "Territories (kind:id), comma-separated", ""),
                field("startDate", "string", "Start date", ""),
                field("endDate", "string", "Due date", "")));
        return Map.copyOf(fields);
    }

    private static Field field(String name, String type, String description, String constraints) {
        return new Field(name, type, description, constraints);
    }

    private static String required() {
        return "\"required\": true";
    }

    private static String pattern(String regex) {
        return "\"pattern\": " + string(regex);
    }

    /** A list cell: items matching the item pattern, separated by a comma and a space. */
    private static String list(String item) {
        return pattern("^" + item + "(, " + item + ")*$");
    }

    private static String oneOf(String... values) {
        return "\"enum\": [" + Arrays.stream(values).map(DataPackage::string).collect(Collectors.joining(", ")) + "]";
    }

    /**
     * A Data Package descriptor ({@code datapackage.json}) for tables written by the exporter.
     *
     * @param name   the package name, lower case, not null
     * @param tables the tables, not null
     * @return the JSON text, not null
     */
    public static String descriptor(String name, List<Table> tables) {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"profile\": \"tabular-data-package\",\n  \"name\": ").append(string(name))
                .append(",\n  \"resources\": [");
        String separator = "\n";
        for (Table table : tables) {
            json.append(separator);
            resource(table, json);
            separator = ",\n";
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private static void resource(Table table, StringBuilder json) {
        String indent = "    ";
        json.append(indent).append("{\n")
                .append(indent).append("  \"name\": ").append(string(table.kind().id())).append(",\n")
                .append(indent).append("  \"path\": ").append(string(table.path())).append(",\n")
                .append(indent).append("  \"profile\": \"tabular-data-resource\",\n")
                .append(indent).append("  \"format\": \"csv\",\n")
                .append(indent).append("  \"mediatype\": \"text/csv\",\n")
                .append(indent).append("  \"encoding\": ").append(string(table.encoding())).append(",\n")
                .append(indent).append("  \"dialect\": {\"delimiter\": ").append(string(String.valueOf(table.delimiter())))
                .append(", \"quoteChar\": ").append(string(String.valueOf(table.quote())))
                .append(", \"doubleQuote\": true, \"lineTerminator\": ").append(string(table.lineTerminator()))
                .append(", \"header\": true},\n")
                .append(indent).append("  \"schema\": {\n")
                .append(indent).append("    \"fields\": [");
        Map<String, Field> byName = new HashMap<>();
        FIELDS.get(table.kind()).forEach(field -> byName.put(field.name(), field));
        List<String> rendered = new ArrayList<>();
        for (String column : table.columns()) {
            Field field = byName.getOrDefault(column, new Field(column, "string", "", ""));
            StringBuilder text = new StringBuilder("{\"name\": ").append(string(field.name()))
                    .append(", \"type\": ").append(string(field.type()));
            if (!field.description().isEmpty()) {
                text.append(", \"description\": ").append(string(field.description()));
            }
            if (field.type().equals("number")) {
                text.append(", \"decimalChar\": ").append(string(String.valueOf(table.decimalSeparator())));
            }
            if (!field.constraints().isEmpty()) {
                text.append(", \"constraints\": {").append(field.constraints()).append('}');
            }
            rendered.add(text.append('}').toString());
        }
        json.append("\n").append(indent).append("      ")
                .append(String.join(",\n" + indent + "      ", rendered))
                .append("\n").append(indent).append("    ],\n")
                .append(indent).append("    \"missingValues\": [")
                .append((table.kind() == RecordKind.OBSERVATIONS ? MARKERS : List.of("")).stream()
                        .map(DataPackage::string).collect(Collectors.joining(", ")))
                .append("]\n").append(indent).append("  }\n").append(indent).append('}');
    }

    /** A JSON string literal (RFC 8259). */
    static String string(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
