package org.occucompare.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row to a {@link Map.Entry<String, String>}. */
public final class CodeTextRowMapper implements RowMapper<Map.Entry<String, String>> {
    @Override
    public Map.Entry<String, String> map(ResultSet rs, StatementContext ctx) throws SQLException {
        return Map.entry(rs.getString(1), rs.getString(2));
    }
}
