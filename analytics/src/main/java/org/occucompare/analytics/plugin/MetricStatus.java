package org.occucompare.analytics.plugin;

/** How one metric evaluation went. Immutable. */
public enum MetricStatus {
    /** The metric returned a result (cells it had no right to return are dropped with a note). */
    OK,
    /** The metric threw, returned null, or returned values that are not finite numbers; the note says which. */
    FAILED,
    /** The metric ran past the time limit; its result is left out. */
    TIMED_OUT,
    /**
     * The metric was not run: its evaluation slots were all held, by earlier evaluations still running past the time
     * limit or by others that did not finish in time; the note says which.
     */
    BUSY
}
