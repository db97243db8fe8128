package org.occucompare.core.spi;

/**
 * One metric over occupations and places, for example the 90/10 wage ratio. Implementations must be immutable and
 * thread-safe: the host may evaluate one instance from several threads at once.
 */
public interface OccupationMetric {

    /** {@return what the metric is: its id, name, unit and direction; the same on every call; never null} */
    MetricDescriptor descriptor();

    /**
     * Evaluates the metric. The evaluation must be pure (no I/O, no clock, no randomness), deterministic and
     * independent of the order of the input; it should take well under the host's time limit (200 ms by default).
     *
     * <p>The result should hold, for every input occupation, either a value or a note saying why there is none: per
     * occupation and location for a metric that depends on the place, per occupation (no location) otherwise. A value
     * that is only a bound (a top-coded wage, for example) says so with {@link Bound}. A failure may be thrown as a
     * {@link RuntimeException}: the host turns it into a note on this metric's result and carries on.
     *
     * @param input the occupations and places being compared, never null
     * @return the values and notes, never null
     */
    MetricResult evaluate(MetricInput input);
}
