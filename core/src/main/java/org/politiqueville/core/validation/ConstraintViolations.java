package org.politiqueville.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.politiqueville.core.id.constraints.InseeCodeFormat;
import org.politiqueville.core.id.constraints.PeriodFormat;
import org.politiqueville.core.id.constraints.QpvCodeFormat;
import org.politiqueville.core.id.constraints.RnaNumberFormat;
import org.politiqueville.core.id.constraints.SirenFormat;
import org.politiqueville.core.id.constraints.SiretFormat;

/**
 * Turns Bean Validation results into {@link Problem}s, so that constraint violations and the
 * domain rules' findings end up in one {@link ValidationReport} with stable codes and French or
 * English messages.
 *
 * <p>Each violation becomes an {@linkplain Severity#ERROR error} whose code depends on the
 * constraint: politiqueville's identifier constraints ({@code @QpvCodeFormat}…) give their
 * identifier's format code, the standard constraints give {@link ProblemCode#REQUIRED},
 * {@link ProblemCode#INVALID_SIZE}, {@link ProblemCode#OUT_OF_RANGE} or
 * {@link ProblemCode#INVALID_FORMAT} with the constraint's limits as details ({@code @NotEmpty} on
 * a null value gives {@code REQUIRED}), and any other constraint gives
 * {@link ProblemCode#CONSTRAINT_VIOLATED} with the provider's message.
 *
 * <p>Uses only the Jakarta Bean Validation API: any provider works.
 */
public final class ConstraintViolations {

    private static final String INFINITY = "∞";

    private static final Map<Class<? extends Annotation>, ProblemCode> FORMAT_CODES = Map.of(
            QpvCodeFormat.class, ProblemCode.QPV_CODE_FORMAT,
            InseeCodeFormat.class, ProblemCode.INSEE_CODE_FORMAT,
            SirenFormat.class, ProblemCode.SIREN_FORMAT,
            SiretFormat.class, ProblemCode.SIRET_FORMAT,
            RnaNumberFormat.class, ProblemCode.RNA_FORMAT,
            PeriodFormat.class, ProblemCode.PERIOD_FORMAT,
            NotNull.class, ProblemCode.REQUIRED,
            NotBlank.class, ProblemCode.REQUIRED);

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparing(Problem::code)
            .thenComparing(problem -> problem.details().toString());

    private ConstraintViolations() {
    }

    /**
     * The problems matching the given violations, sorted by path, then code, so that the order does
     * not depend on the provider's.
     *
     * @param violations the violations, as returned by {@code Validator.validate}, not null
     * @return the problems, all errors, one per violation, not null
     * @throws NullPointerException if {@code violations} or one of them is null
     */
    public static List<Problem> toProblems(Collection<? extends ConstraintViolation<?>> violations) {
        Objects.requireNonNull(violations, "violations");
        return violations.stream().map(ConstraintViolations::toProblem).sorted(ORDER).toList();
    }

    /**
     * The problem matching one violation.
     *
     * <p>Its path is the violation's property path written as politiqueville writes paths
     * ({@code quarters[3].codes[0]}: container-element nodes such as {@code <list element>} are
     * left out); its value is the invalid value as text, or null for a null value and for a
     * violation of a constraint on a whole bean.
     *
     * @param violation the violation, not null
     * @return the problem, an error, not null
     */
    public static Problem toProblem(ConstraintViolation<?> violation) {
        Objects.requireNonNull(violation, "violation");
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        Class<? extends Annotation> type = descriptor.getAnnotation().annotationType();
        Map<String, Object> attributes = descriptor.getAttributes();
        String path = path(violation.getPropertyPath());
        String value = isBeanLevel(violation.getPropertyPath()) || violation.getInvalidValue() == null
                       ? null : String.valueOf(violation.getInvalidValue());

        ProblemCode formatCode = FORMAT_CODES.get(type);
        if (formatCode != null) {
            return Problem.error(formatCode, path, value);
        }
        if (type == NotEmpty.class) {
            // A missing collection is better told as missing than as "wrong size ()".
            return violation.getInvalidValue() == null ? Problem.error(ProblemCode.REQUIRED, path, null)
                    : Problem.error(ProblemCode.INVALID_SIZE, path, value, "1", INFINITY);
        }
        if (type == Size.class) {
            return Problem.error(ProblemCode.INVALID_SIZE, path, value, String.valueOf(attributes.get("min")),
                    bound((Integer) attributes.get("max")));
        }
        if (type == Pattern.class) {
            return Problem.error(ProblemCode.INVALID_FORMAT, path, value, String.valueOf(attributes.get("regexp")));
        }
        String range = range(type, attributes);
        if (range != null) {
            return Problem.error(ProblemCode.OUT_OF_RANGE, path, value, range);
        }
        return Problem.error(ProblemCode.CONSTRAINT_VIOLATED, path, value, violation.getMessage());
    }

    private static String range(Class<? extends Annotation> type, Map<String, Object> attributes) {
        if (type == Min.class) {
            return "≥ " + attributes.get("value");
        }
        if (type == Max.class) {
            return "≤ " + attributes.get("value");
        }
        if (type == DecimalMin.class) {
            return (Boolean.TRUE.equals(attributes.get("inclusive")) ? "≥ " : "> ") + attributes.get("value");
        }
        if (type == DecimalMax.class) {
            return (Boolean.TRUE.equals(attributes.get("inclusive")) ? "≤ " : "< ") + attributes.get("value");
        }
        if (type == Positive.class) {
            return "> 0";
        }
        if (type == PositiveOrZero.class) {
            return "≥ 0";
        }
        if (type == Negative.class) {
            return "< 0";
        }
        if (type == NegativeOrZero.class) {
            return "≤ 0";
        }
        return null;
    }

    private static String bound(int max) {
        return max == Integer.MAX_VALUE ? INFINITY : String.valueOf(max);
    }

    private static boolean isBeanLevel(Path path) {
        ElementKind last = null;
        for (Path.Node node : path) {
            last = node.getKind();
        }
        return last == null || last == ElementKind.BEAN;
    }

    /**
     * Writes a property path the way problems write theirs: the index or key of an element in
     * brackets right after its container, no provider-specific names such as {@code <list element>}.
     */
    private static String path(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                text.append('[').append(position == null ? "" : position).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                text.append(text.length() > 0 ? "." : "").append(name);
            }
        }
        return text.toString();
    }
}
