package org.occucompare.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock in UTC that stands still until a test moves it on. Thread-safe. */
public final class MovableClock extends Clock {
    private volatile Instant now;

    /** A clock standing at {@code now}. */
    public MovableClock(Instant now) {
        this.now = now;
    }

    /** Moves the clock on. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
