package org.occucompare.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.occucompare.web.store.row.WageCell;
import org.occucompare.web.store.row.WageRow;

/**
 * Maps a {@code wage} row joined with its {@code employment_share} row (whose columns are null where there is none).
 */
public final class StoredWageRowMapper implements RowMapper<StoredWage> {
    @Override
    public StoredWage map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredWage(wage(rs), Columns.decimal(rs, "jobs_per_1000"), Columns.decimal(rs,
                "location_quotient"));
    }

    private static WageRow wage(ResultSet rs) throws SQLException {
        return new WageRow(rs.getString("soc_code"), rs.getString("soc_title"), rs.getString("area_key"),
                rs.getString("area_name"), rs.getString("rate_type"), rs.getInt("wage_year"),
                Columns.whole(rs, "employment"), cell(rs, "p10"), cell(rs, "p25"), cell(rs, "median"),
                cell(rs, "p75"), cell(rs, "p90"), cell(rs, "mean"));
    }

    private static WageCell cell(ResultSet rs, String figure) throws SQLException {
        WageCell.Kind kind = WageCell.Kind.fromCode(rs.getString(figure + "_kind"));
        return new WageCell(kind, Columns.decimal(rs, figure + "_usd"));
    }
}
