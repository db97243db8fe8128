package org.occucompare.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.occucompare.apiclient.FakeCareerOneStop.delayed;
import static org.occucompare.apiclient.FakeCareerOneStop.json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.Lookup;
import org.occucompare.core.source.Miss;
import org.occucompare.core.source.OccupationKey;

/** Many occupations at once: bounded concurrency, the rate limit, partial failures, interruption. */
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
            // the defaults: 4 in flight, 5 requests per second with a burst of 10
            CareerOneStopClient client = CareerOneStopClientTest.client(CareerOneStopClientTest.config(server)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));
            long start = System.nanoTime();

            Lookup fetched = client.fetch(keys(10), List.of(Location.NATIONAL), Freshness.CACHED);

            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(fetched.occupations()).hasSize(10);
            assertThat(fetched.misses()).isEmpty();
            assertThat(server.requests()).hasSize(10);
            assertThat(server.maxInFlight()).isEqualTo(4);
            // four in flight at once is what makes it about three round trips; the wall time only has a floor here
            // (ceil(10 / 4) = 3 waves of 500 ms): a ceiling would measure the machine's load, not the client
            assertThat(elapsed).isGreaterThanOrEqualTo(3 * LATENCY_MS);
        }
    }

    @Test
    void the_rate_limit_spaces_requests_beyond_the_burst() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            CareerOneStopClient client = CareerOneStopClientTest.client(CareerOneStopClientTest.config(server)
                    .withLimits(8, 4, 4));
            long start = System.nanoTime();

            client.fetch(keys(8), List.of(Location.NATIONAL), Freshness.CACHED);

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
            // one at a time, so the answers go to the keys in order; the third fails all its three attempts
            server.then(json(200, "registered-nurses-ca.json"), json(404, "not-found-404.json"),
                    FakeCareerOneStop.text(503, "text/plain", "down"), FakeCareerOneStop.text(503, "text/plain", "down"),
                    FakeCareerOneStop.text(503, "text/plain", "down"));
            List<OccupationKey> keys = keys(3);

            Lookup fetched = client.fetch(keys, List.of(Location.NATIONAL), Freshness.CACHED);

            assertThat(fetched.occupation(keys.get(0))).isPresent();
            assertThat(fetched.miss(keys.get(1))).hasValueSatisfying(m -> {
                assertThat(m.kind()).isEqualTo(Miss.Kind.NOT_FOUND);
                assertThat(m.failure()).isEmpty();
            });
            assertThat(fetched.miss(keys.get(2))).hasValueSatisfying(m -> {
                assertThat(m.kind()).isEqualTo(Miss.Kind.UNAVAILABLE);
                assertThat(m.failure()).hasValueSatisfying(e -> assertThat(e).isInstanceOf(UpstreamException.class)
                        .hasMessageContaining("answered HTTP 503"));
            });
        }
    }

    @Test
    void a_404_an_error_occurred_is_an_unavailable_occupation_not_a_miss() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            CareerOneStopClient client = CareerOneStopClientTest.client(CareerOneStopClientTest.config(server));
            server.otherwise(FakeCareerOneStop.text(404, "application/json",
                    "{\"Message\": \"Not found - (An error occurred)\"}"));
            List<OccupationKey> keys = keys(1);

            Lookup fetched = client.fetch(keys, List.of(Location.NATIONAL), Freshness.CACHED);

            assertThat(fetched.miss(keys.get(0))).hasValueSatisfying(m -> {
                assertThat(m.kind()).isEqualTo(Miss.Kind.UNAVAILABLE);
                assertThat(m.failure()).hasValueSatisfying(e -> assertThat(e).isInstanceOf(UpstreamException.class)
                        .hasMessageContaining("An error occurred"));
            });
        }
    }

    @Test
    void a_rejected_request_is_bad_input_for_the_whole_call() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            CareerOneStopClient client = CareerOneStopClientTest.client(CareerOneStopClientTest.config(server)
                    .withLimits(1, 50, 50));
            server.then(json(200, "registered-nurses-ca.json"), json(400, "bad-request-400.json"));

            assertThatThrownBy(() -> client.fetch(keys(2), List.of(Location.NATIONAL), Freshness.CACHED))
                    .isInstanceOfSatisfying(OccupationException.class,
                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                    .hasMessageContaining("rejected the request");
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
                    client.fetch(keys(10), List.of(Location.NATIONAL), Freshness.CACHED);
                } catch (RuntimeException e) {
                    thrown.set(e);
                    flag.set(Thread.currentThread().isInterrupted());
                }
            });
            caller.start();
            TimeUnit.MILLISECONDS.sleep(400);
            long interrupted = System.nanoTime();
            caller.interrupt();
            caller.join(2_000);

            // the caller returns without waiting for the answers (3 s away)
            assertThat(caller.isAlive()).isFalse();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interrupted)).isLessThan(2_000);
            assertThat(thrown.get()).isInstanceOf(UpstreamException.class)
                    .hasMessageContaining("interrupted; the requests still running were cancelled");
            assertThat(flag.get()).isTrue();
            TimeUnit.MILLISECONDS.sleep(300);
            assertThat(server.requests()).as("only the first wave was sent").hasSize(4);
        }
    }
}
