package org.politiqueville.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;
import org.politiqueville.core.validation.Severity;

class TerritoryRulesTest {

    private static final InseeCode NANTES = new InseeCode("44109");
    private static final Quarter MALAKOFF = Quarter.builder("malakoff", "Malakoff")
            .code(QpvCode.parse("QN04413M"), QpvCode.parse("QP044010")).commune(NANTES).build();
    private static final Quarter WATCH = Quarter.builder("les-couets", "Les Couëts")
            .status(QuarterStatus.WATCH).commune(new InseeCode("44020")).build();
    private static final District NORD = new District("nantes-nord", "Nantes Nord", List.of(),
            List.of("la-boissiere", "la-petite-sensive"));
    private static final Set<String> QUARTER_IDS = Set.of("la-boissiere", "la-petite-sensive", "malakoff");

    @Test
    void validQuartersHaveNoProblem() {
        RuleContext context = RuleContext.strict();

        TerritoryRules.checkQuarter(MALAKOFF, "quarters[0]", context);
        TerritoryRules.checkQuarter(WATCH, "quarters[1]", context);
        TerritoryRules.checkQuarterCommunes(MALAKOFF, "quarters[0]", Set.of(NANTES), context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Test
    void priorityQuarterWithoutCodeIsAnError() {
        Quarter quarter = MALAKOFF.toBuilder().build();
        Quarter withoutCode = new Quarter(quarter.id(), quarter.label(), quarter.aliases(), QuarterStatus.PRIORITY,
                List.of(), quarter.communes(), null);

        assertThat(quarterProblems(withoutCode)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.PRIORITY_QUARTER_WITHOUT_CODE);
            assertThat(problem.path()).isEqualTo("quarters[2].codes");
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.value()).isEqualTo("malakoff");
        });
    }

    @Test
    void watchQuarterWithCodeIsAnError() {
        Quarter withCode = WATCH.toBuilder().code(QpvCode.parse("QN04499N")).build();

        assertThat(quarterProblems(withCode)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.WATCH_QUARTER_WITH_CODE);
            assertThat(problem.path()).isEqualTo("quarters[2].codes[0]");
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.value()).isEqualTo("QN04499N");
        });
    }

    @Test
    void twoCodesOfOneGenerationAreAnErrorOnTheSecond() {
        Quarter twice = MALAKOFF.toBuilder().code(QpvCode.parse("QN04414M")).build();

        assertThat(quarterProblems(twice)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.QPV_CODE_GENERATION_REPEATED);
            assertThat(problem.path()).isEqualTo("quarters[2].codes[2]");
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.value()).isEqualTo("QN04414M");
            assertThat(problem.details()).containsExactly("2024");
        });
    }

    @Test
    void quarterWithoutCommuneIsAnError() {
        Quarter nowhere = new Quarter("malakoff", "Malakoff", List.of(), QuarterStatus.PRIORITY, MALAKOFF.codes(),
                List.of(), null);

        assertThat(quarterProblems(nowhere)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.QUARTER_WITHOUT_COMMUNE);
            assertThat(problem.path()).isEqualTo("quarters[2].communes");
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void quarterInAnUnknownCommuneIsADanglingReference() {
        Quarter elsewhere = MALAKOFF.toBuilder().commune(new InseeCode("75056")).build();
        RuleContext context = RuleContext.lenient();

        TerritoryRules.checkQuarterCommunes(elsewhere, "quarters[2]", Set.of(NANTES), context);

        assertThat(context.report().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.DANGLING_REFERENCE);
            assertThat(problem.path()).isEqualTo("quarters[2].communes[1]");
            assertThat(problem.value()).isEqualTo("75056");
            assertThat(problem.details()).containsExactly("commune");
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void validDistrictHasNoProblem() {
        RuleContext context = RuleContext.strict();

        TerritoryRules.checkDistrict(NORD, "districts[0]", QUARTER_IDS, context);

        assertThat(context.report().problems()).isEmpty();
    }

    @Test
    void districtWithoutQuarterIsAnError() {
        District empty = new District("nantes-nord", "Nantes Nord", List.of(), List.of());

        assertThat(districtProblems(empty)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.DISTRICT_WITHOUT_QUARTER);
            assertThat(problem.path()).isEqualTo("districts[1].quarterIds");
            assertThat(problem.value()).isEqualTo("nantes-nord");
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void districtNamingAnUnknownQuarterIsADanglingReference() {
        District dangling = new District("nantes-nord", "Nantes Nord", List.of(), List.of("la-boissiere", "atlantis"));

        assertThat(districtProblems(dangling)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.DANGLING_REFERENCE);
            assertThat(problem.path()).isEqualTo("districts[1].quarterIds[1]");
            assertThat(problem.value()).isEqualTo("atlantis");
            assertThat(problem.details()).containsExactly("quarter");
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void emptyPathReportsAtTheBareProperty() {
        RuleContext context = RuleContext.lenient();

        TerritoryRules.checkQuarter(WATCH.toBuilder().code(QpvCode.parse("QN04499N")).build(), "", context);

        assertThat(context.report().problems()).extracting(Problem::path).containsExactly("codes[0]");
    }

    @Test
    void problemsRenderInFrenchAndEnglish() {
        District empty = new District("nantes-nord", "Nantes Nord", List.of(), List.of());
        Problem problem = districtProblems(empty).get(0);

        assertThat(problem.message(java.util.Locale.FRENCH)).isEqualTo("Un secteur doit regrouper au moins un quartier.");
        assertThat(problem.message(java.util.Locale.ENGLISH)).isEqualTo("A district must group at least one quarter.");
    }

    private static List<Problem> quarterProblems(Quarter quarter) {
        RuleContext context = RuleContext.lenient();
        TerritoryRules.checkQuarter(quarter, "quarters[2]", context);
        return context.report().problems();
    }

    private static List<Problem> districtProblems(District district) {
        RuleContext context = RuleContext.lenient();
        TerritoryRules.checkDistrict(district, "districts[1]", QUARTER_IDS, context);
        return context.report().problems();
    }
}
