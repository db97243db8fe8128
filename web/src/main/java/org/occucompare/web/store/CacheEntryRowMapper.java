package org.occucompare.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code cache_entry} row. */
public final class CacheEntryRowMapper implements RowMapper<CacheEntry> {
    @Override
    public CacheEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CacheEntry(rs.getObject("fetched_at", OffsetDateTime.class).toInstant(), rs.getString("payload"));
    }
}
