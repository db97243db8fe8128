package org.occucompare.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.occucompare.apiclient.FakeCareerOneStop.json;
import static org.occucompare.apiclient.FakeCareerOneStop.retryAfter;
import static org.occucompare.apiclient.FakeCareerOneStop.text;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.Lookup;
import org.occucompare.core.source.Miss;
import org.occucompare.core.source.OccupationKey;

/** The circuit breaker, through the real client against the local stand-in, and what it tells a listener. */
class CircuitBreakerTest {
    private static final OccupationKey NURSES = new OccupationKey.Code(OccupationCode.parse("29-1141.00"));
    private static final Duration COOLDOWN = Duration.ofMillis(300);

    /** Keeps what the client reports. */
    static final class Recorder implements UpstreamListener {
        final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        final List<BreakerState> states = new CopyOnWriteArrayList<>();
        final List<String> retries = new CopyOnWriteArrayList<>();

        @Override
        public void requestEnded(Outcome outcome, Duration duration) {
            outcomes.add(outcome);
        }

        @Override
        public void retried() {
            retries.add("retry");
        }

        @Override
        public void breakerChanged(BreakerState state) {
            states.add(state);
        }
    }

    private static CareerOneStopClient client(FakeCareerOneStop server, Recorder recorder) {
        CareerOneStopConfig config = UpstreamFaultMatrixTest.config(server).withRetries(1, Duration.ZERO,
                Duration.ZERO, Duration.ofSeconds(1)).withBreaker(3, COOLDOWN);
        return new CareerOneStopClient(config, Clock.systemUTC(), RawResponseListener.NONE, recorder,
                RequestRate.local(100, 100));
    }

    private static Lookup fetch(CareerOneStopClient client) {
        return client.fetch(List.of(NURSES), List.of(Location.parse("CA")), Freshness.CACHED);
    }

    @Test
    void three_failures_in_a_row_open_it_and_it_then_refuses_without_asking_upstream() {
        Recorder recorder = new Recorder();
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(text(503, "text/plain", "Service Unavailable"));
            CareerOneStopClient client = client(server, recorder);
            for (int i = 0; i < 3; i++) {
                fetch(client);
            }

            Miss refused = fetch(client).miss(NURSES).orElseThrow();

            assertThat(server.requests()).hasSize(3);
            assertThat(refused.kind()).isEqualTo(Miss.Kind.UNAVAILABLE);
            assertThat(refused.message()).contains("failed repeatedly").contains("try again");
            assertThat(((UpstreamException) refused.failure().orElseThrow()).retryAfter()).hasValueSatisfying(
                    d -> assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1)));
            assertThat(client.breakerState()).isEqualTo(BreakerState.OPEN);
            assertThat(recorder.states).containsExactly(BreakerState.OPEN);
            assertThat(recorder.outcomes).containsExactly(UpstreamListener.Outcome.ERROR,
                    UpstreamListener.Outcome.ERROR, UpstreamListener.Outcome.ERROR,
                    UpstreamListener.Outcome.BREAKER_OPEN);
        }
    }

    @Test
    void after_the_cooldown_one_trial_that_succeeds_closes_it() throws Exception {
        Recorder recorder = new Recorder();
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(text(500, "text/plain", "x"), text(500, "text/plain", "x"), text(500, "text/plain", "x"))
                    .otherwise(json(200, "registered-nurses-ca.json"));
            CareerOneStopClient client = client(server, recorder);
            for (int i = 0; i < 3; i++) {
                fetch(client);
            }
            Thread.sleep(COOLDOWN.toMillis() + 50);

            Lookup trial = fetch(client);

            assertThat(trial.occupation(NURSES)).isPresent();
            assertThat(client.breakerState()).isEqualTo(BreakerState.CLOSED);
            assertThat(recorder.states).containsExactly(BreakerState.OPEN, BreakerState.HALF_OPEN,
                    BreakerState.CLOSED);
        }
    }

    @Test
    void a_trial_that_fails_opens_it_again_at_once() throws Exception {
        Recorder recorder = new Recorder();
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(text(502, "text/plain", "Bad Gateway"));
            CareerOneStopClient client = client(server, recorder);
            for (int i = 0; i < 3; i++) {
                fetch(client);
            }
            Thread.sleep(COOLDOWN.toMillis() + 50);

            fetch(client);
            fetch(client);

            // one trial request, not another three before it opens
            assertThat(server.requests()).hasSize(4);
            assertThat(recorder.states).containsExactly(BreakerState.OPEN, BreakerState.HALF_OPEN,
                    BreakerState.OPEN);
        }
    }

    @Test
    void an_upstream_that_asks_for_a_long_pause_opens_it_for_that_long() {
        Recorder recorder = new Recorder();
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(retryAfter(429, "120"));
            CareerOneStopClient client = client(server, recorder);
            fetch(client);

            Miss refused = fetch(client).miss(NURSES).orElseThrow();

            assertThat(server.requests()).hasSize(1);
            assertThat(((UpstreamException) refused.failure().orElseThrow()).retryAfter()).hasValueSatisfying(
                    d -> assertThat(d).isGreaterThan(Duration.ofSeconds(100))
                            .isLessThanOrEqualTo(Duration.ofSeconds(120)));
            assertThat(recorder.outcomes).containsExactly(UpstreamListener.Outcome.RATE_LIMITED,
                    UpstreamListener.Outcome.BREAKER_OPEN);
        }
    }

    @Test
    void answers_of_any_status_count_as_the_upstream_being_up() {
        Recorder recorder = new Recorder();
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(text(500, "text/plain", "x"), text(500, "text/plain", "x"),
                    json(404, "not-found-404.json"), text(500, "text/plain", "x"), text(500, "text/plain", "x"))
                    .otherwise(json(200, "registered-nurses-ca.json"));
            CareerOneStopClient client = client(server, recorder);
            for (int i = 0; i < 5; i++) {
                fetch(client);
            }

            assertThat(fetch(client).occupation(NURSES)).isPresent();
            assertThat(recorder.states).isEmpty();
            assertThat(recorder.outcomes).contains(UpstreamListener.Outcome.NOT_FOUND, UpstreamListener.Outcome.OK);
        }
    }

    @Test
    void retries_are_reported() {
        Recorder recorder = new Recorder();
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(text(503, "text/plain", "x"), text(503, "text/plain", "x"))
                    .otherwise(json(200, "registered-nurses-ca.json"));
            CareerOneStopConfig config = UpstreamFaultMatrixTest.config(server);
            CareerOneStopClient client = new CareerOneStopClient(config, Clock.systemUTC(), RawResponseListener.NONE,
                    recorder, RequestRate.local(100, 100));

            assertThat(fetch(client).occupation(NURSES)).isPresent();
            assertThat(recorder.retries).hasSize(2);
            assertThat(recorder.outcomes).containsExactly(UpstreamListener.Outcome.OK);
        }
    }
}
