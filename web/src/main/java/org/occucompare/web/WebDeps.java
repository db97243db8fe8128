package org.occucompare.web;

import static java.util.Objects.requireNonNull;

import org.occucompare.web.analysis.AnalysisServices;
import org.occucompare.web.metrics.AppMetrics;
import org.occucompare.web.source.DataSources;

/**
 * What {@link WebApp} is built from. Constructor injection keeps the wiring explicit and the tests free to pass
 * their own parts.
 *
 * @param version the version that {@code /api/health} and the exports report, never null
 * @param data the data the app runs on (the store, and CareerOneStop behind the cache when configured), never null
 * @param analysis the analytics of this process: plugins loaded at startup, the metric registry and the similarity
 *     index of the dataset, never null
 * @param metrics the metrics this process records and serves at {@code /metrics}, never null
 */
public record WebDeps(String version, DataSources data, AnalysisServices analysis, AppMetrics metrics) {

    /** Validates the components. */
    public WebDeps {
        requireNonNull(version, "version is null");
        requireNonNull(data, "data is null");
        requireNonNull(analysis, "analysis is null");
        requireNonNull(metrics, "metrics is null");
    }

    /** The parts of an app with metrics of its own. */
    public WebDeps(String version, DataSources data, AnalysisServices analysis) {
        this(version, data, analysis, AppMetrics.create());
    }
}
