package org.occucompare.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row to a {@link StoredTechnology}. */
public final class StoredTechnologyRowMapper implements RowMapper<StoredTechnology> {
    @Override
    public StoredTechnology map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredTechnology(rs.getString("code"), rs.getString("kind"), rs.getString("commodity_title"),
                rs.getString("example"), rs.getBoolean("hot_technology"), rs.getBoolean("in_demand"));
    }
}
