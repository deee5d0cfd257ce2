package org.politiqueville.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.indicator.IndicatorArbitraries;
import org.politiqueville.core.indicator.Observation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Observations are read straight from the token stream, and only the elements with a problem go
 * through the located tree and the codec: these properties read generated documents, valid and
 * broken in every way the codec reports (missing, repeated, unknown, null, mistyped and refused
 * properties, nested values, elements that are not objects, values validation refuses, malformed
 * and truncated JSON), both ways, and require the same records, the same report (problems with
 * their codes, paths, pointers, lines and columns) or the same exception.
 */
class StreamedReadingProperties {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Replacement values: mistyped, refused by a parser, out of range, nested, or odd but valid. */
    private static final List<String> ODD_VALUES = List.of("null", "true", "false", "12", "-0", "1.50", "0.0",
            "1e999", "-2E-3", "123456789012345678901234567890", "\"\"", "\"  \"", "\"x\"", "\"quarter:x\"",
            "\"QUARTER:malakoff\"", "\"quartier:x\"", "\"quarter:\"", "\"2019/2018\"", "\"2019-13\"", "\"2019\"",
            "\"2020-02-30\"", "\" 2021 \"", "\"NORMAL\"", "\"SECRET\"", "\"NOT_AVAILABLE\"", "\"PERCENT\"", "\"bogus\"",
            "{\"a\": [1, {\"b\": 2}], \"a\": null}", "[1, \"x\", null, [true]]", "{}", "[]", "\"caf\\u00e9 \\\"q\\\"\"",
            "\"\\u2028\"");

    /** Names that are not properties of an observation, with characters a JSON Pointer escapes. */
    private static final List<String> ODD_NAMES = List.of("extra", "a/b", "m~n", "", "Indicator", "value ");

    private static final List<String> NOT_OBJECTS = List.of("\"text\"", "42", "[1, {\"a\": 2}]", "null", "{}",
            "true", "-1.5e3");

    @Property(tries = 400)
    void sameOutcomeOnGeneratedArrays(@ForAll("documents") Document document, @ForAll boolean strict) {
        assertSameOutcome(document.array(), JsonLayout.ARRAY, strict);
    }

    @Property(tries = 400)
    void sameOutcomeOnGeneratedJsonLines(@ForAll("documents") Document document, @ForAll boolean strict) {
        assertSameOutcome(document.lines(), JsonLayout.LINES, strict);
    }

    @Property(tries = 300)
    void sameOutcomeOnMalformedAndTruncatedArrays(@ForAll("documents") Document document,
                                                  @ForAll("cuts") double cut, @ForAll("garbage") String garbage) {
        String text = document.array();
        int at = (int) (cut * text.length());
        assertSameOutcome(text.substring(0, at), JsonLayout.ARRAY, true);
        assertSameOutcome(text.substring(0, at) + garbage + text.substring(at), JsonLayout.ARRAY, true);
    }

    @Property(tries = 100)
    void validDocumentsAreReadWhole(@ForAll @Size(max = 20) List<@net.jqwik.api.From("observations") Observation> list) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        PolitiqueVilleJson.pretty().writeAll(JsonKind.OBSERVATIONS, list, JsonLayout.ARRAY, bytes);
        String text = bytes.toString(StandardCharsets.UTF_8);
        Outcome streamed = read(text, JsonLayout.ARRAY, true, true);
        assertThat(streamed.values()).isEqualTo(list);
        assertThat(streamed).isEqualTo(read(text, JsonLayout.ARRAY, true, false));
    }

    @Example
    void theGeneratorBreaksElementsInEveryWay() {
        // Guards the properties above against a generator that stops producing broken elements.
        Random random = new Random(7);
        int rejected = 0;
        int warned = 0;
        for (int i = 0; i < 50; i++) {
            String text = document(random, 20).array();
            Outcome outcome = read(text, JsonLayout.ARRAY, false, true);
            if (outcome.report() != null) {
                rejected += outcome.report().rejected();
                warned += outcome.report().warnings();
            }
        }
        assertThat(rejected).isGreaterThan(50);
        assertThat(warned).isGreaterThan(10);
    }

    private static void assertSameOutcome(String text, JsonLayout layout, boolean strict) {
        Outcome streamed = read(text, layout, strict, true);
        Outcome general = read(text, layout, strict, false);
        assertThat(streamed).isEqualTo(general);
    }

    /** The records and report of a read, or the exception that stopped it. */
    record Outcome(List<Observation> values, ImportReport report, String failure) {
    }

    private static Outcome read(String text, JsonLayout layout, boolean strict, boolean streaming) {
        JsonReadOptions options = JsonReadOptions.defaults().withStrict(strict).withSourceName("generated.json");
        List<Observation> values = new ArrayList<>();
        try {
            ImportReport report = new JsonReading(options, options.sourceName(), streaming)
                    .stream(JsonKind.OBSERVATIONS, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                            layout, values::add);
            return new Outcome(values, report, null);
        } catch (JsonFormatException e) {
            return new Outcome(values, null, e.code() + " " + e.location() + " " + e.details() + " " + e.getMessage());
        }
    }

    /** Elements as lists of properties (name, JSON text of the value), or the JSON text of a non-object. */
    record Document(List<Object> elements, long seed) {

        String array() {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < elements.size(); i++) {
                text.append(i == 0 ? "" : ",").append(space(random, true));
                element(text, elements.get(i), random, true);
            }
            return text.append(space(random, true)).append(']').toString();
        }

        String lines() {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            for (Object element : elements) {
                element(text, element, random, false);
                text.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
            }
            return text.toString();
        }

        @SuppressWarnings("unchecked")
        private static void element(StringBuilder text, Object element, Random random, boolean newLines) {
            if (element instanceof String json) {
                text.append(json);
                return;
            }
            text.append('{');
            List<Map.Entry<String, String>> properties = (List<Map.Entry<String, String>>) element;
            for (int i = 0; i < properties.size(); i++) {
                text.append(i == 0 ? "" : ",").append(space(random, newLines));
                text.append(MAPPER.writeValueAsString(properties.get(i).getKey())).append(':')
                        .append(space(random, false)).append(properties.get(i).getValue());
            }
            text.append(space(random, newLines)).append('}');
        }

        private static String space(Random random, boolean newLines) {
            return switch (random.nextInt(newLines ? 4 : 2)) {
                case 0 -> "";
                case 1 -> " ";
                case 2 -> "\n  ";
                default -> "\n\t ";
            };
        }
    }

    @Provide
    Arbitrary<Document> documents() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 12))
                .as((seed, size) -> document(new Random(seed), size));
    }

    @Provide
    Arbitrary<Observation> observations() {
        return IndicatorArbitraries.observations();
    }

    @Provide
    Arbitrary<Double> cuts() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.of("", "}", "]", ",", ":", "\"", "{", "[", "tru", "nul", "1.2.3", "\u0000", "/", "\\",
                ",,", "\"a\":1");
    }

    private static final List<Observation> SAMPLES = IndicatorArbitraries.observations().sampleStream().limit(200)
            .toList();

    /** A document of generated observations, about half of them broken. */
    static Document document(Random random, int size) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (random.nextInt(12) == 0) {
                elements.add(NOT_OBJECTS.get(random.nextInt(NOT_OBJECTS.size())));
                continue;
            }
            Observation observation = SAMPLES.get(random.nextInt(SAMPLES.size()));
            JsonNode node = MAPPER.readTree(PolitiqueVilleJson.compact().mapper().writeValueAsString(observation));
            List<Map.Entry<String, String>> properties = new ArrayList<>();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                properties.add(Map.entry(property.getKey(), property.getValue().toString()));
            }
            if (random.nextBoolean()) {
                for (int broken = 1 + random.nextInt(3); broken > 0; broken--) {
                    breakOne(properties, random);
                }
            }
            elements.add(properties);
        }
        return new Document(elements, random.nextLong());
    }

    private static void breakOne(List<Map.Entry<String, String>> properties, Random random) {
        int at = properties.isEmpty() ? 0 : random.nextInt(properties.size());
        switch (random.nextInt(7)) {
            case 0 -> {
                if (!properties.isEmpty()) {
                    properties.remove(at);
                }
            }
            case 1 -> properties.add(random.nextInt(properties.size() + 1),
                    Map.entry(ODD_NAMES.get(random.nextInt(ODD_NAMES.size())), odd(random)));
            case 2 -> {
                if (!properties.isEmpty()) {
                    properties.add(random.nextInt(properties.size() + 1),
                            Map.entry(properties.get(at).getKey(), random.nextBoolean() ? odd(random)
                                    : properties.get(at).getValue()));
                }
            }
            case 3 -> Collections.shuffle(properties, random);
            case 4 -> properties.add(Map.entry(random.nextBoolean() ? "value" : "status",
                    random.nextBoolean() ? "3.5" : "\"NOT_AVAILABLE\""));
            default -> {
                if (!properties.isEmpty()) {
                    properties.set(at, Map.entry(properties.get(at).getKey(), odd(random)));
                }
            }
        }
    }

    private static String odd(Random random) {
        return ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
    }
}
