package org.occucompare.web.health;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.occucompare.web.store.OccupationStore;
import org.occucompare.web.store.StoreStatus;

/**
 * Client/server IO of {@code GET /api/health} (liveness: the server answers, and names the dataset version it
 * serves) and {@code GET /api/ready} (readiness: the store answers and holds a dataset, so a load balancer may send
 * traffic; 503 otherwise). Thread-safe.
 */
public final class HealthController {
    private final String version;
    private final OccupationStore store;

    /**
     * Creates the controller.
     *
     * @param version the version to report, never null
     * @param store the store whose dataset version to report, never null
     */
    public HealthController(String version, OccupationStore store) {
        this.version = requireNonNull(version, "version is null");
        this.store = requireNonNull(store, "store is null");
    }

    /**
     * Answers {@code 200} with a {@link HealthResponse} whose status is {@code ok}, whatever the store does.
     *
     * @param ctx the request, never null
     */
    public void health(Context ctx) {
        StoreStatus status = store.status();
        ctx.json(new HealthResponse("ok", version, status.dataset().map(DatasetView::of).orElse(null),
                status.problem().orElse(null)));
    }

    /**
     * Answers {@code 200} {@code ready} when the store answers and holds a dataset, else {@code 503}
     * {@code not ready} with the problem.
     *
     * @param ctx the request, never null
     */
    public void ready(Context ctx) {
        StoreStatus status = store.status();
        String problem = status.problem().orElse(status.dataset().isEmpty() ? "no dataset is loaded yet" : null);
        ctx.status(problem == null ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
        ctx.json(new HealthResponse(problem == null ? "ready" : "not ready", version,
                status.dataset().map(DatasetView::of).orElse(null), problem));
    }
}
