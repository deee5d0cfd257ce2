package org.politiqueville.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.Severity;

/** Invariants every reader's report must keep, whatever the input. */
public final class Checks {

    /** The most characters of a value that a message or report may echo, the ellipsis included. */
    public static final int MAX_ECHO = 201;

    /** A message may add this much text around its echoed values. */
    private static final int MESSAGE_SLACK = 2_000;

    private Checks() {
    }

    /**
     * Checks that a report is faithful: the counts add up, the consumer saw exactly the accepted
     * records, every problem is located in the given source (a line for tables, a line or a pointer
     * for JSON), and every message renders in both languages with a bounded echo of the value.
     *
     * @param report        the report
     * @param handedOver    how many records the reader handed to the consumer
     * @param source        the source label given to the reader
     * @param contract      whether the input was a whole contract (one record handed over)
     */
    public static void faithful(ImportReport report, long handedOver, String source, boolean contract) {
        check(report.read() == report.accepted() + report.rejected(), "counts do not add up: " + report.read());
        if (contract) {
            check(handedOver <= 1, "a contract is handed over once, not " + handedOver);
        } else {
            check(handedOver == report.accepted(), "handed over " + handedOver + ", accepted " + report.accepted());
        }
        long errors = report.problems().problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
        check(errors >= report.rejected(), "every rejected record needs an error: " + errors + " < " + report.rejected());
        for (Problem problem : report.problems().problems()) {
            bounded(problem);
            check(problem.location().source().equals(source), "problem without its source: " + problem.location());
            check(problem.location().line() > 0 || !problem.location().pointer().isEmpty(),
                    "problem without a line or pointer: " + problem.code() + " " + problem.location());
        }
    }

    /**
     * Checks that a problem's value and messages are bounded and render in French and English.
     *
     * @param problem the problem
     */
    public static void bounded(Problem problem) {
        check(problem.value() == null || problem.value().length() <= MAX_ECHO,
                "value not bounded: " + length(problem.value()));
        for (String detail : problem.details()) {
            check(detail.length() <= MAX_ECHO, "detail not bounded: " + detail.length());
        }
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            String message = problem.message(locale);
            check(message.length() <= MESSAGE_SLACK, "message not bounded: " + message.length());
        }
    }

    /**
     * Checks a message is bounded.
     *
     * @param message a message shown to a person
     */
    public static void boundedMessage(String message) {
        check(message != null && message.length() <= MESSAGE_SLACK, "message not bounded: " + length(message));
    }

    private static int length(String text) {
        return text == null ? -1 : text.length();
    }

    /**
     * Fails with an {@link AssertionError} when the condition is false.
     *
     * @param condition what must hold
     * @param message   what broke
     */
    public static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    /**
     * The problems of a report, for messages.
     *
     * @param report the report
     * @return a copy of its problems
     */
    public static List<Problem> problems(ImportReport report) {
        return new ArrayList<>(report.problems().problems());
    }
}
