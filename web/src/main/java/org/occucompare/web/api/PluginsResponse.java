package org.occucompare.web.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.analytics.plugin.LoadedPlugin;
import org.occucompare.analytics.plugin.RejectedPlugin;

/**
 * The JSON body of {@code GET /api/plugins}: the metric plugins loaded at startup, and those refused with reasons.
 *
 * @param loaded the plugins in use (id, spiVersion, origin, builtIn, metrics), never null
 * @param rejected the plugins refused (origin, pluginId or null, reason), never null
 */
public record PluginsResponse(List<LoadedPlugin> loaded, List<RejectedPlugin> rejected) {

    /** Validates and copies. */
    public PluginsResponse {
        loaded = List.copyOf(requireNonNull(loaded, "loaded is null"));
        rejected = List.copyOf(requireNonNull(rejected, "rejected is null"));
    }
}
