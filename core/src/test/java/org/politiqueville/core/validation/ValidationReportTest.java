package org.politiqueville.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private final Problem parity = Problem.warning(ProblemCode.RESIDENTS_PARITY, "councils[0]", null, "3", "7");
    private final Problem minority = Problem.warning(ProblemCode.RESIDENTS_MINORITY, "councils[1]", null, "3", "8");
    private final Problem badCode = Problem.error(ProblemCode.QPV_CODE_FORMAT, "quarters[0].codes[0]", "QN0449I");
    private final Problem otherBadCode = Problem.error(ProblemCode.QPV_CODE_FORMAT, "quarters[2].codes[0]", "QP1");

    @Test
    void emptyReportIsValid() {
        assertThat(ValidationReport.empty().isValid()).isTrue();
        assertThat(ValidationReport.empty().isEmpty()).isTrue();
        assertThat(ValidationReport.of(List.of())).isSameAs(ValidationReport.empty());
        assertThat(ValidationReport.empty().format(Locale.FRENCH)).isEmpty();
    }

    @Test
    void isValidWithOnlyWarnings() {
        ValidationReport report = ValidationReport.of(List.of(parity, minority));
        assertThat(report.isValid()).isTrue();
        assertThat(report.isEmpty()).isFalse();
        assertThat(report.warnings()).containsExactly(parity, minority);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void isNotValidWithAnError() {
        ValidationReport report = ValidationReport.builder().add(parity).add(badCode).build();
        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).containsExactly(badCode);
    }

    @Test
    void countsByCodeInCodeOrder() {
        ValidationReport report = ValidationReport.of(List.of(minority, badCode, parity, otherBadCode));
        Map<ProblemCode, Long> counts = report.countByCode();
        assertThat(counts).containsExactly(Map.entry(ProblemCode.QPV_CODE_FORMAT, 2L),
                Map.entry(ProblemCode.RESIDENTS_MINORITY, 1L), Map.entry(ProblemCode.RESIDENTS_PARITY, 1L));
        assertThat(ValidationReport.empty().countByCode()).isEmpty();
    }

    @Test
    void withCodeKeepsTheOrderFound() {
        ValidationReport report = ValidationReport.of(List.of(otherBadCode, parity, badCode));
        assertThat(report.withCode(ProblemCode.QPV_CODE_FORMAT)).containsExactly(otherBadCode, badCode);
        assertThat(report.withCode(ProblemCode.DUPLICATE_ID)).isEmpty();
    }

    @Test
    void plusAppendsTheOtherReport() {
        ValidationReport first = ValidationReport.of(List.of(parity));
        ValidationReport second = ValidationReport.of(List.of(badCode, minority));
        assertThat(first.plus(second).problems()).containsExactly(parity, badCode, minority);
        assertThat(second.plus(first).problems()).containsExactly(badCode, minority, parity);
        assertThat(first.plus(ValidationReport.empty())).isSameAs(first);
        assertThat(ValidationReport.empty().plus(first)).isSameAs(first);
        assertThat(first.plus(second).isValid()).isFalse();
    }

    @Test
    void builderCollectsErrorsAndWarnings() {
        ValidationReport.Builder builder = ValidationReport.builder()
                .warning(ProblemCode.RESIDENTS_PARITY, "councils[0]", null, "3", "7");
        assertThat(builder.hasErrors()).isFalse();
        builder.error(ProblemCode.QPV_CODE_FORMAT, "quarters[0].codes[0]", "QN0449I")
                .addAll(ValidationReport.of(List.of(minority)));
        assertThat(builder.hasErrors()).isTrue();
        assertThat(builder.build().problems()).containsExactly(parity, badCode, minority);
    }

    @Test
    void formatsOneLinePerProblem() {
        ValidationReport report = ValidationReport.of(List.of(parity, badCode));
        assertThat(report.format(Locale.FRENCH).lines()).containsExactly(parity.format(Locale.FRENCH),
                badCode.format(Locale.FRENCH));
        assertThat(report.toString()).isEqualTo(report.format(Locale.ENGLISH));
    }

    @Test
    void equalReportsHoldEqualProblems() {
        assertThat(ValidationReport.of(List.of(parity, badCode))).isEqualTo(ValidationReport.of(List.of(parity, badCode)))
                .hasSameHashCodeAs(ValidationReport.of(List.of(parity, badCode)))
                .isNotEqualTo(ValidationReport.of(List.of(badCode, parity)));
    }

    @Test
    void ruleContextReportsLegalRulesAsWarningsUnlessStrict() {
        RuleContext lenient = RuleContext.lenient();
        lenient.legalRule(ProblemCode.RESIDENTS_PARITY, "councils[0]", null, "3", "7");
        assertThat(lenient.report().problems()).containsExactly(parity);
        RuleContext strict = RuleContext.strict();
        strict.legalRule(ProblemCode.RESIDENTS_PARITY, "councils[0]", null, "3", "7");
        assertThat(strict.report().problems()).containsExactly(parity.withSeverity(Severity.ERROR));
    }
}
