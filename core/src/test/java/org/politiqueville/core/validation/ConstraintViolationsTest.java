package org.politiqueville.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.id.constraints.InseeCodeFormat;
import org.politiqueville.core.id.constraints.PeriodFormat;
import org.politiqueville.core.id.constraints.QpvCodeFormat;
import org.politiqueville.core.id.constraints.RnaNumberFormat;
import org.politiqueville.core.id.constraints.SirenFormat;
import org.politiqueville.core.id.constraints.SiretFormat;

class ConstraintViolationsTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void closeFactory() {
        FACTORY.close();
    }

    record Identifiers(@QpvCodeFormat String qpv, @InseeCodeFormat String insee, @SirenFormat String siren,
                       @SiretFormat String siret, @RnaNumberFormat String rna, @PeriodFormat String period,
                       List<@QpvCodeFormat String> codes) {
    }

    record Standard(@NotNull String name, @NotBlank String label, @Size(min = 2, max = 5) List<String> items,
                    @Size(min = 1) String title, @NotEmpty List<String> tags, @Pattern(regexp = "[a-z]+") String slug,
                    @Email String email) {
    }

    record Numbers(@Min(0) int count, @Max(100) int percent, @DecimalMin(value = "0.5", inclusive = false)
                   BigDecimal ratio, @DecimalMax("9.5") BigDecimal score, @Positive int positive,
                   @PositiveOrZero int positiveOrZero, @Negative int negative, @NegativeOrZero int negativeOrZero) {
    }

    @Consistent
    record Parent(@NotBlank String id, List<@Valid Child> children) {
    }

    record Child(@Min(1) int rank) {
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = ConsistentValidator.class)
    @interface Consistent {
        String message() default "is inconsistent";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A bean-level constraint: the parent's id must not be "broken". */
    public static final class ConsistentValidator implements ConstraintValidator<Consistent, Parent> {
        @Override
        public boolean isValid(Parent parent, ConstraintValidatorContext context) {
            return !"broken".equals(parent.id());
        }
    }

    @Test
    void noViolationGivesNoProblem() {
        var valid = new Identifiers("QN04413M", "44109", "244400404", null, "W442001234", "2015/2020",
                List.of("QP044001"));
        assertThat(ConstraintViolations.toProblems(VALIDATOR.validate(valid))).isEmpty();
    }

    @Test
    void identifierConstraintsGiveTheirFormatCode() {
        var bad = new Identifiers("QN0449I", "2C004", "24440040", "1", "W12345678", "2015/2010",
                List.of("QN04413M", "bad"));
        List<Problem> problems = ConstraintViolations.toProblems(VALIDATOR.validate(bad));
        assertThat(problems).extracting(Problem::path, Problem::code, Problem::value).containsExactly(
                tuple("codes[1]", ProblemCode.QPV_CODE_FORMAT, "bad"),
                tuple("insee", ProblemCode.INSEE_CODE_FORMAT, "2C004"),
                tuple("period", ProblemCode.PERIOD_FORMAT, "2015/2010"),
                tuple("qpv", ProblemCode.QPV_CODE_FORMAT, "QN0449I"),
                tuple("rna", ProblemCode.RNA_FORMAT, "W12345678"),
                tuple("siren", ProblemCode.SIREN_FORMAT, "24440040"),
                tuple("siret", ProblemCode.SIRET_FORMAT, "1"));
        assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.details()).isEmpty();
            assertThat(problem.location()).isEqualTo(Location.NONE);
        });
    }

    @Test
    void standardConstraintsGiveGeneralCodes() {
        var bad = new Standard(null, " ", List.of("a"), "", List.of(), "A1", "not an email");
        List<Problem> problems = ConstraintViolations.toProblems(VALIDATOR.validate(bad));
        assertThat(problems).extracting(Problem::path, Problem::code, Problem::value, Problem::details)
                .containsExactly(
                        tuple("email", ProblemCode.CONSTRAINT_VIOLATED, "not an email",
                                List.of(violationMessage(bad, "email"))),
                        tuple("items", ProblemCode.INVALID_SIZE, "[a]", List.of("2", "5")),
                        tuple("label", ProblemCode.REQUIRED, " ", List.of()),
                        tuple("name", ProblemCode.REQUIRED, null, List.of()),
                        tuple("slug", ProblemCode.INVALID_FORMAT, "A1", List.of("[a-z]+")),
                        tuple("tags", ProblemCode.INVALID_SIZE, "[]", List.of("1", "∞")),
                        tuple("title", ProblemCode.INVALID_SIZE, "", List.of("1", "∞")));
    }

    @Test
    void notEmptyOnAMissingValueIsRequired() {
        var bad = new Standard("n", "l", null, null, null, null, null);
        assertThat(ConstraintViolations.toProblems(VALIDATOR.validate(bad)))
                .extracting(Problem::path, Problem::code, Problem::value)
                .containsExactly(tuple("tags", ProblemCode.REQUIRED, null));
    }

    @Test
    void rangeConstraintsGiveOutOfRangeWithAReadableRange() {
        var bad = new Numbers(-1, 101, new BigDecimal("0.5"), new BigDecimal("9.6"), 0, -1, 0, 1);
        List<Problem> problems = ConstraintViolations.toProblems(VALIDATOR.validate(bad));
        assertThat(problems).allSatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCode.OUT_OF_RANGE));
        assertThat(problems).extracting(Problem::path, Problem::value, p -> p.details().get(0)).containsExactly(
                tuple("count", "-1", "≥ 0"),
                tuple("negative", "0", "< 0"),
                tuple("negativeOrZero", "1", "≤ 0"),
                tuple("percent", "101", "≤ 100"),
                tuple("positive", "0", "> 0"),
                tuple("positiveOrZero", "-1", "≥ 0"),
                tuple("ratio", "0.5", "> 0.5"),
                tuple("score", "9.6", "≤ 9.5"));
        assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo("-1 is out of range: expected ≥ 0.");
        assertThat(problems.get(0).message(Locale.FRENCH)).isEqualTo("-1 est hors limites : attendu ≥ 0.");
    }

    @Test
    void beanLevelViolationHasNoValueAndCascadedPathsHaveIndexes() {
        var bad = new Parent("broken", List.of(new Child(1), new Child(0)));
        List<Problem> problems = ConstraintViolations.toProblems(VALIDATOR.validate(bad));
        assertThat(problems).extracting(Problem::path, Problem::code, Problem::value).containsExactly(
                tuple("", ProblemCode.CONSTRAINT_VIOLATED, null),
                tuple("children[1].rank", ProblemCode.OUT_OF_RANGE, "0"));
        assertThat(problems.get(0).details()).containsExactly("is inconsistent");
    }

    @Test
    void sizeMessagesReadWell() {
        var bad = new Standard("n", "l", List.of("a"), null, List.of("t"), null, null);
        Problem size = ConstraintViolations.toProblems(VALIDATOR.validate(bad)).get(0);
        assertThat(size.message(Locale.ENGLISH)).isEqualTo("Wrong size ([a]): expected between 2 and 5.");
        assertThat(size.message(Locale.FRENCH)).isEqualTo("Taille incorrecte ([a]) : attendu entre 2 et 5.");
    }

    @Test
    void problemsGoUnderAParentPathAndIntoAReport() {
        var bad = new Identifiers("QN0449I", null, null, null, null, null, List.of());
        ValidationReport report = ValidationReport.of(ConstraintViolations.toProblems(VALIDATOR.validate(bad))
                .stream().map(p -> p.under("quarters[3]")).toList());
        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).extracting(Problem::path).containsExactly("quarters[3].qpv");
    }

    private static String violationMessage(Object bean, String property) {
        return VALIDATOR.validate(bean).stream().filter(v -> v.getPropertyPath().toString().equals(property))
                .findFirst().orElseThrow().getMessage();
    }
}
