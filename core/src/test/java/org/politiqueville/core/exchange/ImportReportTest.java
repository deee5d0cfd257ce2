package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.ValidationReport;

class ImportReportTest {

    private static final Problem PERCENT = Problem.error(ProblemCode.PERCENT_OUT_OF_RANGE, "value", "124,0",
            "0–100").at(Location.ofCell("observations-filosofi.csv", 10, 4, "Valeur"));
    private static final Problem YEAR = Problem.error(ProblemCode.DATE_FORMAT, "period", "21")
            .at(Location.ofCell("observations-filosofi.csv", 12, 3, "Année"));
    private static final Problem UNKNOWN = Problem.warning(ProblemCode.UNKNOWN_COLUMN, "", "Commentaire",
            "observations").at(Location.ofCell("observations-filosofi.csv", 1, 6, "Commentaire"));

    private static ImportReport observations() {
        ImportReport.Builder builder = ImportReport.builder(RecordKind.OBSERVATIONS)
                .source("observations-filosofi.csv")
                .dialect("format", "csv").dialect("encoding", "UTF-8").dialect("delimiter", ";")
                .fileProblems(ValidationReport.of(List.of(UNKNOWN)));
        for (int i = 0; i < 8; i++) {
            builder.accepted();
        }
        return builder.rejected(List.of(PERCENT)).rejected(List.of(YEAR)).build();
    }

    @Test
    void countsRecordsAndProblems() {
        ImportReport report = observations();

        assertThat(report.read()).isEqualTo(10);
        assertThat(report.accepted()).isEqualTo(8);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.errors()).isEqualTo(2);
        assertThat(report.warnings()).isEqualTo(1);
        assertThat(report.kind()).isEqualTo(RecordKind.OBSERVATIONS);
        assertThat(report.dialect()).containsExactly(Map.entry("format", "csv"), Map.entry("encoding", "UTF-8"),
                Map.entry("delimiter", ";"));
        assertThat(report.problems().problems()).containsExactly(UNKNOWN, PERCENT, YEAR);
        assertThat(report).isEqualTo(observations()).hasSameHashCodeAs(observations());
    }

    @Test
    void formatsASummaryInFrenchAndEnglish() {
        ImportReport report = observations();

        assertThat(report.format(Locale.ENGLISH).lines().toList()).startsWith(
                "observations-filosofi.csv (observations): 10 records read, 8 accepted, 2 rejected, 2 errors, "
                        + "1 warning.",
                "Format: format=csv, encoding=UTF-8, delimiter=;.");
        assertThat(report.format(Locale.FRANCE).lines().toList()).startsWith(
                "observations-filosofi.csv (observations) : 10 enregistrements lus, 8 acceptés, 2 rejetés, "
                        + "2 erreurs, 1 avertissement.",
                "Format : format=csv, encoding=UTF-8, delimiter=;.");
        assertThat(report.format(Locale.FRENCH)).contains("observations-filosofi.csv:10:4 (Valeur)");
        assertThat(ImportReport.builder(RecordKind.QUARTERS).accepted().build().format(Locale.FRENCH))
                .isEqualTo("quarters : 1 enregistrement lu, 1 accepté, 0 rejeté, 0 erreur, 0 avertissement.");
        assertThat(ImportReport.builder(RecordKind.QUARTERS).build().toString())
                .isEqualTo("quarters: 0 records read, 0 accepted, 0 rejected, 0 errors, 0 warnings.");
    }

    @Test
    void writesWellFormedJson() throws IOException {
        StringBuilder json = new StringBuilder();
        observations().writeJson(json, Locale.FRENCH);

        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) MiniJson.parse(json.toString());
        assertThat(parsed).containsEntry("kind", "observations").containsEntry("read", 10L)
                .containsEntry("accepted", 8L).containsEntry("rejected", 2L).containsEntry("errors", 2L)
                .containsEntry("warnings", 1L)
                .containsEntry("dialect", Map.of("format", "csv", "encoding", "UTF-8", "delimiter", ";"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) parsed.get("problems");
        assertThat(problems).hasSize(3);
        assertThat(problems.get(1)).containsEntry("severity", "ERROR").containsEntry("code", "PERCENT_OUT_OF_RANGE")
                .containsEntry("line", 10L).containsEntry("column", 4L).containsEntry("columnName", "Valeur")
                .containsEntry("pointer", null).containsEntry("value", "124,0").containsEntry("path", "value")
                .containsEntry("details", List.of("0–100"))
                .containsEntry("message", "124,0 est hors limites : attendu 0–100.");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersInJson() {
        assertThat(ImportReport.Json.string("a\"b\\c\nd\re\tf\bg\fh\u0001i\u001Fj\u2028k"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u001fj\\u2028k\"");
        assertThat(ImportReport.Json.string("é😀")).isEqualTo("\"é😀\"");
        assertThat(ImportReport.Json.string("x\uD800y")).isEqualTo("\"x\\ud800y\"");
        assertThat(ImportReport.Json.string("")).isEqualTo("\"\"");
    }

    @Test
    void writesAnEmptyProblemArrayForACleanImport() throws IOException {
        StringBuilder json = new StringBuilder();
        ImportReport.builder(RecordKind.DOCUMENTS).accepted().build().writeJson(json, Locale.ENGLISH);

        assertThat(MiniJson.parse(json.toString())).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Object.class))
                .containsEntry("problems", List.of()).containsEntry("source", null).containsEntry("dialect", Map.of());
    }

    @Test
    void writesRfc4180Csv() throws IOException {
        StringBuilder csv = new StringBuilder();
        observations().writeCsv(csv, Locale.ENGLISH);

        List<List<String>> rows = MiniCsv.parse(csv.toString());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsExactly("severity", "code", "source", "line", "column", "columnName",
                "pointer", "path", "value", "message");
        assertThat(rows.get(2)).containsExactly("ERROR", "PERCENT_OUT_OF_RANGE", "observations-filosofi.csv", "10",
                "4", "Valeur", "", "value", "124,0", "124,0 is out of range: expected 0–100.");
        assertThat(csv).contains("\"124,0\"");
    }

    @Test
    void neutralisesFormulasInCsv() throws IOException {
        StringBuilder csv = new StringBuilder();
        ImportReport.builder(RecordKind.QUARTERS)
                .rejected(List.of(Problem.error(ProblemCode.OUT_OF_RANGE, "population", "-250", "≥ 0")))
                .rejected(List.of(Problem.error(ProblemCode.REQUIRED, "label", "=HYPERLINK(\"x\")")))
                .build().writeCsv(csv, Locale.ENGLISH);

        List<List<String>> rows = MiniCsv.parse(csv.toString());
        assertThat(rows.get(1).get(8)).isEqualTo("'-250");
        assertThat(rows.get(2).get(8)).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(rows.get(1).get(3)).isEmpty();
    }

    @Test
    void refusesCountsThatDoNotAddUp() {
        assertThatThrownBy(() -> ImportReport.of(RecordKind.QUARTERS, "", 3, 1, 1, Map.of(), ValidationReport.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImportReport.of(RecordKind.QUARTERS, "", 0, 1, -1, Map.of(), ValidationReport.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ImportReport.of(RecordKind.QUARTERS, "", 2, 1, 1, Map.of(), ValidationReport.empty()).read())
                .isEqualTo(2);
    }

    @Test
    void refusesARejectionWithoutAnErrorAndAnErrorPassedAsAWarning() {
        ImportReport.Builder builder = ImportReport.builder(RecordKind.QUARTERS);
        assertThatThrownBy(() -> builder.rejected(List.of(UNKNOWN))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.rejected(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.warning(PERCENT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.build().read()).isZero();
    }
}
