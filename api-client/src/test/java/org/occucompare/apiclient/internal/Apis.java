package org.occucompare.apiclient.internal;

import java.net.URI;
import java.time.Duration;
import org.occucompare.apiclient.FakeCareerOneStop;

/** Settings for tests: fast backoff, short timeouts, the fake's credentials. */
final class Apis {
    private Apis() {
    }

    static TransportSettings settings(URI base, String token, Duration requestTimeout, int attempts,
            int maxConcurrency, double requestsPerSecond) {
        return new TransportSettings(base, FakeCareerOneStop.USER_ID, token, Duration.ofSeconds(2), requestTimeout,
                new RetryPolicy(attempts, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5)),
                // a burst of one second's worth of requests, as the rate limiter had before bursts were configurable
                maxConcurrency, requestsPerSecond, (int) Math.max(1, Math.ceil(requestsPerSecond)), "OccuCompare-test",
                // a deadline and a breaker out of the way of the tests of retries; the fault matrix tests them
                Duration.ofMinutes(1), 100, Duration.ofSeconds(30));
    }

    static OccupationDetailsApi api(FakeCareerOneStop server) {
        return new OccupationDetailsApi(settings(server.baseUrl(), FakeCareerOneStop.TOKEN, Duration.ofSeconds(2), 3,
                4, 1_000));
    }
}
