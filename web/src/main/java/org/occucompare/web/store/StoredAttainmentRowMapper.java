package org.occucompare.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row to a {@link StoredAttainment}. */
public final class StoredAttainmentRowMapper implements RowMapper<StoredAttainment> {
    @Override
    public StoredAttainment map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredAttainment(rs.getString("code"), rs.getInt("ordinal"), rs.getString("level_name"),
                Columns.decimal(rs, "share_pct"));
    }
}
