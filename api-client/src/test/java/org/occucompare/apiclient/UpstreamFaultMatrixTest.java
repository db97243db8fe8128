package org.occucompare.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.occucompare.apiclient.FakeCareerOneStop.cutOff;
import static org.occucompare.apiclient.FakeCareerOneStop.delayed;
import static org.occucompare.apiclient.FakeCareerOneStop.fixtureAs;
import static org.occucompare.apiclient.FakeCareerOneStop.json;
import static org.occucompare.apiclient.FakeCareerOneStop.reset;
import static org.occucompare.apiclient.FakeCareerOneStop.retryAfter;
import static org.occucompare.apiclient.FakeCareerOneStop.text;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.Lookup;
import org.occucompare.core.source.Miss;
import org.occucompare.core.source.OccupationKey;

/**
 * The upstream fault matrix: each way CareerOneStop can fail, served by the real local stand-in on every attempt,
 * and what one lookup comes to. Time is bounded by the configuration, and checked by counting attempts: a fault
 * costs at most {@code maxAttempts} requests, and a slow one at most as many as fit in the deadline. The circuit
 * breaker is set out of the way here ({@code CircuitBreakerTest} holds it).
 */
class UpstreamFaultMatrixTest {
    private static final OccupationKey NURSES = new OccupationKey.Code(OccupationCode.parse("29-1141.00"));
    private static final int ATTEMPTS = 3;
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(400);
    private static final Duration DEADLINE = Duration.ofMillis(1_000);

    static CareerOneStopConfig config(FakeCareerOneStop server) {
        return CareerOneStopConfig.of(FakeCareerOneStop.USER_ID, FakeCareerOneStop.TOKEN)
                .withBaseUrl(server.baseUrl())
                .withTimeouts(Duration.ofSeconds(1), ATTEMPT_TIMEOUT)
                .withRetries(ATTEMPTS, Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(300))
                .withDeadline(DEADLINE)
                .withBreaker(1000, Duration.ofSeconds(30));
    }

    /** A fault, how many requests it may cost at most, and what the miss must say. */
    record Fault(String name, FakeCareerOneStop.Responder responder, int maxRequests, OptionalInt status,
            String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> faults() {
        // the deadline fits ceil(1000 / 400) = 3 attempts of a server that never answers in time
        int fitInDeadline = (int) Math.ceil((double) DEADLINE.toMillis() / ATTEMPT_TIMEOUT.toMillis());
        return Stream.of(
                new Fault("delay past the attempt timeout", delayed(2_000, json(200, "registered-nurses-ca.json")),
                        Math.min(ATTEMPTS, fitInDeadline), OptionalInt.empty(), "did not answer"),
                // the JDK client sends a request again, once, on a connection dropped before any answer
                new Fault("connection reset", reset(), 2 * ATTEMPTS, OptionalInt.empty(), "reset"),
                new Fault("429 with a Retry-After longer than we wait", retryAfter(429, "120"), 1,
                        OptionalInt.of(429), "asked us to wait 120 s"),
                new Fault("500", text(500, "text/plain", "Internal Server Error"), ATTEMPTS, OptionalInt.of(500),
                        "HTTP 500"),
                new Fault("503", text(503, "text/plain", "Service Unavailable"), ATTEMPTS, OptionalInt.of(503),
                        "HTTP 503"),
                new Fault("HTML body with 200", fixtureAs(200, "text/html", "error-page.html"), 1,
                        OptionalInt.of(200), "HTML page instead of JSON"),
                new Fault("truncated JSON", cutOff("registered-nurses-ca.json"), 2 * ATTEMPTS, OptionalInt.empty(),
                        "reset"),
                new Fault("unterminated JSON body with 200", text(200, "application/json",
                        "{\"OccupationDetail\": [{\"OnetTitle\": \"Registered"), 1, OptionalInt.of(200),
                        "cannot read"),
                new Fault("401", text(401, "text/plain", "Authorization has been denied"), 1, OptionalInt.of(401),
                        "OCCUCOMPARE_COS_TOKEN"),
                new Fault("redirect", exchange -> {
                    exchange.getResponseHeaders().set("Location", "https://elsewhere.example/v1/occupation");
                    text(302, "text/plain", "moved").respond(exchange);
                }, 1, OptionalInt.of(302), "redirects are not followed"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void each_fault_is_an_unavailable_occupation_within_the_attempts_and_the_deadline(Fault fault) {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(fault.responder());
            CareerOneStopClient client = new CareerOneStopClient(config(server), Clock.systemUTC());

            Lookup lookup = client.fetch(List.of(NURSES), List.of(Location.parse("CA")), Freshness.CACHED);

            Miss miss = lookup.miss(NURSES).orElseThrow();
            assertThat(miss.kind()).isEqualTo(Miss.Kind.UNAVAILABLE);
            assertThat(miss.message()).contains(fault.says()).doesNotContain(FakeCareerOneStop.TOKEN);
            UpstreamException failure = (UpstreamException) miss.failure().orElseThrow();
            assertThat(failure.status()).isEqualTo(fault.status());
            assertThat(server.requests()).hasSizeBetween(1, fault.maxRequests());
        }
    }

    /** Every fault but the one that asks for a pause, which the circuit breaker keeps to (its own test). */
    static Stream<Arguments> faultsWithoutPause() {
        return faults().filter(a -> ((Fault) a.get()[0]).status().orElse(0) != 429);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faultsWithoutPause")
    void after_each_fault_a_healthy_answer_is_served_again(Fault fault) {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(fault.responder());
            CareerOneStopClient client = new CareerOneStopClient(config(server).withRetries(1, Duration.ZERO,
                    Duration.ZERO, Duration.ofMillis(300)), Clock.systemUTC());
            client.fetch(List.of(NURSES), List.of(Location.parse("CA")), Freshness.CACHED);

            Lookup again = client.fetch(List.of(NURSES), List.of(Location.parse("CA")), Freshness.CACHED);

            assertThat(again.occupation(NURSES)).isPresent();
        }
    }

    @Test
    void a_short_retry_after_is_waited_for_and_the_retry_succeeds() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(retryAfter(429, "0"), retryAfter(503, "0"));
            CareerOneStopClient client = new CareerOneStopClient(config(server), Clock.systemUTC());

            Lookup lookup = client.fetch(List.of(NURSES), List.of(Location.parse("CA")), Freshness.CACHED);

            assertThat(lookup.occupation(NURSES)).isPresent();
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void a_long_retry_after_is_passed_on_to_the_caller() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(retryAfter(503, "900"));
            CareerOneStopClient client = new CareerOneStopClient(config(server), Clock.systemUTC());

            Miss miss = client.fetch(List.of(NURSES), List.of(Location.parse("CA")), Freshness.CACHED)
                    .miss(NURSES).orElseThrow();

            assertThat(((UpstreamException) miss.failure().orElseThrow()).retryAfter())
                    .hasValue(Duration.ofSeconds(900));
        }
    }

    /**
     * Six occupations whose requests hang take every one of the four slots, yet an unrelated lookup started after
     * them is answered within its deadline (1 s): each slow attempt gives its slot back at the attempt timeout
     * (400 ms), and waiting callers are served in arrival order, so the unrelated request goes out with the slow
     * ones' second wave, not after their 6 × 3 attempts (1.8 s of slots, past its deadline).
     */
    @Test
    void slow_occupations_do_not_starve_an_unrelated_lookup() throws Exception {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(exchange -> {
                if (exchange.getRequestURI().getPath().contains("/11-")) {
                    delayed(3_000, json(200, "chief-executives-us.json")).respond(exchange);
                } else {
                    json(200, "registered-nurses-ca.json").respond(exchange);
                }
            });
            // four slots; a rate limit out of the way
            CareerOneStopConfig slowConfig = config(server).withLimits(4, 100, 100);
            CareerOneStopClient client = new CareerOneStopClient(slowConfig, Clock.systemUTC());
            List<OccupationKey> slow = Stream.of("11-1011.00", "11-1011.03", "11-1021.00", "11-2011.00",
                    "11-2021.00", "11-2022.00").map(c -> (OccupationKey) new OccupationKey.Code(OccupationCode.parse(c)))
                    .toList();
            CompletableFuture<Lookup> stuck = CompletableFuture.supplyAsync(() -> client.fetch(slow,
                    List.of(Location.NATIONAL), Freshness.CACHED));
            while (server.requests().size() < 4) {
                Thread.sleep(10);
            }

            Lookup unrelated = client.fetch(List.of(NURSES), List.of(Location.parse("CA")),
                    Freshness.CACHED);

            assertThat(unrelated.occupation(NURSES)).as(String.valueOf(unrelated.misses())).isPresent();
            Lookup slowOnes = stuck.get();
            assertThat(slowOnes.misses()).hasSize(6).allMatch(m -> m.kind() == Miss.Kind.UNAVAILABLE)
                    .allMatch(m -> m.message().contains("within the 1 s a lookup may take"));
        }
    }
}
