package org.occucompare.web.store;

import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;
import org.occucompare.web.store.row.AreaRow;

/** Reads the gazetteer of OEWS areas of the dataset version the handle defines; attach it inside a read. */
public interface AreaDao {
    @SqlQuery("select area_code, area_name, states, area_kind from oews_area where dataset_id = <dataset>"
            + " order by area_code")
    @UseRowMapper(AreaRowMapper.class)
    List<AreaRow> areas();
}
