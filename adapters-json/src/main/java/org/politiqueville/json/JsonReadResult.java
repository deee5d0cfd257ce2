package org.politiqueville.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.politiqueville.core.exchange.ImportReport;

/**
 * What a read gave: the accepted values and the report of the read.
 *
 * <p>The report's counts add up ({@code read = accepted + rejected}) and its problems carry their
 * code, JSON Pointer, line and column. For a whole city contract, the counts are those of the
 * elements of the contract's lists, the single value is the contract built from the accepted
 * elements, and problems found in the contract as a whole (a dangling reference, a duplicate id) are
 * in the report without changing the counts.
 *
 * @param values the accepted values, in input order, not null
 * @param report the report of the read, not null
 * @param <T>    the type of the values
 */
public record JsonReadResult<T>(List<T> values, ImportReport report) {

    /**
     * Checks and copies the components.
     *
     * @param values the accepted values, in input order, not null, no null element
     * @param report the report of the read, not null
     * @throws NullPointerException if a component or a value is null
     */
    public JsonReadResult {
        values = List.copyOf(values);
        Objects.requireNonNull(report, "report");
    }

    /**
     * The single value of a read of one document, such as a city contract.
     *
     * @return the first value, or empty if none was accepted
     */
    public Optional<T> value() {
        return values.stream().findFirst();
    }

    /**
     * Whether the read found no error (warnings allowed).
     *
     * @return true if the report's problems hold no error
     */
    public boolean isValid() {
        return report.problems().isValid();
    }
}
