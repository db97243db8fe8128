package org.occucompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.occucompare.apiclient.FakeCareerOneStop;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.Lookup;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.web.config.AppConfig;
import org.occucompare.web.store.PostgresServer;

/**
 * Two app instances on one PostgreSQL store share the CareerOneStop cache, its fetches and its rate limit. The two
 * {@link Application}s run in one JVM but share nothing in memory: each has its own client, circuit breaker, in-process
 * coalescing and connection pool; only the database is common.
 */
class SharedCareerOneStopCacheTest {
    private static final OccupationKey NURSES = new OccupationKey.Code(OccupationCode.parse("29-1141.00"));
    private static PostgresServer postgres;

    private FakeCareerOneStop careerOneStop;
    private Application first;
    private Application second;
    private final List<Long> arrivals = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start_postgresql() {
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stop_postgresql() {
        postgres.close();
    }

    @BeforeEach
    void open_two_instances_on_one_database() {
        careerOneStop = new FakeCareerOneStop().otherwise(exchange -> {
            arrivals.add(System.nanoTime());
            // long enough that every request below arrives while the first fetch is still out
            FakeCareerOneStop.delayed(300, FakeCareerOneStop.json(200, "registered-nurses-ca.json"))
                    .respond(exchange);
        });
        AppConfig config = AppConfig.load(Map.of(AppConfig.DB, postgres.newDatabase(),
                AppConfig.DB_USER, PostgresServer.USER, AppConfig.DB_PASSWORD, PostgresServer.PASSWORD.reveal(),
                AppConfig.COS_USER_ID, FakeCareerOneStop.USER_ID, AppConfig.COS_TOKEN, FakeCareerOneStop.TOKEN,
                AppConfig.COS_BASE_URL, careerOneStop.baseUrl().toString(),
                AppConfig.PLUGINS_DIR, "target/no-plugins"), Optional.empty());
        first = Application.open(config, Clock.systemUTC());
        second = Application.open(config, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        second.close();
        first.close();
        careerOneStop.close();
    }

    @Test
    void a_hundred_concurrent_requests_over_both_instances_cause_one_upstream_call() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(100);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Lookup>> lookups = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                Application instance = i % 2 == 0 ? first : second;
                lookups.add(clients.submit(() -> {
                    go.await();
                    return instance.occupations().fetch(NURSES, Location.parse("CA"), Freshness.CACHED);
                }));
            }
            go.countDown();
            for (Future<Lookup> lookup : lookups) {
                assertThat(lookup.get(60, TimeUnit.SECONDS).occupation(NURSES)).isPresent();
            }
        } finally {
            clients.shutdownNow();
        }

        // the count alone: a failure must not print the requests, whose headers carry the (test) token
        assertThat(careerOneStop.requests().size()).isEqualTo(1);
    }

    /**
     * 24 occupations, 12 asked of each instance at the same moment, against the documented limit of 5 requests a
     * second with a burst of 10, answered at once: in any half second at most 10 + floor(0.5 × 5) = 12 requests may
     * start, whichever instance sends them (one more is allowed for the jitter between sending and arrival). Each
     * instance limiting itself alone lets 2 × 10 = 20 start at once.
     */
    @Test
    void the_rate_limit_holds_across_both_instances() throws Exception {
        careerOneStop.otherwise(exchange -> {
            arrivals.add(System.nanoTime());
            FakeCareerOneStop.json(200, "registered-nurses-ca.json").respond(exchange);
        });
        List<OccupationKey> codes = IntStream.rangeClosed(1, 24)
                .mapToObj(i -> (OccupationKey) new OccupationKey.Code(OccupationCode.parse(
                        String.format("15-20%02d.00", i))))
                .toList();
        CompletableFuture<Lookup> a = CompletableFuture.supplyAsync(() -> first.occupations()
                .fetch(codes.subList(0, 12), List.of(Location.NATIONAL), Freshness.CACHED));
        CompletableFuture<Lookup> b = CompletableFuture.supplyAsync(() -> second.occupations()
                .fetch(codes.subList(12, 24), List.of(Location.NATIONAL), Freshness.CACHED));
        a.get(60, TimeUnit.SECONDS);
        b.get(60, TimeUnit.SECONDS);

        List<Long> sorted = arrivals.stream().sorted().toList();
        assertThat(sorted).hasSize(24);
        long halfSecond = TimeUnit.MILLISECONDS.toNanos(500);
        for (int i = 0; i < sorted.size(); i++) {
            long from = sorted.get(i);
            long inWindow = sorted.stream().filter(t -> t >= from && t < from + halfSecond).count();
            assertThat(inWindow).as("requests within 500 ms of request %d", i).isLessThanOrEqualTo(12 + 1);
        }
    }
}
