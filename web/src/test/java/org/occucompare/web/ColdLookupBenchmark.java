package org.occucompare.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.occucompare.web.config.AppConfig;

/**
 * The benchmark harness of cold CareerOneStop lookups (a {@code main}, never part of the test run): a local stand-in
 * for CareerOneStop answers every occupation after an injected latency (300 ms by default) with the api-client's
 * Registered Nurses fixture relabelled to the code asked for; a real app over a fresh store (so its cache is cold)
 * serves {@code /api/occupations/{code}} and {@code /api/compare} of 10 occupations in one place. Each run starts a
 * new app and store; the first run warms the JVM and is not counted. Prints the medians, the upstream requests per
 * comparison and the most requests the stand-in saw in flight at once. See docs/performance.md, "CareerOneStop
 * lookups".
 */
public final class ColdLookupBenchmark {
    private static final List<String> TEN = List.of("29-1141.00", "29-2061.00", "29-1171.00", "15-1252.00",
            "15-1211.00", "47-2111.00", "49-9021.00", "11-1011.00", "11-3031.00", "15-2051.00");
    private static final String ONE = "13-2011.00";
    private static final String PLACE = "CA";
    private static final Pattern CODE = Pattern.compile("/v1/occupation/[^/]+/([^/]+)/");

    private ColdLookupBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args optionally the latency in milliseconds (default 300) and the number of counted runs (default 5)
     * @throws Exception if the stand-in cannot start or a request fails
     */
    public static void main(String[] args) throws Exception {
        long latency = args.length > 0 ? Long.parseLong(args[0]) : 300;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Double> lookups = new ArrayList<>();
        List<Double> comparisons = new ArrayList<>();
        try (StandIn careerOneStop = new StandIn(latency)) {
            for (int run = 0; run <= runs; run++) {
                try (TestServer app = TestServer.start(Map.of(AppConfig.COS_USER_ID, "bench-user",
                        AppConfig.COS_TOKEN, "bench-token", AppConfig.COS_BASE_URL, careerOneStop.baseUrl()),
                        config -> { })) {
                    // build the similarity dataset of the store first: it is paid once per process, not per request
                    check(app.get("/api/similar/29-1141.00"));
                    careerOneStop.reset();
                    double lookup = millis(() -> check(app.get("/api/occupations/" + ONE + "?location=" + PLACE)));
                    int lookupRequests = careerOneStop.requests();
                    careerOneStop.reset();
                    double compare = millis(() -> check(app.get("/api/compare?occupations="
                            + String.join(",", TEN) + "&locations=" + PLACE)));
                    System.out.printf(Locale.ROOT, "run %d%s: lookup %.0f ms (%d requests), compare of %d %.0f ms"
                            + " (%d requests, at most %d in flight)%n", run, run == 0 ? " (warm-up)" : "", lookup,
                            lookupRequests, TEN.size(), compare, careerOneStop.requests(),
                            careerOneStop.maxInFlight());
                    if (run > 0) {
                        lookups.add(lookup);
                        comparisons.add(compare);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n| What (latency %d ms, median of %d cold runs) | time |%n|---|---:|%n",
                latency, runs);
        System.out.printf(Locale.ROOT, "| `GET /api/occupations/%s?location=%s` | %.0f ms |%n", ONE, PLACE,
                median(lookups));
        System.out.printf(Locale.ROOT, "| `GET /api/compare` of %d occupations in %s | %.0f ms |%n", TEN.size(), PLACE,
                median(comparisons));
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private static double millis(IoAction action) throws IOException, InterruptedException {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** A request that may fail with I/O. */
    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException, InterruptedException;
    }

    /** CareerOneStop on 127.0.0.1: every answer after the latency, each request on a thread of its own. */
    private static final class StandIn implements AutoCloseable {
        private final HttpServer server;
        private final ExecutorService executor = Executors.newCachedThreadPool();
        private final String body;
        private final long latency;
        private final AtomicInteger requests = new AtomicInteger();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger maxInFlight = new AtomicInteger();

        StandIn(long latency) throws IOException {
            this.latency = latency;
            try (InputStream in = Objects.requireNonNull(ColdLookupBenchmark.class.getResourceAsStream(
                    "/careeronestop/registered-nurses-ca.json"), "the api-client test jar is not on the classpath")) {
                this.body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.setExecutor(executor);
            server.createContext("/", this::answer);
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void reset() {
            requests.set(0);
            maxInFlight.set(0);
        }

        int requests() {
            return requests.get();
        }

        int maxInFlight() {
            return maxInFlight.get();
        }

        private void answer(HttpExchange exchange) throws IOException {
            requests.incrementAndGet();
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                TimeUnit.MILLISECONDS.sleep(latency);
                Matcher code = CODE.matcher(exchange.getRequestURI().getRawPath());
                byte[] bytes = (code.find() ? body.replace("29-1141.00", code.group(1)) : body)
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("interrupted", e));
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
