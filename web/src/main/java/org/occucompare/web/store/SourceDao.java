package org.occucompare.web.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The data sources of one dataset version: the version the handle defines as {@value DatasetDao#DATASET} (see
 * {@link Database#read}).
 */
public interface SourceDao {
    @SqlUpdate("delete from data_source where dataset_id = <dataset> and source_id = :sourceId")
    void deleteSource(@Bind("sourceId") String sourceId);

    @SqlUpdate("insert into data_source (dataset_id, source_id, source_kind, name, vintage, url, citation, files,"
            + " row_count, imported_at) values (<dataset>, :sourceId, :kind, :name, :vintage, :url, :citation, :files,"
            + " :rowCount, :importedAt)")
    void insertSource(@Bind("sourceId") String sourceId, @Bind("kind") String kind, @Bind("name") String name,
            @Bind("vintage") String vintage, @Bind("url") Optional<String> url,
            @Bind("citation") Optional<String> citation, @Bind("files") String files,
            @Bind("rowCount") long rowCount, @Bind("importedAt") Instant importedAt);

    @SqlQuery("select files from data_source where dataset_id = <dataset> and source_id = :sourceId")
    Optional<String> files(@Bind("sourceId") String sourceId);

    @SqlQuery("select source_id, source_kind, name, vintage, url, citation, files, row_count, imported_at"
            + " from data_source where dataset_id = <dataset> order by source_id")
    @RegisterRowMapper(DataSourceInfoRowMapper.class)
    List<DataSourceInfo> sources();
}
