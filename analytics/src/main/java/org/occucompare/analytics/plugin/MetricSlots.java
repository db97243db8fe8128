package org.occucompare.analytics.plugin;

import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.occucompare.core.spi.MetricInput;
import org.occucompare.core.spi.MetricResult;
import org.occucompare.core.spi.OccupationMetric;

/**
 * The evaluation slots of one metric: at most {@code size} evaluations of it run at once, and a slot is given back
 * only when its evaluation really ends. A metric that never returns (and ignores interrupts) therefore holds at most
 * {@code size} threads for good, however many comparisons ask for it; once all its slots are held by evaluations past
 * their time limit, {@link #stuck()} says so and callers skip the metric at once. Thread-safe.
 */
final class MetricSlots {
    private final int size;
    private final Semaphore free;
    private final AtomicInteger overdue = new AtomicInteger();

    MetricSlots(int size) {
        this.size = size;
        this.free = new Semaphore(size);
    }

    /** {@return how many evaluations of this metric may run at once} */
    int size() {
        return size;
    }

    /** {@return how many evaluations are still running past their time limit} */
    int overdue() {
        return Math.max(0, overdue.get());
    }

    /** {@return true when every slot is held by an evaluation that ran past its time limit} */
    boolean stuck() {
        return overdue() >= size;
    }

    /**
     * Takes a slot, waiting at most until the deadline.
     *
     * @return the evaluation to run in the slot, or null if no slot came free in time
     */
    Evaluation take(OccupationMetric metric, MetricInput input, long timeoutNanos) throws InterruptedException {
        if (!free.tryAcquire(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS)) {
            return null;
        }
        return new Evaluation(metric, input);
    }

    /**
     * One evaluation holding a slot. It gives the slot back when it ends, or at once if it is abandoned before it
     * starts; abandoned while running, it counts as overdue until it ends.
     */
    final class Evaluation implements Callable<MetricResult> {
        private static final int PENDING = 0;
        private static final int RUNNING = 1;
        private static final int OVERDUE = 2;
        private static final int DONE = 3;

        private final OccupationMetric metric;
        private final MetricInput input;
        private final AtomicInteger state = new AtomicInteger(PENDING);

        private Evaluation(OccupationMetric metric, MetricInput input) {
            this.metric = metric;
            this.input = input;
        }

        @Override
        public MetricResult call() {
            if (!state.compareAndSet(PENDING, RUNNING)) {
                return null; // abandoned before it started: its slot is already back
            }
            try {
                return metric.evaluate(input);
            } finally {
                if (state.getAndSet(DONE) == OVERDUE) {
                    overdue.decrementAndGet();
                }
                free.release();
            }
        }

        /** The caller stopped waiting for this evaluation (time limit reached). */
        void abandon() {
            if (state.compareAndSet(PENDING, DONE)) {
                free.release();
                return;
            }
            overdue.incrementAndGet();
            if (!state.compareAndSet(RUNNING, OVERDUE)) {
                overdue.decrementAndGet(); // it ended meanwhile
            }
        }
    }
}
