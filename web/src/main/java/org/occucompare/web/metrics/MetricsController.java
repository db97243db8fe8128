package org.occucompare.web.metrics;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;

/** Client/server IO of {@code GET /metrics}: the metrics in Prometheus' text format. Thread-safe. */
public final class MetricsController {
    /** The content type of Prometheus' text exposition format. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final AppMetrics metrics;

    /**
     * Creates the controller.
     *
     * @param metrics the app's metrics, never null
     */
    public MetricsController(AppMetrics metrics) {
        this.metrics = requireNonNull(metrics, "metrics is null");
    }

    /**
     * Answers the metrics.
     *
     * @param ctx the request, never null
     */
    public void scrape(Context ctx) {
        ctx.contentType(CONTENT_TYPE).result(metrics.scrape());
    }
}
