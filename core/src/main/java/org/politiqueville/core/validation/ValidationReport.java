package org.politiqueville.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The problems found while validating or reading data, in the order they were found.
 *
 * <p>Immutable. A report with no {@linkplain Severity#ERROR error} {@linkplain #isValid() is valid};
 * warnings do not make data invalid. Render it with {@link #format(Locale)} in French or English.
 */
public final class ValidationReport {

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    private final List<Problem> problems;

    private ValidationReport(List<Problem> problems) {
        this.problems = List.copyOf(problems);
    }

    /**
     * A report with no problem.
     *
     * @return the empty report, not null
     */
    public static ValidationReport empty() {
        return EMPTY;
    }

    /**
     * A report holding the given problems.
     *
     * @param problems the problems, not null, no null element
     * @return the report, not null
     */
    public static ValidationReport of(Collection<Problem> problems) {
        return problems.isEmpty() ? EMPTY : new ValidationReport(new ArrayList<>(problems));
    }

    /**
     * A builder that collects problems one by one.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * All problems, errors and warnings, in the order found.
     *
     * @return an unmodifiable list, not null
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The errors only.
     *
     * @return an unmodifiable list, not null
     */
    public List<Problem> errors() {
        return bySeverity(Severity.ERROR);
    }

    /**
     * The warnings only.
     *
     * @return an unmodifiable list, not null
     */
    public List<Problem> warnings() {
        return bySeverity(Severity.WARNING);
    }

    private List<Problem> bySeverity(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }

    /**
     * Whether the data has no error (warnings allowed).
     *
     * @return true if no problem is an error
     */
    public boolean isValid() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    /**
     * Whether the report holds no problem at all.
     *
     * @return true if there is neither error nor warning
     */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * The problems with the given code.
     *
     * @param code the code, not null
     * @return an unmodifiable list, not null
     */
    public List<Problem> withCode(ProblemCode code) {
        Objects.requireNonNull(code, "code");
        return problems.stream().filter(p -> p.code() == code).toList();
    }

    /**
     * How many problems there are of each code, in code order.
     *
     * @return an unmodifiable map, not null
     */
    public Map<ProblemCode, Long> countByCode() {
        // Not Map.copyOf: it would lose the EnumMap's code order.
        return Collections.unmodifiableMap(problems.stream().collect(
                Collectors.groupingBy(Problem::code, () -> new EnumMap<>(ProblemCode.class), Collectors.counting())));
    }

    /**
     * This report followed by another's problems.
     *
     * @param other the other report, not null
     * @return the combined report, not null
     */
    public ValidationReport plus(ValidationReport other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new ValidationReport(all);
    }

    /**
     * One line per problem, in the given language.
     *
     * @param locale the caller's locale, not null
     * @return the text, empty if there is no problem
     */
    public String format(Locale locale) {
        return problems.stream().map(p -> p.format(locale)).collect(Collectors.joining(System.lineSeparator()));
    }

    /**
     * The report in English, one line per problem.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationReport report && problems.equals(report.problems);
    }

    @Override
    public int hashCode() {
        return problems.hashCode();
    }

    /** Collects problems, then builds an immutable {@link ValidationReport}. Not thread-safe. */
    public static final class Builder {

        private final List<Problem> problems = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a problem.
         *
         * @param problem the problem, not null
         * @return this builder
         */
        public Builder add(Problem problem) {
            problems.add(Objects.requireNonNull(problem, "problem"));
            return this;
        }

        /**
         * Adds an error with no input location.
         *
         * @param code    the code, not null
         * @param path    the property path, not null
         * @param value   the rejected value, may be null
         * @param details further message arguments
         * @return this builder
         */
        public Builder error(ProblemCode code, String path, String value, String... details) {
            return add(Problem.error(code, path, value, details));
        }

        /**
         * Adds a warning with no input location.
         *
         * @param code    the code, not null
         * @param path    the property path, not null
         * @param value   the value concerned, may be null
         * @param details further message arguments
         * @return this builder
         */
        public Builder warning(ProblemCode code, String path, String value, String... details) {
            return add(Problem.warning(code, path, value, details));
        }

        /**
         * Adds every problem of a report.
         *
         * @param report the report, not null
         * @return this builder
         */
        public Builder addAll(ValidationReport report) {
            problems.addAll(report.problems);
            return this;
        }

        /**
         * Whether an error has been added so far.
         *
         * @return true if any problem added is an error
         */
        public boolean hasErrors() {
            return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        }

        /**
         * Builds the report.
         *
         * @return the report, not null
         */
        public ValidationReport build() {
            return ValidationReport.of(problems);
        }
    }
}
