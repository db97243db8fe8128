package org.occucompare.analytics.plugin;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.core.spi.MetricDescriptor;

/**
 * A plugin that loaded, for listings such as {@code GET /api/plugins}. Immutable and thread-safe.
 *
 * @param id the plugin's id, never null
 * @param spiVersion the SPI version it was built against, never null
 * @param origin where it came from: {@code built-in} or the jar or directory name, never null
 * @param builtIn true for OccuCompare's own metrics
 * @param metrics what its metrics are, never null
 */
public record LoadedPlugin(String id, String spiVersion, String origin, boolean builtIn,
        List<MetricDescriptor> metrics) {
    /** Rejects null and copies. */
    public LoadedPlugin {
        requireNonNull(id, "id is null");
        requireNonNull(spiVersion, "spiVersion is null");
        requireNonNull(origin, "origin is null");
        metrics = List.copyOf(requireNonNull(metrics, "metrics is null"));
    }
}
