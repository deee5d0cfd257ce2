package org.politiqueville.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;

/** Every class of bad input: the problem's code and where it is, or the exception that stops the read. */
class MalformedInputTest {

    private static final PolitiqueVilleJson JSON = PolitiqueVilleJson.pretty();
    private static final JsonReadOptions OPTIONS = JsonReadOptions.defaults().withSourceName("test.json");

    private static final String QUARTERS = """
            [
              {"id": "malakoff", "label": "Malakoff", "status": "PRIORITY", "codes": ["QN04413M"], "communes": ["44109"]},
              {"id": "breil", "label": "Le Breil", "status": "PRIORITY", "codes": ["QX04407I"], "communes": ["44109"]},
              {"id": "bellevue", "label": "Bellevue", "status": "PRIORITY", "codes": ["QN04405M"], "communes": ["44109"], "colour": "red"},
              {"id": "dervallieres", "label": "Les Dervallières", "label": "Dervallières", "status": "PRIORITY", "codes": ["QN04406M"], "communes": ["44109"]}
            ]
            """;

    @Test
    void wrongTypeIsReportedAtItsPointerLineAndColumn() {
        String input = """
                [
                  {"indicator": "DISP_MED", "territory": "quarter:malakoff", "period": "2021", "value": 12940.5},
                  {"indicator": "DISP_MED", "territory": "quarter:breil", "period": "2021", "value": "12940"}
                ]
                """;

        JsonReadResult<Observation> result = JSON.readAll(JsonKind.OBSERVATIONS, stream(input), JsonLayout.ARRAY,
                OPTIONS);

        Problem problem = onlyError(result.report());
        assertThat(problem.code()).isEqualTo(ProblemCode.WRONG_TYPE);
        assertThat(problem.details()).containsExactly("number", "string");
        assertThat(problem.path()).isEqualTo("[1].value");
        assertThat(problem.location().pointer()).isEqualTo("/1/value");
        assertThat(problem.location().source()).isEqualTo("test.json");
        assertThat(problem.location().line()).isEqualTo(3);
        assertThat(problem.location().column()).isEqualTo(column(input, 3, "\"value\""));
        assertThat(result.values()).hasSize(1);
        assertCounts(result.report(), 2, 1, 1);
    }

    @Test
    void invalidCodeUnknownPropertyAndDuplicateKeyRejectOnlyTheirElements() {
        JsonReadResult<Quarter> result = JSON.readAll(JsonKind.QUARTERS, stream(QUARTERS), JsonLayout.ARRAY, OPTIONS);

        assertThat(result.values()).extracting(Quarter::id).containsExactly("malakoff");
        assertCounts(result.report(), 4, 1, 3);
        List<Problem> errors = result.report().problems().errors();
        assertThat(errors).extracting(Problem::code).containsExactly(ProblemCode.QPV_CODE_FORMAT,
                ProblemCode.UNKNOWN_PROPERTY, ProblemCode.DUPLICATE_KEY);
        assertThat(errors).extracting(p -> p.location().pointer()).containsExactly("/1/codes/0", "/2/colour",
                "/3/label");
        assertThat(errors).extracting(p -> p.location().line()).containsExactly(3L, 4L, 5L);
        assertThat(errors.get(0).location().column()).isEqualTo(column(QUARTERS, 3, "\"QX04407I\""));
        assertThat(errors.get(1).location().column()).isEqualTo(column(QUARTERS, 4, "\"colour\""));
        assertThat(errors.get(2).location().column())
                .isEqualTo(QUARTERS.lines().toList().get(4).lastIndexOf("\"label\"") + 1);
        assertThat(errors.get(1).value()).isEqualTo("colour");
    }

    @Test
    void lenientReadingWarnsOfUnknownPropertiesAndDuplicateKeys() {
        JsonReadResult<Quarter> result = JSON.readAll(JsonKind.QUARTERS, stream(QUARTERS), JsonLayout.ARRAY,
                OPTIONS.withStrict(false));

        assertThat(result.values()).extracting(Quarter::id).containsExactly("malakoff", "bellevue", "dervallieres");
        assertThat(result.values().get(2).label()).isEqualTo("Dervallières");
        assertThat(result.report().problems().errors()).extracting(Problem::code)
                .containsExactly(ProblemCode.QPV_CODE_FORMAT);
        assertThat(result.report().problems().warnings()).extracting(Problem::code)
                .contains(ProblemCode.UNKNOWN_PROPERTY, ProblemCode.DUPLICATE_KEY);
        assertCounts(result.report(), 4, 3, 1);
    }

    @Test
    void missingRequiredPropertyIsLocatedAtItsObject() {
        String input = "[{\"id\": \"malakoff\", \"label\": \"Malakoff\"}]";

        Problem problem = onlyError(JSON.readAll(JsonKind.QUARTERS, stream(input), JsonLayout.ARRAY, OPTIONS).report());

        assertThat(problem.code()).isEqualTo(ProblemCode.REQUIRED);
        assertThat(problem.location().pointer()).isEqualTo("/0/status");
        assertThat(problem.location().line()).isEqualTo(1);
        assertThat(problem.location().column()).isEqualTo(2);
    }

    @Test
    void beanValidationAndRulesRejectAnElement() {
        String input = """
                {"id": "e1", "title": "Jardins", "pillar": "SOCIAL_COHESION", "status": "IN_PROGRESS", "progress": 150, "signatories": ["copil"]}
                {"id": "e2", "title": "Emploi", "pillar": "ECONOMIC_DEVELOPMENT_AND_EMPLOYMENT", "status": "PLANNED", "signatories": ["copil"]}
                """;

        var result = JSON.readAll(JsonKind.ENGAGEMENTS, stream(input), JsonLayout.LINES, OPTIONS);

        assertCounts(result.report(), 2, 1, 1);
        assertThat(result.report().problems().errors()).extracting(Problem::code).contains(ProblemCode.OUT_OF_RANGE);
        Problem range = result.report().problems().withCode(ProblemCode.OUT_OF_RANGE).get(0);
        assertThat(range.path()).isEqualTo("[0].progress");
        assertThat(range.location().line()).isEqualTo(1);
        assertThat(range.location().column()).isEqualTo(column(input, 1, "\"progress\""));
    }

    @Test
    void danglingReferenceIsPlacedAtItsElementInTheFile() {
        String input = """
                {
                  "id": "contrat",
                  "name": "Contrat de ville",
                  "agglomeration": {"id": "nm", "siren": "244400404", "name": "Nantes Métropole", "communes": ["44109"]},
                  "communes": [{"code": "44109", "name": "Nantes"}],
                  "bodies": [{"id": "copil", "name": "Comité de pilotage", "kind": "STEERING_COMMITTEE"}],
                  "engagements": [
                    {"id": "e0", "title": "Rejeté", "pillar": "NO_SUCH_PILLAR", "status": "PLANNED", "signatories": ["copil"]},
                    {"id": "e1", "title": "Jardins", "pillar": "SOCIAL_COHESION", "status": "PLANNED", "signatories": ["copil"]},
                    {"id": "e2", "title": "Emploi", "pillar": "SOCIAL_COHESION", "status": "PLANNED", "signatories": ["ghost"]}
                  ]
                }
                """;

        JsonReadResult<CityContract> result = JSON.readContract(stream(input), OPTIONS);

        assertThat(result.value()).isPresent();
        assertThat(result.value().get().engagements()).hasSize(2);
        assertCounts(result.report(), 5, 4, 1);
        List<Problem> dangling = result.report().problems().withCode(ProblemCode.DANGLING_REFERENCE);
        assertThat(dangling).hasSize(1);
        Problem problem = dangling.get(0);
        assertThat(problem.path()).isEqualTo("engagements[2].signatories[0]");
        assertThat(problem.value()).isEqualTo("ghost");
        assertThat(problem.location().pointer()).isEqualTo("/engagements/2/signatories/0");
        assertThat(problem.location().line()).isEqualTo(10);
        assertThat(problem.location().column()).isEqualTo(column(input, 10, "\"ghost\""));
        assertThat(result.report().problems().withCode(ProblemCode.INVALID_FORMAT)).extracting(Problem::path)
                .containsExactly("engagements[0].pillar");
    }

    @Test
    void duplicateKeyInAContractRejectsOnlyItsElement() {
        String input = """
                {
                  "id": "contrat",
                  "name": "Contrat de ville",
                  "agglomeration": {"id": "nm", "siren": "244400404", "name": "Nantes Métropole", "communes": ["44109"]},
                  "communes": [{"code": "44109", "name": "Nantes"}, {"code": "44114", "name": "Orvault", "name": "Orvault"}]
                }
                """;

        JsonReadResult<CityContract> result = JSON.readContract(stream(input), OPTIONS);

        assertThat(result.value().orElseThrow().communes()).hasSize(1);
        assertCounts(result.report(), 2, 1, 1);
        Problem problem = onlyError(result.report());
        assertThat(problem.code()).isEqualTo(ProblemCode.DUPLICATE_KEY);
        assertThat(problem.location().pointer()).isEqualTo("/communes/1/name");
        assertThat(problem.location().line()).isEqualTo(5);
    }

    @Test
    void contractWithoutItsOwnPropertiesGivesNoContract() {
        JsonReadResult<CityContract> result = JSON.readContract(stream("{\"name\": \"Contrat\"}"), OPTIONS);

        assertThat(result.value()).isEmpty();
        assertThat(result.report().problems().errors()).extracting(p -> p.location().pointer())
                .containsExactly("/id", "/agglomeration");
    }

    @Test
    void depthBombStopsTheReadAtItsDepth() {
        String input = "[".repeat(100_000);

        JsonFormatException e = readArrayFails(input, OPTIONS);

        assertThat(e.code()).isEqualTo(ProblemCode.INPUT_LIMIT_EXCEEDED);
        assertThat(e.details()).containsExactly("maxNestingDepth", "32");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isBetween(32, 34);
    }

    @Test
    void hugeStringStopsTheRead() {
        String input = "[\n{\"id\": \"" + "x".repeat(2_000) + "\"}]";

        JsonFormatException e = readArrayFails(input, OPTIONS.withMaxStringLength(1_000));

        assertThat(e.code()).isEqualTo(ProblemCode.INPUT_LIMIT_EXCEEDED);
        assertThat(e.details()).containsExactly("maxStringLength", "1000");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.pointer()).isEqualTo("/0/id");
    }

    @Test
    void hugeStringOfTheDefaultLimitStopsTheRead() {
        String input = "[{\"id\": \"" + "x".repeat(JsonReadOptions.DEFAULT_MAX_STRING_LENGTH + 1) + "\"}]";

        assertThat(readArrayFails(input, OPTIONS).details()).containsExactly("maxStringLength", "1000000");
    }

    @Test
    void longNumberAndLargeDocumentStopTheRead() {
        String number = "[{\"indicator\": \"X\", \"value\": " + "9".repeat(200) + "}]";
        assertThat(readArrayFails(number, OPTIONS).details()).containsExactly("maxNumberLength", "100");

        String document = "[" + String.join(",", java.util.Collections.nCopies(100,
                "{\"code\": \"44109\", \"name\": \"Nantes\"}")) + "]";
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> JSON.readAll(JsonKind.COMMUNES,
                stream(document), JsonLayout.ARRAY, OPTIONS.withMaxDocumentLength(1_000)));
        assertThat(e.details()).containsExactly("maxDocumentLength", "1000");
    }

    @Test
    void truncatedFileStopsTheReadWhereItEnds() {
        String input = "[\n  {\"code\": \"44109\", \"name\": \"Nantes\"},\n  {\"code\": \"44114\", \"na";

        JsonFormatException e = readArrayFails(input, OPTIONS);

        assertThat(e.code()).isEqualTo(ProblemCode.TRUNCATED_INPUT);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.location().source()).isEqualTo("test.json");
    }

    @Test
    void emptyInputIsTruncated() {
        assertThat(readArrayFails("", OPTIONS).code()).isEqualTo(ProblemCode.TRUNCATED_INPUT);
    }

    @Test
    void invalidUtf8StopsTheReadAtItsLine() {
        byte[] head = "[\n{\"code\": \"44109\", \"name\": \"Nant".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "s\"}]".getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, input, 0, head.length);
        input[head.length] = (byte) 0xC3;
        input[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, input, head.length + 2, tail.length);

        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> JSON.readAll(JsonKind.COMMUNES,
                new ByteArrayInputStream(input), JsonLayout.ARRAY, OPTIONS));

        assertThat(e.code()).isEqualTo(ProblemCode.INVALID_ENCODING);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("{\"code\": \"44109\", \"name\": \"Nant".length() + 1);
        assertThat(e.details()).containsExactly("invalid UTF-8 byte sequence 0xC3");
    }

    @Test
    void byteOrderMarkIsSkippedAndColumnsCountCharacters() {
        String input = "\uFEFF[{\"code\": \"44162\", \"name\": \"Saint-Herblain\", \"région\": \"Pays de la Loire\"}]";

        Problem problem = onlyError(JSON.readAll(JsonKind.COMMUNES, stream(input), JsonLayout.ARRAY, OPTIONS).report());

        assertThat(problem.code()).isEqualTo(ProblemCode.UNKNOWN_PROPERTY);
        assertThat(problem.location().column()).isEqualTo(input.indexOf("\"région\""));
    }

    @Test
    void malformedJsonStopsTheReadWithItsPosition() {
        String input = "[\n  {\"code\": \"44109\" \"name\": \"Nantes\"}\n]";

        JsonFormatException e = readArrayFails(input, OPTIONS);

        assertThat(e.code()).isEqualTo(ProblemCode.MALFORMED_INPUT);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(column(input, 2, "\"name\""));
        assertThat(e.getMessage()).startsWith("test.json /0/code (2:" + e.column() + "): MALFORMED_INPUT: ");
    }

    @Test
    void trailingContentIsAnError() {
        JsonFormatException e = readArrayFails("[]\n{}", OPTIONS.withStrict(false));

        assertThat(e.code()).isEqualTo(ProblemCode.TRAILING_CONTENT);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void rootOfTheWrongTypeIsAnError() {
        JsonFormatException e = readArrayFails("{\"code\": \"44109\"}", OPTIONS);

        assertThat(e.code()).isEqualTo(ProblemCode.WRONG_TYPE);
        assertThat(e.details()).containsExactly("array", "object");
    }

    @Test
    void jsonLinesHoldOneValuePerLine() {
        String input = "{\"code\": \"44109\", \"name\": \"Nantes\"}\n\n{\"code\": \"44114\", \"name\": \"Orvault\"} {}\n";

        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> JSON.readAll(JsonKind.COMMUNES,
                stream(input), JsonLayout.LINES, OPTIONS));

        assertThat(e.code()).isEqualTo(ProblemCode.MALFORMED_INPUT);
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void jsonLinesProblemsCarryTheirLine() {
        String input = "{\"code\": \"44109\", \"name\": \"Nantes\"}\n\n{\"code\": \"4411\", \"name\": \"Orvault\"}\n";

        JsonReadResult<?> result = JSON.readAll(JsonKind.COMMUNES, stream(input), JsonLayout.LINES, OPTIONS);

        Problem problem = onlyError(result.report());
        assertThat(problem.code()).isEqualTo(ProblemCode.INSEE_CODE_LEADING_ZERO_LOST);
        assertThat(problem.path()).isEqualTo("[1].code");
        assertThat(problem.location().pointer()).isEqualTo("/code");
        assertThat(problem.location().line()).isEqualTo(3);
    }

    @Test
    void messagesSpeakTheCallersLanguage() {
        JsonFormatException e = readArrayFails("[", OPTIONS.withLocale(Locale.FRENCH));

        assertThat(e.getMessage()).contains("TRUNCATED_INPUT").contains("L’entrée s’arrête");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("The input ends before the value is complete.");
        assertThat(e.toProblem().severity()).isEqualTo(Severity.ERROR);
    }

    private static JsonFormatException readArrayFails(String input, JsonReadOptions options) {
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
                () -> JSON.readAll(JsonKind.QUARTERS, stream(input), JsonLayout.ARRAY, options));
        assertThat(e).as("the read should have stopped").isNotNull();
        return e;
    }

    private static Problem onlyError(ImportReport report) {
        assertThat(report.problems().errors()).hasSize(1);
        return report.problems().errors().get(0);
    }

    private static void assertCounts(ImportReport report, long read, long accepted, long rejected) {
        assertThat(report.read()).isEqualTo(read);
        assertThat(report.accepted()).isEqualTo(accepted);
        assertThat(report.rejected()).isEqualTo(rejected);
    }

    /** The 1-based column where {@code needle} first appears on the 1-based {@code line}. */
    static int column(String text, int line, String needle) {
        return text.lines().toList().get(line - 1).indexOf(needle) + 1;
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
