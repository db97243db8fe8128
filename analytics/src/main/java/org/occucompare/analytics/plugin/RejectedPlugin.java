package org.occucompare.analytics.plugin;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A plugin the loader refused, with the reason; the application runs on without it. Immutable and thread-safe.
 *
 * @param origin the jar or directory name, or {@code class path} for a provider found there, never null
 * @param pluginId the plugin's id when it got that far, or empty; never null
 * @param reason why it was refused and what to do, a sentence, never null
 */
public record RejectedPlugin(String origin, Optional<String> pluginId, String reason) {
    /** Rejects null. */
    public RejectedPlugin {
        requireNonNull(origin, "origin is null");
        requireNonNull(pluginId, "pluginId is null");
        requireNonNull(reason, "reason is null");
    }
}
