package org.occucompare.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.occucompare.web.store.row.AreaRow;

/** Maps an {@code oews_area} row. */
public final class AreaRowMapper implements RowMapper<AreaRow> {
    @Override
    public AreaRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AreaRow(rs.getString("area_code"), rs.getString("area_name"), rs.getString("states"),
                rs.getString("area_kind"));
    }
}
