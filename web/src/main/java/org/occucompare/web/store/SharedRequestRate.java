package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.occucompare.apiclient.RequestRate;
import org.occucompare.core.OccupationException;

/**
 * A rate limit on a live source kept in the store, so that every app instance and command sharing the store keeps
 * to one limit together: a generic cell rate algorithm over one row of {@code upstream_rate}, read and moved on under
 * a row lock ({@code select … for update}) in one short transaction per request. Up to {@code burst} requests may
 * start at once; after that one every {@code 1 / perSecond} seconds, whichever instance sends it. Instances must
 * agree on the time (NTP), as they do for the cache's fetch times. Thread-safe.
 */
public final class SharedRequestRate implements RequestRate {
    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final String source;
    private final Duration interval;
    private final Duration tolerance;
    private final Clock clock;
    private volatile boolean rowExists;

    /**
     * A limit shared through the store.
     *
     * @param database the store the instances share, never null
     * @param source the name of the live source, such as {@code careeronestop}, never null
     * @param perSecond the sustained rate, above 0 and at most 1,000
     * @param burst how many requests may start at once, at least 1
     * @param clock the wall clock the instances agree on, never null
     */
    public SharedRequestRate(Database database, String source, double perSecond, int burst, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.source = requireNonNull(source, "source is null");
        this.clock = requireNonNull(clock, "clock is null");
        if (!(perSecond > 0 && perSecond <= 1_000) || burst < 1) {
            throw OccupationException.invalidInput("A shared rate limit needs a rate in (0, 1000] a second and a "
                    + "burst of 1 or more, not " + perSecond + " and " + burst + ".");
        }
        this.interval = Duration.ofNanos((long) Math.ceil(1e9 / perSecond));
        this.tolerance = interval.multipliedBy(burst - 1L);
    }

    @Override
    public Duration reserve() {
        if (!rowExists) {
            createRow();
        }
        return database.jdbi().inTransaction(h -> {
            Instant now = clock.instant();
            Instant next = h.createQuery("select next_at from upstream_rate where source = :source for update")
                    .bind("source", source).mapTo(OffsetDateTime.class).one().toInstant();
            Instant due = next.isAfter(now) ? next : now;
            Instant sendAt = due.minus(tolerance).isAfter(now) ? due.minus(tolerance) : now;
            h.createUpdate("update upstream_rate set next_at = :next where source = :source")
                    .bind("source", source).bind("next", at(due.plus(interval))).execute();
            return Duration.between(now, sendAt);
        });
    }

    /** Creates the source's row unless it exists; two instances may race to, and one wins. */
    private void createRow() {
        database.jdbi().useHandle(h -> {
            boolean exists = h.createQuery("select count(*) from upstream_rate where source = :source")
                    .bind("source", source).mapTo(Integer.class).one() > 0;
            if (!exists) {
                try {
                    h.createUpdate("insert into upstream_rate (source, next_at) values (:source, :next)")
                            .bind("source", source).bind("next", at(clock.instant())).execute();
                } catch (UnableToExecuteStatementException e) {
                    if (!(e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                        throw e;
                    }
                }
            }
        });
        rowExists = true;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
