package org.occucompare.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code dataset_version} row. */
public final class DatasetVersionRowMapper implements RowMapper<DatasetVersion> {
    @Override
    public DatasetVersion map(ResultSet rs, StatementContext ctx) throws SQLException {
        double seconds = rs.getDouble("import_seconds");
        Optional<Duration> duration = rs.wasNull() ? Optional.empty()
                : Optional.of(Duration.ofNanos(Math.round(seconds * 1e9)));
        return new DatasetVersion(rs.getLong("dataset_id"), rs.getString("kind"), rs.getString("label"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), duration);
    }
}
