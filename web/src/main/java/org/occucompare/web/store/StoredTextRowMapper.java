package org.occucompare.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row to a {@link StoredText}. */
public final class StoredTextRowMapper implements RowMapper<StoredText> {
    @Override
    public StoredText map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredText(rs.getString(1), rs.getString(2), rs.getString(3), Optional.ofNullable(rs.getString(4)));
    }
}
