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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.spi.MetricInput;
import org.occucompare.core.spi.MetricResult;
import org.occucompare.core.spi.MetricValue;

/**
 * The metrics a comparison evaluates, built-in and plugin alike, with what was loaded and refused. Evaluation is
 * guarded: all metrics run at once on daemon threads, each with a time limit, and a metric that throws, returns null
 * or overruns yields a note on its own outcome while the others are unaffected. Thread-safe.
 */
public final class MetricRegistry {
    /** The default time one evaluation of one metric may take. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMillis(200);

    private final PluginLoadResult plugins;
    private final ExecutorService executor;

    private MetricRegistry(PluginLoadResult plugins) {
        this.plugins = plugins;
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "occucompare-metric");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A registry of what a loader found.
     *
     * @param plugins the loader's result, never null
     * @return the registry, never null
     */
    public static MetricRegistry of(PluginLoadResult plugins) {
        return new MetricRegistry(requireNonNull(plugins, "plugins is null"));
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
     * Evaluates every metric on one input.
     *
     * @param input the occupations and places, never null
     * @param timeLimit how long each metric may take, positive, never null
     * @return one outcome per metric, in registry order, never null
     */
    public List<MetricOutcome> evaluate(MetricInput input, Duration timeLimit) {
        requireNonNull(input, "input is null");
        requireNonNull(timeLimit, "timeLimit is null");
        List<Future<MetricResult>> futures = new ArrayList<>();
        for (RegisteredMetric m : metrics()) {
            futures.add(executor.submit(() -> m.metric().evaluate(input)));
        }
        long deadline = System.nanoTime() + timeLimit.toNanos();
        List<MetricOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            outcomes.add(outcome(metrics().get(i), futures.get(i), deadline, timeLimit, input));
        }
        return outcomes;
    }

    private static MetricOutcome outcome(RegisteredMetric m, Future<MetricResult> future, long deadline,
            Duration timeLimit, MetricInput input) {
        String who = (m.builtIn() ? "Built-in metric " : "Plugin '" + m.pluginId() + "' metric ") + "'"
                + m.descriptor().id() + "'";
        try {
            MetricResult result = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (result == null) {
                return failed(m, MetricStatus.FAILED, who + " returned no result (null); it is left out.");
            }
            return new MetricOutcome(m.pluginId(), m.builtIn(), m.descriptor(), MetricStatus.OK,
                    keepInputCells(result, input, who));
        } catch (TimeoutException e) {
            future.cancel(true);
            return failed(m, MetricStatus.TIMED_OUT, who + " did not finish within " + timeLimit.toMillis()
                    + " ms; it is left out of this comparison.");
        } catch (ExecutionException e) {
            return failed(m, MetricStatus.FAILED, who + " failed and is left out: "
                    + PluginRegistrar.describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OccupationException(ErrorKind.INTERNAL, "Interrupted while evaluating metrics.", e);
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
