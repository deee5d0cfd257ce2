package org.politiqueville.core.indicator;

/**
 * Which way an indicator's values are good news, so that a gap can be read as better or worse.
 */
public enum Polarity {
    /** A higher value is better, such as a median income. */
    HIGHER_IS_BETTER,
    /** A lower value is better, such as a poverty rate. */
    LOWER_IS_BETTER,
    /** Neither way is better, such as a population or the share of social benefits in income. */
    NEUTRAL
}
