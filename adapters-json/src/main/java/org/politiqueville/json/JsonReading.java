package org.politiqueville.json;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.contract.PolitiqueVilleValidator;
import org.politiqueville.core.exchange.HandValidation;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.ValidationReport;
import org.politiqueville.json.internal.Codec;
import org.politiqueville.json.internal.ContractCodec;
import org.politiqueville.json.internal.Cursor;
import org.politiqueville.json.internal.Decoding;
import org.politiqueville.json.internal.ElementStream;
import org.politiqueville.json.internal.LocatedTreeReader;
import org.politiqueville.json.internal.LocatingJsonFactory;
import org.politiqueville.json.internal.ObjectFields;
import org.politiqueville.json.internal.Utf8Reader;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * One read of JSON input with given options: element by element for arrays and JSON Lines, as one
 * tree for a whole contract.
 */
final class JsonReading {

    private static final Pattern LIMIT = Pattern.compile("StreamReadConstraints\\.getMax(\\w+)\\(\\)");
    private static final Pattern LIST_ELEMENT = Pattern.compile("^(\\w+)\\[(\\d+)]");

    private final JsonReadOptions options;
    private final String source;
    private final JsonFactory factory;
    private final PolitiqueVilleValidator validator;
    private final boolean streaming;

    JsonReading(JsonReadOptions options, String source) {
        this(options, source, true);
    }

    /**
     * A read; without streaming, every element goes through the located tree and the codec, as the
     * properties comparing both paths need.
     */
    JsonReading(JsonReadOptions options, String source, boolean streaming) {
        this.streaming = streaming;
        this.options = options;
        this.source = source;
        this.validator = options.validator();
        this.factory = new LocatingJsonFactory(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(options.maxNestingDepth())
                        .maxStringLength(options.maxStringLength())
                        .maxNameLength(options.maxNameLength())
                        .maxNumberLength(options.maxNumberLength())
                        .maxDocumentLength(options.maxDocumentLength())
                        .build()));
    }

    <T> ImportReport stream(JsonKind<T> kind, InputStream input, JsonLayout layout, Consumer<? super T> consumer) {
        ImportReport.Builder report = ImportReport.builder(kind.recordKind()).source(source)
                .dialect("layout", layout.name().toLowerCase(java.util.Locale.ROOT));
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), new Utf8Reader(input))) {
            try {
                if (layout == JsonLayout.ARRAY) {
                    readArray(parser, kind.codec(), report, consumer);
                } else {
                    readLines(parser, kind.codec(), report, consumer);
                }
            } catch (StreamReadException | StreamConstraintsException | JacksonIOException e) {
                throw translate(e, parser);
            }
        }
        return report.build();
    }

    private <T> void readArray(JsonParser parser, Codec<T> codec, ImportReport.Builder report,
                               Consumer<? super T> consumer) {
        JsonToken first = parser.nextToken();
        expect(parser, first, JsonToken.START_ARRAY, "array");
        ElementStream<T> stream = streaming ? codec.stream(source, options.isStrict()) : null;
        boolean byHand = stream != null && options.validatesByHand(codec.type());
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (stream != null) {
                streamed(stream, parser, true, index, codec, byHand, report, consumer);
            } else {
                Decoding decoding = new Decoding(source, options.isStrict());
                Cursor at = Cursor.root(null, "/" + index, "[" + index + "]");
                JsonNode node = LocatedTreeReader.read(parser, at, decoding);
                element(codec, new Cursor(node, at.pointer(), at.path()), decoding, report, consumer);
            }
            index++;
        }
        requireEnd(parser);
    }

    private <T> void readLines(JsonParser parser, Codec<T> codec, ImportReport.Builder report,
                               Consumer<? super T> consumer) {
        ElementStream<T> stream = streaming ? codec.stream(source, options.isStrict()) : null;
        boolean byHand = stream != null && options.validatesByHand(codec.type());
        int index = 0;
        long previousLine = 0;
        while (parser.nextToken() != null) {
            TokenStreamLocation start = parser.currentTokenLocation();
            if (start.getLineNr() == previousLine) {
                throw new JsonFormatException(ProblemCode.MALFORMED_INPUT, location(start, ""), options.locale(),
                        null, "JSON Lines hold one value per line");
            }
            if (stream != null) {
                streamed(stream, parser, false, index, codec, byHand, report, consumer);
            } else {
                Decoding decoding = new Decoding(source, options.isStrict());
                Cursor at = Cursor.root(null, "", "[" + index + "]");
                JsonNode node = LocatedTreeReader.read(parser, at, decoding);
                element(codec, new Cursor(node, "", at.path()), decoding, report, consumer);
            }
            previousLine = parser.currentLocation().getLineNr();
            index++;
        }
    }

    /**
     * Reads one element straight from the token stream; an element that is not clean (a problem
     * in its JSON or its values, or found by validation) is replayed into the located tree and read
     * by the codec, as every element once was, so that its problems are reported the same way.
     */
    private <T> void streamed(ElementStream<T> stream, JsonParser parser, boolean inArray, int index, Codec<T> codec,
                              boolean byHand, ImportReport.Builder report, Consumer<? super T> consumer) {
        T value = stream.read(parser, inArray, index);
        if (value != null) {
            ValidationReport found = byHand ? HandValidation.validate(value, validator.isStrict())
                    : validator.validate(value);
            if (found.isEmpty()) {
                report.accepted();
                consumer.accept(value);
                return;
            }
        }
        Cursor at = stream.replay();
        element(codec, at, stream.decoding(), report, consumer);
    }

    /** Decodes and validates one element, then counts it as accepted (and passes it on) or rejected. */
    private <T> T element(Codec<T> codec, Cursor at, Decoding decoding, ImportReport.Builder report,
                          Consumer<? super T> consumer) {
        T value = codec.read(decoding, at);
        if (value != null) {
            validator.validate(value).problems().forEach(problem -> decoding.addFound(problem, at));
        }
        List<Problem> problems = decoding.problems();
        if (decoding.errorCount() > 0) {
            report.rejected(problems);
            return null;
        }
        report.accepted();
        problems.forEach(report::warning);
        consumer.accept(value);
        return value;
    }

    JsonReadResult<CityContract> contract(InputStream input) {
        ImportReport.Builder report = ImportReport.builder(RecordKind.CONTRACT).source(source)
                .dialect("layout", "document");
        Decoding decoding = new Decoding(source, options.isStrict());
        JsonNode node;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), new Utf8Reader(input))) {
            try {
                expect(parser, parser.nextToken(), JsonToken.START_OBJECT, "object");
                node = LocatedTreeReader.read(parser, Cursor.root(null, "", ""), decoding);
                requireEnd(parser);
            } catch (StreamReadException | StreamConstraintsException | JacksonIOException e) {
                throw translate(e, parser);
            }
        }
        Map<String, List<Integer>> sourceIndexes = new HashMap<>();
        Set<Problem> elementProblems = new HashSet<>();
        ContractCodec codec = new ContractCodec(new ContractCodec.Elements() {
            @Override
            public <T> List<T> read(ObjectFields in, String name, Codec<T> elementCodec) {
                List<T> kept = new ArrayList<>();
                List<Integer> indexes = sourceIndexes.computeIfAbsent(name, key -> new ArrayList<>());
                Cursor list = in.array(name);
                for (int i = 0; list != null && i < list.node().size(); i++) {
                    Decoding part = in.decoding().child();
                    T value = element(elementCodec, list.element(i), part, report, v -> { });
                    elementProblems.addAll(part.problems());
                    if (value != null) {
                        kept.add(value);
                        indexes.add(i);
                    }
                }
                return kept;
            }
        });
        CityContract contract = codec.read(decoding, Cursor.root(node, "", ""));
        decoding.problems().forEach(report::fileProblem);
        if (contract != null) {
            for (Problem problem : validator.validate(contract).problems()) {
                Problem placed = placeInSource(problem, sourceIndexes, decoding);
                if (!elementProblems.contains(placed)) {
                    report.fileProblem(placed);
                }
            }
        }
        return new JsonReadResult<>(contract == null ? List.of() : List.of(contract), report.build());
    }

    /**
     * Gives a problem found in the built contract the path and location it has in the input: the
     * n-th accepted element of a list is not the n-th of the file when elements were rejected.
     */
    private static Problem placeInSource(Problem problem, Map<String, List<Integer>> sourceIndexes,
                                         Decoding decoding) {
        String path = problem.path();
        Matcher matcher = LIST_ELEMENT.matcher(path);
        if (matcher.find() && sourceIndexes.containsKey(matcher.group(1))) {
            List<Integer> indexes = sourceIndexes.get(matcher.group(1));
            int accepted = Integer.parseInt(matcher.group(2));
            if (accepted < indexes.size()) {
                path = matcher.group(1) + "[" + indexes.get(accepted) + "]" + path.substring(matcher.end());
            }
        }
        return new Problem(problem.severity(), problem.code(), path, problem.value(), problem.details(),
                decoding.locatePath(path));
    }

    private void expect(JsonParser parser, JsonToken token, JsonToken expected, String expectedType) {
        if (token == null) {
            throw new JsonFormatException(ProblemCode.TRUNCATED_INPUT, location(parser.currentLocation(), ""),
                    options.locale(), null);
        }
        if (token != expected) {
            throw new JsonFormatException(ProblemCode.WRONG_TYPE, location(parser.currentTokenLocation(), ""),
                    options.locale(), null, expectedType, typeOf(token));
        }
    }

    private void requireEnd(JsonParser parser) {
        if (parser.nextToken() != null) {
            throw new JsonFormatException(ProblemCode.TRAILING_CONTENT, location(parser.currentTokenLocation(), ""),
                    options.locale(), null);
        }
    }

    private RuntimeException translate(JacksonException e, JsonParser parser) {
        if (e instanceof JacksonIOException io) {
            if (io.getCause() instanceof Utf8Reader.MalformedUtf8Exception bad) {
                JsonFormatException translated = new JsonFormatException(ProblemCode.INVALID_ENCODING,
                        Location.ofPointer(source, parser.streamReadContext().pathAsPointer().toString(), bad.line(),
                                bad.column()), options.locale(), null, bad.getMessage());
                translated.initCause(bad);
                return translated;
            }
            return new UncheckedIOException(io.getCause());
        }
        TokenStreamLocation where = e.getLocation() == null || e.getLocation() == TokenStreamLocation.NA
                ? parser.currentLocation() : e.getLocation();
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        Location location = location(where, pointer);
        JsonFormatException translated;
        if (e instanceof StreamConstraintsException) {
            Matcher limit = LIMIT.matcher(e.getOriginalMessage());
            String name = limit.find() ? "max" + limit.group(1) : "limit";
            translated = new JsonFormatException(ProblemCode.INPUT_LIMIT_EXCEEDED, location, options.locale(), null,
                    name, limitValue(name));
        } else if (e instanceof UnexpectedEndOfInputException) {
            translated = new JsonFormatException(ProblemCode.TRUNCATED_INPUT, location, options.locale(), null);
        } else {
            translated = new JsonFormatException(ProblemCode.MALFORMED_INPUT, location, options.locale(), null,
                    firstLine(e.getOriginalMessage()));
        }
        translated.initCause(e);
        return translated;
    }

    private String limitValue(String name) {
        return switch (name) {
            case "maxNestingDepth" -> String.valueOf(options.maxNestingDepth());
            case "maxStringLength" -> String.valueOf(options.maxStringLength());
            case "maxNameLength" -> String.valueOf(options.maxNameLength());
            case "maxNumberLength" -> String.valueOf(options.maxNumberLength());
            case "maxDocumentLength" -> String.valueOf(options.maxDocumentLength());
            default -> "?";
        };
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private Location location(TokenStreamLocation where, String pointer) {
        return Location.ofPointer(source, pointer, Math.max(0, where.getLineNr()), Math.max(0, where.getColumnNr()));
    }

    private static String typeOf(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }
}
