package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Leases on what one app instance is fetching from a live source right now, kept in the store's
 * {@code upstream_lease} table so that the instances sharing a store fetch each occupation × place once: the one
 * whose insert succeeds fetches and stores the answer, the others wait for it. A lease ends when its holder releases
 * it, or at its expiry when the holder died. Thread-safe.
 */
final class UpstreamLeases {
    private final Database database;
    private final String source;
    private final String holder = UUID.randomUUID().toString();
    private final Duration ttl;
    private final Clock clock;

    UpstreamLeases(Database database, String source, Duration ttl, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.source = requireNonNull(source, "source is null");
        this.ttl = requireNonNull(ttl, "ttl is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Takes the lease on one occupation × place, taking over one that expired.
     *
     * @return true when this instance now holds it; false when another does
     */
    boolean claim(String occupationKey, String locationKey) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return database.jdbi().withHandle(h -> {
            h.createUpdate("delete from upstream_lease where source = :source and occupation_key = :key"
                    + " and location_key = :location and expires_at < :now").bind("source", source)
                    .bind("key", occupationKey).bind("location", locationKey).bind("now", now).execute();
            try {
                return h.createUpdate("insert into upstream_lease (source, occupation_key, location_key, holder,"
                        + " expires_at) values (:source, :key, :location, :holder, :expires)").bind("source", source)
                        .bind("key", occupationKey).bind("location", locationKey).bind("holder", holder)
                        .bind("expires", now.plus(ttl)).execute() == 1;
            } catch (UnableToExecuteStatementException e) {
                if (e.getCause() instanceof SQLException sql
                        && SharedRequestRate.UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Whether anyone holds an unexpired lease on one occupation × place. */
    boolean held(String occupationKey, String locationKey) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return database.jdbi().withHandle(h -> h.createQuery("select count(*) from upstream_lease where source ="
                + " :source and occupation_key = :key and location_key = :location and expires_at >= :now")
                .bind("source", source).bind("key", occupationKey).bind("location", locationKey).bind("now", now)
                .mapTo(Integer.class).one() > 0);
    }

    /** Gives back a lease this instance holds. */
    void release(String occupationKey, String locationKey) {
        database.jdbi().useHandle(h -> h.createUpdate("delete from upstream_lease where source = :source and"
                + " occupation_key = :key and location_key = :location and holder = :holder").bind("source", source)
                .bind("key", occupationKey).bind("location", locationKey).bind("holder", holder).execute());
    }
}
