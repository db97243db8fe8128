package org.occucompare.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row to a {@link StoredOccupation}. */
public final class StoredOccupationRowMapper implements RowMapper<StoredOccupation> {
    @Override
    public StoredOccupation map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredOccupation(rs.getString("code"), rs.getString("soc_code"), rs.getString("title"),
                rs.getString("description"), rs.getBoolean("inherits_soc"));
    }
}
