package org.occucompare.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.occucompare.apiclient.FakeCareerOneStop.delayed;
import static org.occucompare.apiclient.FakeCareerOneStop.json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.Location;
import org.occucompare.core.source.OccupationKey;

/** Many occupations at once: bounded concurrency, the rate limit, partial failures, cancellation, interruption. */
class BatchFetchTest {
    private static final long LATENCY_MS = 500;

    private static List<OccupationKey> keys(int n) {
        List<OccupationKey> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(OccupationKey.parse(String.format("29-11%02d.00", i)));
        }
        return keys;
    }

    @Test
    void ten_occupations_cost_about_three_round_trips_with_four_in_flight() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(delayed(LATENCY_MS, json(200, "registered-nurses-ca.json")));
            // the defaults: 4 in flight, 5 requests per second
            CareerOneStopClient client = CareerOneStopClientTest.client(CareerOneStopClientTest.config(server)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));
            long start = System.nanoTime();

            List<OccupationFetch> fetched = client.findAll(keys(10), List.of(Location.NATIONAL));

            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(fetched).hasSize(10).allSatisfy(f -> assertThat(f.occupation()).isPresent());
            assertThat(server.requests()).hasSize(10);
            assertThat(server.maxInFlight()).isEqualTo(4);
            // ceil(10 / 4) = 3 waves of 500 ms at least; one at a time would take 10 × 500 = 5,000 ms
            assertThat(elapsed).isBetween(3 * LATENCY_MS, 3_500L);
        }
    }

    @Test
    void the_rate_limit_spaces_requests_beyond_the_burst() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            CareerOneStopClient client = CareerOneStopClientTest.client(CareerOneStopClientTest.config(server)
                    .withLimits(8, 4, 4));
            long start = System.nanoTime();

            client.findAll(keys(8), List.of(Location.NATIONAL));

            // a burst of 4, then 4 more at 4 per second: at least 4 × 250 ms = 1 s
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(900);
            assertThat(server.requests()).hasSize(8);
        }
    }

    @Test
    void one_failure_or_miss_does_not_sink_the_batch() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            CareerOneStopClient client = CareerOneStopClientTest.client(CareerOneStopClientTest.config(server)
                    .withLimits(1, 50, 50));
            server.then(json(200, "registered-nurses-ca.json"), json(404, "not-found-404.json"),
                    json(400, "bad-request-400.json"));

            List<OccupationFetch> fetched = client.findAll(keys(3), List.of(Location.NATIONAL));

            assertThat(fetched.get(0).occupation()).isPresent();
            assertThat(fetched.get(1).occupation()).isEmpty();
            assertThat(fetched.get(1).isFailed()).isFalse();
            assertThat(fetched.get(2).failure()).hasValueSatisfying(
                    e -> assertThat(e).hasMessageContaining("rejected the request"));
        }
    }

    @Test
    void cancelling_the_batch_stops_it_without_waiting_for_the_answers() throws Exception {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(delayed(3_000, json(200, "registered-nurses-ca.json")));
            CareerOneStopClient client = CareerOneStopClientTest.client(CareerOneStopClientTest.config(server)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)));

            CompletableFuture<List<OccupationFetch>> batch = client.findAllAsync(keys(10), List.of(Location.NATIONAL));
            TimeUnit.MILLISECONDS.sleep(400);
            long start = System.nanoTime();
            batch.cancel(true);

            assertThat(batch).isCancelled();
            TimeUnit.MILLISECONDS.sleep(500);
            assertThat(server.requests()).as("only the first wave was sent").hasSize(4);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
        }
    }

    @Test
    void interrupting_a_blocked_caller_cancels_the_batch_and_keeps_the_flag() throws Exception {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(delayed(3_000, json(200, "registered-nurses-ca.json")));
            CareerOneStopClient client = CareerOneStopClientTest.client(CareerOneStopClientTest.config(server)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)));
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicBoolean flag = new AtomicBoolean();
            Thread caller = new Thread(() -> {
                try {
                    client.findAll(keys(10), List.of(Location.NATIONAL));
                } catch (RuntimeException e) {
                    thrown.set(e);
                    flag.set(Thread.currentThread().isInterrupted());
                }
            });
            caller.start();
            TimeUnit.MILLISECONDS.sleep(400);
            caller.interrupt();
            caller.join(2_000);

            assertThat(caller.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOf(UpstreamException.class)
                    .hasMessageContaining("interrupted; the requests still running were cancelled");
            assertThat(flag.get()).isTrue();
            TimeUnit.MILLISECONDS.sleep(300);
            assertThat(server.requests()).hasSize(4);
        }
    }
}
