package org.occucompare.web.health;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;

/** Client/server IO of {@code GET /api/health}. Immutable and thread-safe. */
public final class HealthController {
    private final HealthResponse healthy;

    /**
     * Creates the controller.
     *
     * @param version the version to report, never null
     */
    public HealthController(String version) {
        this.healthy = new HealthResponse("ok", requireNonNull(version, "version is null"));
    }

    /**
     * Answers {@code 200} with a {@link HealthResponse}.
     *
     * @param ctx the request, never null
     */
    public void health(Context ctx) {
        ctx.json(healthy);
    }
}
