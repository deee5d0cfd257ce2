package org.politiqueville.core.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.territory.Quarter;

/**
 * Folds the quarters of a file with one row per quarter × commune (the 2024 national QPV file)
 * into one quarter per QPV code, lying in every commune of its rows.
 *
 * <p>Quarters are keyed by their first QPV code, wherever their rows are in the file; a quarter
 * without a code is kept as it is. The first row of a code gives the id, label, status and
 * population; later rows add their communes, codes and aliases (each once, in order of
 * appearance). Memory grows with the number of distinct quarters, not with the number of rows.
 *
 * <p>Counting: a reader that merges counts records as quarters, so that {@code read = accepted
 * + rejected} still holds: accepted counts the merged quarters, rejected counts the rejected rows
 * (a rejected row is a record of its own). {@link #rows()} gives the number of accepted rows
 * folded. Not thread-safe.
 */
public final class QuarterMerger {

    private final Map<Object, Quarter> byKey = new LinkedHashMap<>();
    private long rows;

    /** Creates an empty merger. */
    public QuarterMerger() {
        // Nothing to set up: quarters are added one by one.
    }

    /**
     * Adds the quarter of one row, merging it into an earlier quarter with the same first QPV code.
     *
     * @param quarter the quarter, not null
     * @return this merger
     */
    public QuarterMerger add(Quarter quarter) {
        Objects.requireNonNull(quarter, "quarter");
        rows++;
        Object key = quarter.codes().isEmpty() ? new Object() : quarter.codes().get(0);
        byKey.merge(key, quarter, QuarterMerger::fold);
        return this;
    }

    private static Quarter fold(Quarter first, Quarter next) {
        Set<QpvCode> codes = new LinkedHashSet<>(first.codes());
        codes.addAll(next.codes());
        Set<InseeCode> communes = new LinkedHashSet<>(first.communes());
        communes.addAll(next.communes());
        Set<String> aliases = new LinkedHashSet<>(first.aliases());
        aliases.addAll(next.aliases());
        if (!next.label().equals(first.label())) {
            aliases.add(next.label());
        }
        aliases.remove(first.label());
        return new Quarter(first.id(), first.label(), new ArrayList<>(aliases), first.status(), new ArrayList<>(codes),
                new ArrayList<>(communes), first.population() != null ? first.population() : next.population());
    }

    /**
     * How many quarters were added, one per row.
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * How many quarters the rows fold into so far.
     *
     * @return the count
     */
    public int size() {
        return byKey.size();
    }

    /**
     * The merged quarters, in the order their first row came.
     *
     * @return an unmodifiable list, not null
     */
    public List<Quarter> quarters() {
        return List.copyOf(byKey.values());
    }

    /**
     * Merges a list of quarters at once.
     *
     * @param quarters the quarters of the rows, not null, no null element
     * @return the merged quarters, unmodifiable, not null
     */
    public static List<Quarter> merge(List<Quarter> quarters) {
        QuarterMerger merger = new QuarterMerger();
        quarters.forEach(merger::add);
        return merger.quarters();
    }
}
