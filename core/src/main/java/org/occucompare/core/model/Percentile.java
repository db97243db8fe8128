package org.occucompare.core.model;

/** The wage percentiles OEWS publishes, lowest first. Immutable and thread-safe. */
public enum Percentile {
    /** The 10th percentile: 10 % of workers earn less. */
    P10(10),
    /** The 25th percentile. */
    P25(25),
    /** The median (50th percentile). */
    MEDIAN(50),
    /** The 75th percentile. */
    P75(75),
    /** The 90th percentile. */
    P90(90);

    private final int rank;

    Percentile(int rank) {
        this.rank = rank;
    }

    /** {@return the percentile rank: 10, 25, 50, 75 or 90} */
    public int rank() {
        return rank;
    }
}
