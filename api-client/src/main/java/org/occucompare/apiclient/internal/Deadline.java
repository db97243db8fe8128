package org.occucompare.apiclient.internal;

import java.time.Duration;

/**
 * A point in time by which a lookup must end, on the monotonic clock ({@link System#nanoTime()}), so that a wall
 * clock adjusted mid-lookup neither shortens nor stretches it. Immutable.
 *
 * @param atNanos the {@link System#nanoTime()} value at which the time is up
 */
public record Deadline(long atNanos) {
    /** No practical limit: a day, for callers that bound their waits otherwise. */
    private static final Duration UNBOUNDED = Duration.ofDays(1);

    /** The deadline this long from now. */
    public static Deadline after(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    /** A deadline a day away, for callers with no deadline of their own. */
    public static Deadline unbounded() {
        return after(UNBOUNDED);
    }

    /** The time left, zero once it has passed; never negative. */
    public Duration remaining() {
        long left = atNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    /** Whether the time is up. */
    public boolean passed() {
        return atNanos - System.nanoTime() <= 0;
    }
}
