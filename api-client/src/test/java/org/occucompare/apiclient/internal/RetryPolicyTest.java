package org.occucompare.apiclient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy =
            new RetryPolicy(4, Duration.ofMillis(200), Duration.ofMillis(1_000), Duration.ofSeconds(30));

    @Test
    void the_delay_doubles_per_attempt_with_equal_jitter_and_a_cap() {
        // attempt 2: base 200 ms -> 100..200; attempt 3: 400 -> 200..400; attempt 4: 800 -> 400..800; then capped
        assertThat(policy.delayBefore(2, Optional.empty(), 0.0)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.delayBefore(2, Optional.empty(), 0.999)).isBetween(Duration.ofMillis(199),
                Duration.ofMillis(200));
        assertThat(policy.delayBefore(3, Optional.empty(), 0.0)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.delayBefore(4, Optional.empty(), 0.5)).isEqualTo(Duration.ofMillis(600));
        assertThat(policy.delayBefore(9, Optional.empty(), 0.0)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void retry_after_is_a_lower_bound_on_the_delay() {
        assertThat(policy.delayBefore(2, Optional.of(Duration.ofSeconds(3)), 0.5)).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.delayBefore(2, Optional.of(Duration.ZERO), 0.0)).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void retry_after_reads_seconds_and_http_dates_and_ignores_junk() {
        Instant now = Instant.parse("2026-05-04T15:00:00Z");

        assertThat(RetryAfter.parse(Optional.of(" 7 "), now)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(Optional.of("Mon, 04 May 2026 15:00:30 GMT"), now))
                .contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse(Optional.of("Mon, 04 May 2026 14:00:00 GMT"), now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse(Optional.of("soon"), now)).isEmpty();
        assertThat(RetryAfter.parse(Optional.empty(), now)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("99999999999999999999999"), now)).contains(Duration.ofDays(1));
    }
}
