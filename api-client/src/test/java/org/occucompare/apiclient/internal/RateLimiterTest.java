package org.occucompare.apiclient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** Acquires {@code n} permits and returns the milliseconds since {@code start}. */
    private static long acquire(RateLimiter limiter, int n, long start) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            limiter.acquire();
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    void a_burst_up_to_the_rate_starts_at_once_and_the_rest_are_spaced() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(5, 5);
        long start = System.nanoTime();
        long burst = acquire(limiter, 5, start);
        long total = acquire(limiter, 5, start);

        assertThat(burst).isLessThan(150);
        // 5 more at 5 per second: 5 × 200 ms = 1 s, less scheduling slack
        assertThat(total).isBetween(900L, 2_500L);
    }

    @Test
    void a_burst_larger_than_the_rate_lets_that_many_start_at_once() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(5, 10);
        long start = System.nanoTime();
        long burst = acquire(limiter, 10, start);
        long eleventh = acquire(limiter, 1, start);

        assertThat(burst).isLessThan(150);
        // the 11th waits for one token at 5 per second: 200 ms, less scheduling slack
        assertThat(eleventh).isBetween(150L, 1_500L);
    }

    @Test
    void a_rate_below_one_per_second_still_allows_the_first_request() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(0.5, 1);
        long start = System.nanoTime();
        limiter.acquire();

        // a limiter that made the first caller wait would take 1 / 0.5 = 2,000 ms; half that leaves room for a busy CI
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000);
    }

    @Test
    void an_interrupted_wait_throws() {
        RateLimiter limiter = new RateLimiter(1, 1);
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> {
            limiter.acquire();
            limiter.acquire();
        }).isInstanceOf(InterruptedException.class);
    }

    @Test
    void a_rate_that_is_not_positive_and_finite_is_rejected() {
        assertThatThrownBy(() -> new RateLimiter(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(Double.POSITIVE_INFINITY, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
