package org.occucompare.analytics.plugin;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a {@link PluginLoader} run found. Immutable and thread-safe.
 *
 * @param loaded the plugins that loaded, built-ins first, then in directory order; never null
 * @param rejected the plugins that were refused, with reasons; never null
 * @param metrics the metrics of the loaded plugins, in the same order; never null
 */
public record PluginLoadResult(List<LoadedPlugin> loaded, List<RejectedPlugin> rejected,
        List<RegisteredMetric> metrics) {
    /** Rejects null and copies. */
    public PluginLoadResult {
        loaded = List.copyOf(requireNonNull(loaded, "loaded is null"));
        rejected = List.copyOf(requireNonNull(rejected, "rejected is null"));
        metrics = List.copyOf(requireNonNull(metrics, "metrics is null"));
    }
}
