/**
 * Metrics: {@link org.occucompare.web.metrics.AppMetrics}, the facade the app records through (requests, upstream
 * calls and retries, cache answers, plugin time-outs, the dataset served), exposed in Prometheus' format at
 * {@code /metrics}; request timing per route.
 */
@NullMarked
package org.occucompare.web.metrics;

import org.jspecify.annotations.NullMarked;
