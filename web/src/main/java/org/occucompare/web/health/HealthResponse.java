package org.occucompare.web.health;

import static java.util.Objects.requireNonNull;

/**
 * The JSON body of {@code GET /api/health}: {@code {"status":"ok","version":"0.1.0"}}.
 *
 * @param status always {@code ok} while the server answers; never null
 * @param version the version of OccuCompare that answers; never null
 */
public record HealthResponse(String status, String version) {

    /** Validates the components. */
    public HealthResponse {
        requireNonNull(status, "status is null");
        requireNonNull(version, "version is null");
    }
}
