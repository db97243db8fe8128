package org.occucompare.core.spi;

/** Which way a metric's values are better for the worker, so the host can rank and colour them. Immutable. */
public enum Direction {
    /** A higher value is better, for example a median wage. */
    HIGHER_IS_BETTER,
    /** A lower value is better, for example an unemployment rate. */
    LOWER_IS_BETTER,
    /** Neither way is better in itself, for example a wage spread or a job zone. */
    NEUTRAL
}
