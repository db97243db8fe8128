package org.occucompare.web.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.analytics.plugin.RegisteredMetric;
import org.occucompare.core.spi.MetricDescriptor;

/**
 * The JSON body of {@code GET /api/metrics}: every metric a comparison evaluates, built-in and plugin.
 *
 * @param metrics the metrics, in evaluation order, never null
 */
public record MetricsResponse(List<Metric> metrics) {

    /** Validates and copies. */
    public MetricsResponse {
        metrics = List.copyOf(requireNonNull(metrics, "metrics is null"));
    }

    /**
     * The response for the registered metrics.
     *
     * @param registered the metrics, never null
     * @return the response, never null
     */
    public static MetricsResponse of(List<RegisteredMetric> registered) {
        return new MetricsResponse(registered.stream().map(r -> new Metric(r.pluginId(), r.builtIn(), r.descriptor()))
                .toList());
    }

    /**
     * One metric.
     *
     * @param pluginId the plugin that offers it, never null
     * @param builtIn true for OccuCompare's own metrics
     * @param descriptor id, displayName, unit, direction (which way is better) and description; never null
     */
    public record Metric(String pluginId, boolean builtIn, MetricDescriptor descriptor) {

        /** Validates. */
        public Metric {
            requireNonNull(pluginId, "pluginId is null");
            requireNonNull(descriptor, "descriptor is null");
        }
    }
}
