package org.occucompare.web.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The read-through cache's entries and the raw upstream responses. */
public interface CacheDao {
    @SqlQuery("select fetched_at, payload from cache_entry where source = :source and occupation_key = :key"
            + " and location_key = :location")
    @RegisterRowMapper(CacheEntryRowMapper.class)
    Optional<CacheEntry> entry(@Bind("source") String source, @Bind("key") String occupationKey,
            @Bind("location") String locationKey);

    @SqlUpdate("insert into cache_entry (source, occupation_key, location_key, fetched_at, payload)"
            + " values (:source, :key, :location, :fetchedAt, :payload)")
    void insert(@Bind("source") String source, @Bind("key") String occupationKey,
            @Bind("location") String locationKey, @Bind("fetchedAt") Instant fetchedAt,
            @Bind("payload") String payload);

    @SqlUpdate("update cache_entry set fetched_at = :fetchedAt, payload = :payload where source = :source"
            + " and occupation_key = :key and location_key = :location")
    int update(@Bind("source") String source, @Bind("key") String occupationKey,
            @Bind("location") String locationKey, @Bind("fetchedAt") Instant fetchedAt,
            @Bind("payload") String payload);

    @SqlUpdate("delete from upstream_response where source = :source and request_key = :key")
    void deleteResponse(@Bind("source") String source, @Bind("key") String requestKey);

    @SqlUpdate("insert into upstream_response (source, request_key, fetched_at, status, body)"
            + " values (:source, :key, :fetchedAt, :status, :body)")
    void insertResponse(@Bind("source") String source, @Bind("key") String requestKey,
            @Bind("fetchedAt") Instant fetchedAt, @Bind("status") int status, @Bind("body") String body);

    @SqlQuery("select body from upstream_response where source = :source and request_key = :key")
    Optional<String> response(@Bind("source") String source, @Bind("key") String requestKey);
}
