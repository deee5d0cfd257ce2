package org.politiqueville.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private final Problem badCode = Problem.error(ProblemCode.QPV_CODE_FORMAT, "codes[0]", "QN0449I");

    @Test
    void underJoinsPropertyPaths() {
        assertThat(badCode.under("quarters[3]").path()).isEqualTo("quarters[3].codes[0]");
        assertThat(badCode.under("contract").under("").path()).isEqualTo("contract.codes[0]");
    }

    @Test
    void underJoinsIndexesWithoutADot() {
        Problem element = Problem.error(ProblemCode.REQUIRED, "[2]", null);
        assertThat(element.under("codes").path()).isEqualTo("codes[2]");
    }

    @Test
    void underGivesAWholeObjectProblemTheParentPath() {
        Problem whole = Problem.warning(ProblemCode.RESIDENTS_PARITY, "", null, "3", "7");
        assertThat(whole.under("councils[1]").path()).isEqualTo("councils[1]");
        assertThat(whole.under("").path()).isEmpty();
    }

    @Test
    void underKeepsEverythingElse() {
        Problem moved = badCode.at(Location.ofLine("q.csv", 4)).under("quarters[3]");
        assertThat(moved.severity()).isEqualTo(Severity.ERROR);
        assertThat(moved.code()).isEqualTo(ProblemCode.QPV_CODE_FORMAT);
        assertThat(moved.value()).isEqualTo("QN0449I");
        assertThat(moved.location()).isEqualTo(Location.ofLine("q.csv", 4));
    }

    @Test
    void atReplacesTheLocationOnly() {
        Location cell = Location.ofCell("quartiers.csv", 8, 2, "Code QPV");
        Problem located = badCode.at(cell);
        assertThat(located.location()).isEqualTo(cell);
        assertThat(located).isEqualTo(new Problem(Severity.ERROR, ProblemCode.QPV_CODE_FORMAT, "codes[0]", "QN0449I",
                List.of(), cell));
        assertThat(located.at(Location.NONE)).isEqualTo(badCode);
    }

    @Test
    void formatsInEnglish() {
        String text = badCode.at(Location.ofCell("quartiers.csv", 8, 2, "Code QPV")).format(Locale.ENGLISH);
        assertThat(text).startsWith("quartiers.csv:8:2 (Code QPV): ERROR QPV_CODE_FORMAT at codes[0]: ")
                .endsWith(ProblemCode.QPV_CODE_FORMAT.message(Locale.ENGLISH, "QN0449I", List.of()))
                .contains("\"QN0449I\" is not a QPV code");
        assertThat(badCode.toString()).isEqualTo(badCode.format(Locale.ENGLISH));
    }

    @Test
    void formatsInFrench() {
        String text = badCode.format(Locale.FRANCE);
        assertThat(text).isEqualTo("ERREUR QPV_CODE_FORMAT sur codes[0] : "
                                   + ProblemCode.QPV_CODE_FORMAT.message(Locale.FRENCH, "QN0449I", List.of()));
        assertThat(text).contains("« QN0449I » n’est pas un code QPV");
    }

    @Test
    void formatsALocatedWarningInFrench() {
        Problem whole = Problem.warning(ProblemCode.RESIDENTS_MINORITY, "", null, "3", "8")
                .at(Location.ofCell("conseils.csv", 4, 2, "Membres"));
        assertThat(whole.format(Locale.FRANCE)).isEqualTo("conseils.csv:4:2 (Membres) : AVERTISSEMENT RESIDENTS_MINORITY : "
                + ProblemCode.RESIDENTS_MINORITY.message(Locale.FRENCH, null, List.of("3", "8")));
    }

    @Test
    void formatsALineWithoutSourceInFrench() {
        assertThat(badCode.at(Location.ofLine("", 7)).format(Locale.FRANCE)).startsWith("ligne 7 : ERREUR ");
        assertThat(badCode.at(Location.ofLine("", 7)).format(Locale.UK)).startsWith("line 7: ERROR ");
    }

    @Test
    void formatsAWholeObjectProblemWithoutPath() {
        Problem whole = Problem.warning(ProblemCode.RESIDENTS_MINORITY, "", null, "3", "8");
        assertThat(whole.format(Locale.ENGLISH))
                .isEqualTo("WARNING RESIDENTS_MINORITY: Residents must make up at least half of the council: "
                           + "3 of 8 members.");
    }

    @Test
    void withSeverityKeepsTheRest() {
        Problem warning = badCode.withSeverity(Severity.WARNING);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.withSeverity(Severity.ERROR)).isEqualTo(badCode);
    }

    @Test
    void copiesItsDetails() {
        List<String> details = new ArrayList<>(List.of("2015", "2010"));
        Problem problem = new Problem(Severity.ERROR, ProblemCode.PERIOD_REVERSED, "period", "2015/2010", details,
                Location.NONE);
        details.clear();
        assertThat(problem.details()).containsExactly("2015", "2010");
        assertThatThrownBy(() -> problem.details().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void exceptionBecomesAnErrorAtAPath() {
        InvalidValueException exception = new InvalidValueException(ProblemCode.PERIOD_REVERSED, "2015/2010",
                "2015", "2010");
        Problem problem = exception.toProblem("period");
        assertThat(problem).isEqualTo(Problem.error(ProblemCode.PERIOD_REVERSED, "period", "2015/2010", "2015",
                "2010"));
        assertThat(exception.getMessage()).isEqualTo(problem.message(Locale.ENGLISH));
        assertThat(exception.getMessage(Locale.FRENCH))
                .isEqualTo("La période « 2015/2010 » se termine (2010) avant de commencer (2015).");
    }
}
