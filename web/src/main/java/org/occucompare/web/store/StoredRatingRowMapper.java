package org.occucompare.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row to a {@link StoredRating}. */
public final class StoredRatingRowMapper implements RowMapper<StoredRating> {
    @Override
    public StoredRating map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredRating(rs.getString("rating_domain"), rs.getString("code"), rs.getString("element_id"),
                rs.getString("name"), Columns.text(rs, "description"), rs.getString("scale_id"), rs.getDouble("data_value"));
    }
}
