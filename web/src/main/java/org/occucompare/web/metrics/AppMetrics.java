package org.occucompare.web.metrics;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.occucompare.apiclient.BreakerState;
import org.occucompare.apiclient.UpstreamListener;
import org.occucompare.web.store.CacheResult;
import org.occucompare.web.store.DatasetVersion;

/**
 * The app's metrics, exposed in Prometheus' text format at {@code /metrics}: one small facade so that the rest of
 * the app records what happened (a request served, an upstream call, a cache answer, a plugin time-out) without
 * knowing Micrometer. Meter names follow Micrometer's conventions (dots, base units); Prometheus shows them with
 * underscores and unit suffixes, such as {@code http_server_requests_seconds}. Thread-safe.
 */
public final class AppMetrics {
    private final PrometheusMeterRegistry registry;
    private final Map<String, AtomicInteger> breakers = new ConcurrentHashMap<>();

    private AppMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    /** A new registry with the JVM's and the process's own figures (memory, GC, threads, CPU, uptime). */
    public static AppMetrics create() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("application", "occucompare");
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return new AppMetrics(registry);
    }

    /** The registry, for the parts that report through Micrometer's own binders (the connection pool). */
    public MeterRegistry registry() {
        return registry;
    }

    /**
     * Records one HTTP request served.
     *
     * @param method the HTTP method, such as {@code GET}
     * @param route the route template that matched, such as {@code /api/occupations/{code}}, or {@code unmatched}
     * @param status the response status
     * @param duration how long it took
     */
    public void request(String method, String route, int status, Duration duration) {
        Timer.builder("http.server.requests").description("HTTP requests served, by route")
                .tags("method", method, "route", route, "status", Integer.toString(status),
                        "outcome", outcome(status))
                .publishPercentileHistogram().register(registry).record(duration);
        if (status >= 500) {
            Counter.builder("occucompare.errors").description("Requests that ended in a server error, by route")
                    .tags("route", route, "status", Integer.toString(status)).register(registry).increment();
        }
    }

    /**
     * Records one call to an upstream service.
     *
     * @param upstream the service, such as {@code careeronestop}
     * @param outcome how it ended: {@code ok}, {@code not_found}, {@code rejected}, {@code rate_limited},
     *     {@code deadline}, {@code breaker_open} or {@code error}
     * @param duration how long it took, retries included
     */
    public void upstreamCall(String upstream, String outcome, Duration duration) {
        Timer.builder("occucompare.upstream.calls").description("Calls to upstream services")
                .tags("upstream", upstream, "outcome", outcome).register(registry).record(duration);
        if (!outcome.equals("ok") && !outcome.equals("not_found")) {
            Counter.builder("occucompare.upstream.errors").description("Calls to upstream services that failed")
                    .tags("upstream", upstream, "outcome", outcome).register(registry).increment();
        }
    }

    /**
     * What the CareerOneStop client reports, recorded here: each request's outcome and duration, each retry, and
     * the circuit breaker's state as a gauge (0 closed, 1 half-open, 2 open).
     *
     * @param upstream the service, such as {@code careeronestop}, never null
     * @return the listener to give the client, never null
     */
    public UpstreamListener upstreamListener(String upstream) {
        requireNonNull(upstream, "upstream is null");
        AtomicInteger breaker = breakers.computeIfAbsent(upstream, name -> {
            AtomicInteger state = new AtomicInteger();
            Gauge.builder("occucompare.upstream.breaker", state, AtomicInteger::get).tag("upstream", name)
                    .description("The upstream's circuit breaker: 0 closed, 1 half-open (one trial request), 2 open"
                            + " (refusing at once)").register(registry);
            return state;
        });
        return new UpstreamListener() {
            @Override
            public void requestEnded(Outcome outcome, Duration duration) {
                upstreamCall(upstream, outcome.name().toLowerCase(Locale.ROOT), duration);
            }

            @Override
            public void retried() {
                upstreamRetry(upstream);
            }

            @Override
            public void breakerChanged(BreakerState state) {
                breaker.set(state.ordinal());
            }
        };
    }

    /** Records one retry of an upstream call. */
    public void upstreamRetry(String upstream) {
        Counter.builder("occucompare.upstream.retries").description("Retries of upstream calls")
                .tag("upstream", upstream).register(registry).increment();
    }

    /** Records how a cached lookup was answered. */
    public void cacheLookup(String cache, CacheResult result) {
        Counter.builder("occucompare.cache.lookups").description("Cache lookups, by result")
                .tags("cache", cache, "result", result.name().toLowerCase(Locale.ROOT)).register(registry)
                .increment();
    }

    /** Records a plugin metric that ran out of time. */
    public void pluginTimeout(String plugin) {
        Counter.builder("occucompare.plugin.timeouts").description("Plugin evaluations stopped at their time limit")
                .tag("plugin", plugin).register(registry).increment();
    }

    /**
     * Reports the dataset version a store serves, and how long the import that wrote it took (imports run as
     * separate processes: the server reads their duration from the store at each scrape).
     *
     * @param dataset the current dataset version, read at each scrape; never null
     */
    public void watchDataset(Supplier<Optional<DatasetVersion>> dataset) {
        requireNonNull(dataset, "dataset is null");
        Gauge.builder("occucompare.dataset.version", () -> dataset.get().map(DatasetVersion::id).orElse(0L))
                .description("The dataset version served; 0 before any is loaded").register(registry);
        Gauge.builder("occucompare.dataset.import", () -> dataset.get().flatMap(DatasetVersion::importDuration)
                .map(d -> d.toNanos() / 1e9).orElse(Double.NaN)).baseUnit("seconds")
                .description("How long the import of the dataset version served took").register(registry);
    }

    /** Every metric in Prometheus' text exposition format. */
    public String scrape() {
        return registry.scrape();
    }

    private static String outcome(int status) {
        if (status >= 500) {
            return "SERVER_ERROR";
        }
        if (status >= 400) {
            return "CLIENT_ERROR";
        }
        return status >= 300 ? "REDIRECTION" : "SUCCESS";
    }
}
