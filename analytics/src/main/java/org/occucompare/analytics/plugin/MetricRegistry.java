package org.occucompare.analytics.plugin;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.spi.MetricInput;
import org.occucompare.core.spi.MetricResult;
import org.occucompare.core.spi.MetricValue;

/**
 * The metrics a comparison evaluates, built-in and plugin alike, with what was loaded and refused. Evaluation is
 * guarded: the metrics run at once on a bounded pool of daemon threads, each with a time limit, and a metric that
 * throws, returns null or overruns yields a note on its own outcome while the others are unaffected.
 *
 * <p>Each metric has a few slots ({@link #DEFAULT_SLOTS_PER_METRIC} by default); an evaluation holds one until it
 * really ends, even past its time limit. A metric that never returns and ignores interrupts thus keeps at most its
 * own slots' threads, never one thread per request: the pool starts a thread only for an evaluation in flight and
 * never has more threads than slots, so the other metrics always find theirs. Once all of a metric's slots are held
 * by overdue evaluations, comparisons skip it at once with a {@link MetricStatus#BUSY} note instead of waiting.
 * Thread-safe.
 */
public final class MetricRegistry {
    /** The default time one evaluation of one metric may take. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMillis(200);
    /** How many evaluations of one metric may run at once by default. */
    public static final int DEFAULT_SLOTS_PER_METRIC = 4;
    private static final String THREAD_NAME = "occucompare-metric-";

    private final PluginLoadResult plugins;
    private final List<MetricSlots> slots;
    private final ThreadPoolExecutor executor;

    private MetricRegistry(PluginLoadResult plugins, int slotsPerMetric) {
        if (slotsPerMetric < 1) {
            throw OccupationException.invalidInput("Each metric needs at least one evaluation slot.");
        }
        this.plugins = plugins;
        this.slots = plugins.metrics().stream().map(m -> new MetricSlots(slotsPerMetric)).toList();
        int threads = Math.max(1, slotsPerMetric * slots.size());
        AtomicInteger count = new AtomicInteger();
        // a thread per evaluation in flight, reused while idle, never more than the slots: they bound the work in
        // flight, so the pool is full only for the moment a finished evaluation's thread takes to come back
        this.executor = new ThreadPoolExecutor(0, threads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread t = new Thread(task, THREAD_NAME + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, MetricRegistry::awaitThread);
    }

    /** Hands a task to the thread that is coming back (see the constructor). */
    private static void awaitThread(Runnable task, ThreadPoolExecutor pool) {
        try {
            pool.getQueue().put(task);
        } catch (InterruptedException e) {
            // the caller is interrupted: its wait for this evaluation ends at once and gives the slot back
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A registry of what a loader found, with {@link #DEFAULT_SLOTS_PER_METRIC} slots per metric.
     *
     * @param plugins the loader's result, never null
     * @return the registry, never null
     */
    public static MetricRegistry of(PluginLoadResult plugins) {
        return of(plugins, DEFAULT_SLOTS_PER_METRIC);
    }

    /**
     * A registry of what a loader found.
     *
     * @param plugins the loader's result, never null
     * @param slotsPerMetric how many evaluations of one metric may run at once, at least 1
     * @return the registry, never null
     */
    public static MetricRegistry of(PluginLoadResult plugins, int slotsPerMetric) {
        return new MetricRegistry(requireNonNull(plugins, "plugins is null"), slotsPerMetric);
    }

    /** {@return a registry of the built-in metrics only, never null} */
    public static MetricRegistry builtIns() {
        return of(new PluginLoader(Map.of()).loadBuiltIns());
    }

    /** {@return every metric, built-ins first, never null} */
    public List<RegisteredMetric> metrics() {
        return plugins.metrics();
    }

    /** {@return the plugins that loaded, never null} */
    public List<LoadedPlugin> loaded() {
        return plugins.loaded();
    }

    /** {@return the plugins that were refused, with reasons, never null} */
    public List<RejectedPlugin> rejected() {
        return plugins.rejected();
    }

    /** {@return the most threads evaluations can ever hold: the slots of all metrics together} */
    public int maxThreads() {
        return executor.getMaximumPoolSize();
    }

    /**
     * Finds a metric.
     *
     * @param metricId the metric's id, never null
     * @return the metric, or empty; never null
     */
    public Optional<RegisteredMetric> find(String metricId) {
        requireNonNull(metricId, "metricId is null");
        return metrics().stream().filter(m -> m.descriptor().id().equals(metricId)).findFirst();
    }

    /**
     * Evaluates every metric on one input. Returns within about {@code timeLimit}, whatever the metrics do.
     *
     * @param input the occupations and places, never null
     * @param timeLimit how long each metric may take, positive, never null
     * @return one outcome per metric, in registry order, never null
     */
    public List<MetricOutcome> evaluate(MetricInput input, Duration timeLimit) {
        requireNonNull(input, "input is null");
        requireNonNull(timeLimit, "timeLimit is null");
        long deadline = System.nanoTime() + timeLimit.toNanos();
        List<RegisteredMetric> metrics = metrics();
        MetricOutcome[] outcomes = new MetricOutcome[metrics.size()];
        Started[] running = new Started[metrics.size()];
        try {
            for (int i = 0; i < metrics.size(); i++) {
                RegisteredMetric m = metrics.get(i);
                MetricSlots slot = slots.get(i);
                if (slot.stuck()) {
                    outcomes[i] = failed(m, MetricStatus.BUSY, who(m) + " is left out: its " + slot.size()
                            + " earlier evaluations are still running past the " + timeLimit.toMillis() + " ms limit.");
                    continue;
                }
                MetricSlots.Evaluation evaluation = slot.take(m.metric(), input, deadline - System.nanoTime());
                if (evaluation == null) {
                    outcomes[i] = failed(m, MetricStatus.BUSY, who(m) + " is left out: all " + slot.size()
                            + " of its evaluation slots stayed busy for " + timeLimit.toMillis() + " ms.");
                    continue;
                }
                FutureTask<MetricResult> future = new FutureTask<>(evaluation);
                executor.execute(future);
                running[i] = new Started(evaluation, future);
            }
            for (int i = 0; i < metrics.size(); i++) {
                if (running[i] != null) {
                    outcomes[i] = outcome(metrics.get(i), running[i], deadline, timeLimit, input);
                }
            }
            return List.of(outcomes);
        } catch (InterruptedException e) {
            for (Started s : running) {
                if (s != null) {
                    s.abandon();
                }
            }
            Thread.currentThread().interrupt();
            throw new OccupationException(ErrorKind.INTERNAL, "Interrupted while evaluating metrics.", e);
        }
    }

    /** An evaluation that was handed to the pool. */
    private record Started(MetricSlots.Evaluation evaluation, Future<MetricResult> future) {
        void abandon() {
            evaluation.abandon();
            future.cancel(true);
        }
    }

    private static String who(RegisteredMetric m) {
        return (m.builtIn() ? "Built-in metric " : "Plugin '" + m.pluginId() + "' metric ") + "'"
                + m.descriptor().id() + "'";
    }

    private static MetricOutcome outcome(RegisteredMetric m, Started started, long deadline, Duration timeLimit,
            MetricInput input) throws InterruptedException {
        String who = who(m);
        try {
            MetricResult result = started.future().get(Math.max(0, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
            if (result == null) {
                return failed(m, MetricStatus.FAILED, who + " returned no result (null); it is left out.");
            }
            return new MetricOutcome(m.pluginId(), m.builtIn(), m.descriptor(), MetricStatus.OK,
                    keepInputCells(result, input, who));
        } catch (TimeoutException e) {
            started.abandon();
            return failed(m, MetricStatus.TIMED_OUT, who + " did not finish within " + timeLimit.toMillis()
                    + " ms; it is left out of this comparison.");
        } catch (ExecutionException e) {
            return failed(m, MetricStatus.FAILED, who + " failed and is left out: "
                    + PluginRegistrar.describe(e.getCause()));
        }
    }

    private static MetricOutcome failed(RegisteredMetric m, MetricStatus status, String note) {
        return new MetricOutcome(m.pluginId(), m.builtIn(), m.descriptor(), status,
                MetricResult.of(List.of(), List.of(note)));
    }

    /** Drops cells about occupations or places that were not asked about, and says so. */
    private static MetricResult keepInputCells(MetricResult result, MetricInput input, String who) {
        Set<OccupationCode> codes = new HashSet<>(input.codes());
        Set<Location> places = new HashSet<>(input.locations());
        List<MetricValue> kept = new ArrayList<>();
        for (MetricValue v : result.values()) {
            if (codes.contains(v.code()) && v.location().map(places::contains).orElse(true)) {
                kept.add(v);
            }
        }
        if (kept.size() == result.values().size()) {
            return result;
        }
        List<String> notes = new ArrayList<>(result.notes());
        notes.add(who + " returned " + (result.values().size() - kept.size()) + " value(s) for occupations or places"
                + " that were not asked about; they are left out.");
        return MetricResult.of(kept, notes);
    }
}
