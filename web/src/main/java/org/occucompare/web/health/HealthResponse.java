package org.occucompare.web.health;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The JSON body of {@code GET /api/health} and {@code GET /api/ready}, such as
 * {@code {"status":"ok","version":"0.1.0","dataset":{"version":3,…},"problem":null}}.
 *
 * @param status {@code ok} (health, always while the server answers), {@code ready} or {@code not ready}; never null
 * @param version the version of OccuCompare that answers; never null
 * @param dataset the dataset version the store serves, or null when none is loaded or the store does not answer
 * @param problem why the server is not ready, or null
 */
public record HealthResponse(String status, String version, @Nullable DatasetView dataset, @Nullable String problem) {

    /** Validates the components. */
    public HealthResponse {
        requireNonNull(status, "status is null");
        requireNonNull(version, "version is null");
    }
}
