package org.occucompare.analytics.plugin;

import static java.util.Objects.requireNonNull;

import org.occucompare.core.spi.MetricDescriptor;
import org.occucompare.core.spi.MetricResult;

/**
 * One metric's part of a comparison: its result, or a note saying why there is none. Immutable and thread-safe.
 *
 * @param pluginId the plugin that offers the metric, never null
 * @param builtIn true for OccuCompare's own metrics
 * @param descriptor the metric, never null
 * @param status how the evaluation went, never null
 * @param result the cells and notes; for a failure or time-out no cells and a note with the reason; never null
 */
public record MetricOutcome(String pluginId, boolean builtIn, MetricDescriptor descriptor, MetricStatus status,
        MetricResult result) {
    /** Rejects null. */
    public MetricOutcome {
        requireNonNull(pluginId, "pluginId is null");
        requireNonNull(descriptor, "descriptor is null");
        requireNonNull(status, "status is null");
        requireNonNull(result, "result is null");
    }
}
