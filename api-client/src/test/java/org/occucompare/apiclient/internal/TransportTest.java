package org.occucompare.apiclient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.occucompare.apiclient.FakeCareerOneStop.delayed;
import static org.occucompare.apiclient.FakeCareerOneStop.json;
import static org.occucompare.apiclient.FakeCareerOneStop.reset;
import static org.occucompare.apiclient.FakeCareerOneStop.retryAfter;
import static org.occucompare.apiclient.FakeCareerOneStop.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.occucompare.apiclient.FakeCareerOneStop;
import org.occucompare.apiclient.UpstreamException;
import org.occucompare.core.ErrorKind;

class TransportTest {
    private static final OccupationRequest NURSES = OccupationRequest.everything("29-1141.00", "CA");

    private static Transport transport(FakeCareerOneStop server, Duration timeout, int attempts, int concurrency,
            double rate) {
        TransportSettings settings =
                Apis.settings(server.baseUrl(), FakeCareerOneStop.TOKEN, timeout, attempts, concurrency, rate);
        return new Transport(settings, new Redactor(List.of(settings.token())));
    }

    private static Transport transport(FakeCareerOneStop server) {
        return transport(server, Duration.ofSeconds(2), 3, 4, 1_000);
    }

    @Test
    void the_request_carries_the_bearer_token_and_asks_for_json() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            HttpReply reply = transport(server).get(NURSES);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            FakeCareerOneStop.Seen seen = server.requests().get(0);
            assertThat(seen.authorization()).isEqualTo("Bearer " + FakeCareerOneStop.TOKEN);
            assertThat(seen.accept()).contains("application/json", "text/json");
            assertThat(seen.pathSegments()).containsExactly("", "v1", "occupation", FakeCareerOneStop.USER_ID,
                    "29-1141.00", "CA");
        }
    }

    @Test
    void a_title_with_every_awkward_character_arrives_intact() {
        String title = "Police and Sheriff's Patrol Officers, Computer Systems Engineers/Architects (CCU) +1";
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            transport(server).get(OccupationRequest.everything(title, "Chicago, IL"));

            assertThat(server.requests().get(0).keyword()).isEqualTo(title);
            assertThat(server.requests().get(0).location()).isEqualTo("Chicago, IL");
        }
    }

    @Test
    void a_500_then_a_200_succeeds_on_the_second_attempt() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(text(500, "text/plain", "boom"));

            assertThat(transport(server).get(NURSES).status()).isEqualTo(200);
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void a_429_with_retry_after_is_honoured_before_retrying() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(retryAfter(429, "1"));
            long start = System.nanoTime();

            assertThat(transport(server).get(NURSES).status()).isEqualTo(200);
            // the computed backoff is at most 100 ms; only Retry-After explains a full second
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(1_000);
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void a_retry_after_longer_than_we_wait_fails_at_once_saying_so() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(retryAfter(503, "120"));

            assertThatThrownBy(() -> transport(server).get(NURSES))
                    .isInstanceOfSatisfying(UpstreamException.class, e -> {
                        assertThat(e.status()).hasValue(503);
                        assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM);
                        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(120));
                    })
                    .hasMessageContaining("asked us to wait 120 s")
                    .hasMessageContaining("try again later");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void a_slow_answer_times_out_and_the_retry_succeeds() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(delayed(1_500, json(200, "registered-nurses-ca.json")));

            HttpReply reply = transport(server, Duration.ofMillis(300), 3, 4, 1_000).get(NURSES);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void a_reset_connection_is_retried() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(reset());

            assertThat(transport(server).get(NURSES).status()).isEqualTo(200);
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void after_the_last_attempt_the_error_carries_the_last_retry_after_of_the_upstream() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(retryAfter(429, "1"));

            assertThatThrownBy(() -> transport(server, Duration.ofSeconds(2), 2, 4, 1_000).get(NURSES))
                    .isInstanceOfSatisfying(UpstreamException.class, e -> {
                        assertThat(e.status()).hasValue(429);
                        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(1));
                    });
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void after_the_last_attempt_the_error_says_how_often_and_what_happened() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(text(503, "text/plain", "Service Unavailable"));

            assertThatThrownBy(() -> transport(server).get(NURSES))
                    .isInstanceOfSatisfying(UpstreamException.class, e -> {
                        assertThat(e.status()).hasValue(503);
                        assertThat(e.path()).isEqualTo("/v1/occupation/{userId}/29-1141.00/CA");
                        assertThat(e.retryAfter()).isEmpty();
                    })
                    .hasMessage("CareerOneStop failed 3 times for /v1/occupation/{userId}/29-1141.00/CA (last: answered"
                            + " HTTP 503). It may be down or overloaded: try again in a few minutes.");
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void timeouts_on_every_attempt_end_in_an_error_without_a_status() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(delayed(1_000, json(200, "registered-nurses-ca.json")));

            assertThatThrownBy(() -> transport(server, Duration.ofMillis(200), 2, 4, 1_000).get(NURSES))
                    .isInstanceOfSatisfying(UpstreamException.class,
                            e -> assertThat(e.status()).isEqualTo(OptionalInt.empty()))
                    .hasMessageContaining("failed 2 times")
                    .hasMessageContaining("did not answer within 0.2 s");
        }
    }

    @Test
    void a_server_that_is_not_there_is_reported_as_unreachable() {
        FakeCareerOneStop gone = new FakeCareerOneStop();
        Transport transport = transport(gone, Duration.ofSeconds(1), 2, 4, 1_000);
        gone.close();

        assertThatThrownBy(() -> transport.get(NURSES))
                .isInstanceOf(UpstreamException.class)
                .hasMessageContaining("OCCUCOMPARE_COS_BASE_URL");
    }

    @Test
    void no_more_than_the_configured_number_of_requests_are_in_flight() throws Exception {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(delayed(200, json(200, "registered-nurses-ca.json")));
            Transport transport = transport(server, Duration.ofSeconds(5), 1, 2, 1_000);
            List<CompletableFuture<HttpReply>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> transport.get(NURSES)));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

            assertThat(server.maxInFlight()).isEqualTo(2);
            assertThat(server.requests()).hasSize(6);
        }
    }

    @Test
    void an_interrupted_caller_gets_an_upstream_error_and_keeps_its_interrupt_flag() throws Exception {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(delayed(3_000, json(200, "registered-nurses-ca.json")));
            Transport transport = transport(server, Duration.ofSeconds(10), 1, 4, 1_000);
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<Boolean> flag = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    transport.get(NURSES);
                } catch (RuntimeException e) {
                    thrown.set(e);
                    flag.set(Thread.currentThread().isInterrupted());
                }
            });
            caller.start();
            TimeUnit.MILLISECONDS.sleep(300);
            long start = System.nanoTime();
            caller.interrupt();
            caller.join(2_000);

            assertThat(caller.isAlive()).isFalse();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_500);
            assertThat(thrown.get()).isInstanceOf(UpstreamException.class).hasMessageContaining("interrupted");
            assertThat(flag.get()).isTrue();
        }
    }
}
