package org.occucompare.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row to a {@link StoredAssignment}. */
public final class StoredAssignmentRowMapper implements RowMapper<StoredAssignment> {
    @Override
    public StoredAssignment map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredAssignment(rs.getString("code"), rs.getString("title"), Columns.text(rs, "entry_education"),
                Columns.text(rs, "work_experience"), Columns.text(rs, "on_the_job_training"));
    }
}
