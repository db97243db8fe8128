package org.occucompare.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.occucompare.web.store.row.ProjectionEstimateRow;

/** Maps a {@code projection} row. */
public final class ProjectionEstimateRowMapper implements RowMapper<ProjectionEstimateRow> {
    @Override
    public ProjectionEstimateRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ProjectionEstimateRow(rs.getString("soc_code"), rs.getString("title"), rs.getString("area_key"),
                rs.getString("area_name"), rs.getInt("base_year"), rs.getInt("projected_year"),
                rs.getString("employment_counts"), Columns.whole(rs, "base_jobs"), Columns.whole(rs, "projected_jobs"),
                Columns.whole(rs, "change_jobs"), Columns.decimal(rs, "percent_change"),
                Columns.whole(rs, "annual_openings"));
    }
}
