package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * The raw upstream responses the store keeps, one per source and request, with the time each was fetched: what
 * CareerOneStop actually said, for audits and for re-mapping after a parser fix. Thread-safe.
 */
public final class ResponseArchive {
    private final Database database;

    /**
     * Creates the archive over a store.
     *
     * @param database the store, never null
     */
    public ResponseArchive(Database database) {
        this.database = requireNonNull(database, "database is null");
    }

    /**
     * Keeps one response, replacing an earlier one of the same request.
     *
     * @param source the upstream, such as {@code careeronestop}, never null
     * @param requestKey the request, without secrets, never null
     * @param fetchedAt when the response arrived, never null
     * @param status its HTTP status
     * @param body its body, without secrets, never null
     */
    public void keep(String source, String requestKey, Instant fetchedAt, int status, String body) {
        requireNonNull(source, "source is null");
        requireNonNull(requestKey, "requestKey is null");
        requireNonNull(fetchedAt, "fetchedAt is null");
        requireNonNull(body, "body is null");
        database.jdbi().useTransaction(h -> {
            CacheDao dao = h.attach(CacheDao.class);
            dao.deleteResponse(source, requestKey);
            dao.insertResponse(source, requestKey, fetchedAt, status, body);
        });
    }

    /**
     * The body kept for a request.
     *
     * @param source the upstream, never null
     * @param requestKey the request, never null
     * @return the body, or empty if none is kept; never null
     */
    public Optional<String> body(String source, String requestKey) {
        return database.jdbi().withHandle(h -> h.attach(CacheDao.class).response(source, requestKey));
    }
}
