package org.occucompare.web.metrics;

import static java.util.Objects.requireNonNull;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;

/**
 * Times every request and records it by route template (so {@code /api/occupations/29-1141.00} and
 * {@code /api/occupations/15-1252.00} count as one route), method and status. Stateless.
 */
public final class RequestMetrics {
    private static final String STARTED = RequestMetrics.class.getName() + ".started";

    private RequestMetrics() {
    }

    /**
     * Adds the timing handlers to an app's configuration.
     *
     * @param config the app's configuration, never null
     * @param metrics where requests are recorded, never null
     */
    public static void register(JavalinConfig config, AppMetrics metrics) {
        requireNonNull(metrics, "metrics is null");
        config.routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        config.routes.after(ctx -> record(ctx, metrics));
    }

    private static void record(Context ctx, AppMetrics metrics) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        String route = matched == null ? "unmatched" : matched.path;
        metrics.request(ctx.method().name(), route, ctx.statusCode(), Duration.ofNanos(System.nanoTime() - started));
    }
}
