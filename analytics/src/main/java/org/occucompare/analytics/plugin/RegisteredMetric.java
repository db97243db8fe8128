package org.occucompare.analytics.plugin;

import static java.util.Objects.requireNonNull;

import org.occucompare.core.spi.MetricDescriptor;
import org.occucompare.core.spi.OccupationMetric;

/**
 * A metric that is ready to evaluate, with where it came from. Immutable and thread-safe (metrics must be).
 *
 * @param pluginId the id of the plugin that offers it, never null
 * @param builtIn true for OccuCompare's own metrics
 * @param descriptor the metric's descriptor, read once at load time, never null
 * @param metric the metric, never null
 */
public record RegisteredMetric(String pluginId, boolean builtIn, MetricDescriptor descriptor,
        OccupationMetric metric) {
    /** Rejects null. */
    public RegisteredMetric {
        requireNonNull(pluginId, "pluginId is null");
        requireNonNull(descriptor, "descriptor is null");
        requireNonNull(metric, "metric is null");
    }
}
