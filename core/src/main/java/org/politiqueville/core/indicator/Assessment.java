package org.politiqueville.core.indicator;

/** How a territory fares against a reference for one indicator, given its {@link Polarity}. */
public enum Assessment {
    /** The territory's value is better than the reference's. */
    BETTER,
    /** The territory's value is worse than the reference's. */
    WORSE,
    /** Both values are equal. */
    EQUAL,
    /** The indicator is {@linkplain Polarity#NEUTRAL neutral}: neither way is better. */
    NOT_APPLICABLE;

    /**
     * Reads the sign of a difference (territory − reference) for an indicator of the given polarity.
     *
     * @param signum   the sign of the difference: negative, zero or positive
     * @param polarity the indicator's polarity, not null
     * @return the assessment, not null
     */
    public static Assessment of(int signum, Polarity polarity) {
        return switch (polarity) {
            case NEUTRAL -> NOT_APPLICABLE;
            case HIGHER_IS_BETTER -> signum > 0 ? BETTER : signum < 0 ? WORSE : EQUAL;
            case LOWER_IS_BETTER -> signum < 0 ? BETTER : signum > 0 ? WORSE : EQUAL;
        };
    }
}
