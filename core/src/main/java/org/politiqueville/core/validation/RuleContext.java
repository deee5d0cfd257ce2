package org.politiqueville.core.validation;

import java.util.Objects;

/**
 * Where the domain rules report what they find while the data is validated.
 *
 * <p>Rules that come from the law or its reference framework (one citizens' council per priority
 * quarter, parity of the residents' college…) are reported through {@link #legalRule}: as warnings by
 * default, because real data is often mid-transition and a city wants to see the problem rather than
 * lose the record, and as errors in {@linkplain #isStrict() strict mode}.
 */
public final class RuleContext {

    private final ValidationReport.Builder report;
    private final boolean strict;

    /**
     * Creates a context that adds to a report.
     *
     * @param report the report being built, not null
     * @param strict whether legal-rule findings are errors rather than warnings
     */
    public RuleContext(ValidationReport.Builder report, boolean strict) {
        this.report = Objects.requireNonNull(report, "report");
        this.strict = strict;
    }

    /**
     * A context with its own report builder, lenient (legal rules are warnings).
     *
     * @return a new context, not null
     */
    public static RuleContext lenient() {
        return new RuleContext(ValidationReport.builder(), false);
    }

    /**
     * A context with its own report builder, strict (legal rules are errors).
     *
     * @return a new context, not null
     */
    public static RuleContext strict() {
        return new RuleContext(ValidationReport.builder(), true);
    }

    /**
     * Whether legal-rule findings are errors.
     *
     * @return true in strict mode
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Reports a broken rule that makes the data wrong whatever the mode.
     *
     * @param code    the code, not null
     * @param path    the property path, not null
     * @param value   the rejected value, may be null
     * @param details further message arguments
     */
    public void error(ProblemCode code, String path, String value, String... details) {
        report.error(code, path, value, details);
    }

    /**
     * Reports something worth a look that never makes the data wrong.
     *
     * @param code    the code, not null
     * @param path    the property path, not null
     * @param value   the value concerned, may be null
     * @param details further message arguments
     */
    public void warning(ProblemCode code, String path, String value, String... details) {
        report.warning(code, path, value, details);
    }

    /**
     * Reports a broken legal rule: a warning, or an error in strict mode.
     *
     * @param code    the code, not null
     * @param path    the property path, not null
     * @param value   the value concerned, may be null
     * @param details further message arguments
     */
    public void legalRule(ProblemCode code, String path, String value, String... details) {
        if (strict) {
            report.error(code, path, value, details);
        } else {
            report.warning(code, path, value, details);
        }
    }

    /**
     * Adds a problem as it is.
     *
     * @param problem the problem, not null
     */
    public void add(Problem problem) {
        report.add(problem);
    }

    /**
     * The problems reported so far.
     *
     * @return a report of them, not null
     */
    public ValidationReport report() {
        return report.build();
    }
}
