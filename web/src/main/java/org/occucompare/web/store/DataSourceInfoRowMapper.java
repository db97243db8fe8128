package org.occucompare.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code data_source} row. Files are stored one per line. */
public final class DataSourceInfoRowMapper implements RowMapper<DataSourceInfo> {
    @Override
    public DataSourceInfo map(ResultSet rs, StatementContext ctx) throws SQLException {
        String files = rs.getString("files");
        return new DataSourceInfo(rs.getString("source_id"), rs.getString("source_kind"), rs.getString("name"),
                rs.getString("vintage"), Optional.ofNullable(rs.getString("url")),
                Optional.ofNullable(rs.getString("citation")),
                files.isEmpty() ? List.of() : Arrays.asList(files.split("\n")), rs.getLong("row_count"),
                rs.getObject("imported_at", OffsetDateTime.class).toInstant());
    }
}
