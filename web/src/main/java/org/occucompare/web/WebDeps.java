package org.occucompare.web;

import static java.util.Objects.requireNonNull;

import org.occucompare.web.metrics.AppMetrics;

/**
 * What {@link WebApp} is built from: the open {@link Application} and what only the web app needs on top of it.
 * Constructor injection keeps the wiring explicit and the tests free to pass their own parts.
 *
 * @param version the version that {@code /api/health} and the exports report, never null
 * @param app the composition root the app runs on, open, never null
 * @param metrics the metrics this process records and serves at {@code /metrics}, never null
 */
public record WebDeps(String version, Application app, AppMetrics metrics) {

    /** Validates the components. */
    public WebDeps {
        requireNonNull(version, "version is null");
        requireNonNull(app, "app is null");
        requireNonNull(metrics, "metrics is null");
    }

    /** The parts of an app, serving the metrics the application records into. */
    public WebDeps(String version, Application app) {
        this(version, app, app.metrics());
    }
}
