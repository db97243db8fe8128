package org.occucompare.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row to a {@link StoredRelated}. */
public final class StoredRelatedRowMapper implements RowMapper<StoredRelated> {
    @Override
    public StoredRelated map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredRelated(rs.getString("code"), rs.getString("related_code"), rs.getString("title"),
                Columns.text(rs, "tier"), Columns.integer(rs, "rank_index"));
    }
}
