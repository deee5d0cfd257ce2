package org.politiqueville.core.indicator;

/**
 * How a gap between a territory and a reference moved over time ("les écarts se creusent"), judged on
 * the absolute difference between the first and the last period; see
 * {@link IndicatorAnalytics#trend(java.util.List, java.math.BigDecimal)}.
 */
public enum GapTrend {
    /** The absolute difference grew by more than the tolerance. */
    WIDENING,
    /** The absolute difference shrank by more than the tolerance. */
    NARROWING,
    /** The absolute difference moved by no more than the tolerance. */
    STABLE
}
