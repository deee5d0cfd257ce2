package org.politiqueville.core.engagement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A parent engagement's progress computed from its children's, as Decidim accountability does.
 *
 * <p>The progress is the <b>weighted average</b> of the children's progress (sum of weight ×
 * progress over the sum of weights) when <em>every</em> child has a positive weight, and the
 * <b>plain average</b> otherwise. Decidim once failed when no child had a weight; here no weights,
 * all-zero weights and a mix of weighted and unweighted children all fall back to the plain average:
 * a missing weight cannot be guessed on the scale the others use, so mixing is not attempted
 * ({@link EngagementRules#checkEngagements} warns about the mix).
 *
 * <p>Every child passed counts, abandoned ones included; leave out those that should not. The
 * average is computed exactly and rounded once, half up: to 2 decimals by {@link #average}, to a
 * whole percent by {@link #percent}. With children in 0–100 the result is in 0–100.
 */
public final class ProgressRollup {

    private ProgressRollup() {
    }

    /**
     * The children's progress rolled up, to 2 decimal places.
     *
     * @param children the children, not null
     * @return the progress rounded half up to scale 2, or empty if there are no children
     */
    public static Optional<BigDecimal> average(Collection<Engagement> children) {
        return ratio(children).map(ratio -> ratio[0].divide(ratio[1], 2, RoundingMode.HALF_UP));
    }

    /**
     * The children's progress rolled up, to a whole percent as {@link Engagement#progress()} holds.
     *
     * @param children the children, not null
     * @return the progress rounded half up to a whole percent, or empty if there are no children
     */
    public static OptionalInt percent(Collection<Engagement> children) {
        return ratio(children)
                .map(ratio -> OptionalInt.of(ratio[0].divide(ratio[1], 0, RoundingMode.HALF_UP).intValueExact()))
                .orElse(OptionalInt.empty());
    }

    /**
     * The children of an engagement among others: those whose parent id is {@code parentId}.
     *
     * @param parentId    the parent's id, not null
     * @param engagements the engagements to look through, not null
     * @return the children in their given order, not null
     */
    public static List<Engagement> childrenOf(String parentId, Collection<Engagement> engagements) {
        Objects.requireNonNull(parentId, "parentId");
        return engagements.stream().filter(engagement -> parentId.equals(engagement.parentId())).toList();
    }

    /**
     * Whether the children's weights are used: every child has a positive weight.
     *
     * @param children the children, not null
     * @return true if the roll-up is a weighted average; false for no children
     */
    public static boolean isWeighted(Collection<Engagement> children) {
        return !children.isEmpty() && children.stream()
                .allMatch(child -> child.weight() != null && child.weight().signum() > 0);
    }

    private static Optional<BigDecimal[]> ratio(Collection<Engagement> children) {
        if (children.isEmpty()) {
            return Optional.empty();
        }
        boolean weighted = isWeighted(children);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Engagement child : children) {
            BigDecimal weight = weighted ? child.weight() : BigDecimal.ONE;
            sum = sum.add(weight.multiply(BigDecimal.valueOf(child.progress())));
            weights = weights.add(weight);
        }
        return Optional.of(new BigDecimal[] {sum, weights});
    }
}
