package org.occucompare.web.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The data sources and the store's description of what it holds. */
public interface SourceDao {
    @SqlUpdate("delete from data_source where source_id = :sourceId")
    void deleteSource(@Bind("sourceId") String sourceId);

    @SqlUpdate("insert into data_source (source_id, source_kind, name, vintage, url, citation, files, row_count,"
            + " imported_at) values (:sourceId, :kind, :name, :vintage, :url, :citation, :files, :rowCount,"
            + " :importedAt)")
    void insertSource(@Bind("sourceId") String sourceId, @Bind("kind") String kind, @Bind("name") String name,
            @Bind("vintage") String vintage, @Bind("url") Optional<String> url,
            @Bind("citation") Optional<String> citation, @Bind("files") String files,
            @Bind("rowCount") long rowCount, @Bind("importedAt") Instant importedAt);

    @SqlQuery("select files from data_source where source_id = :sourceId")
    Optional<String> files(@Bind("sourceId") String sourceId);

    @SqlQuery("select source_id, source_kind, name, vintage, url, citation, files, row_count, imported_at"
            + " from data_source order by source_id")
    @RegisterRowMapper(DataSourceInfoRowMapper.class)
    List<DataSourceInfo> sources();

    @SqlQuery("select info_text from store_info where info_key = :key")
    Optional<String> info(@Bind("key") String key);

    @SqlUpdate("delete from store_info where info_key = :key")
    void deleteInfo(@Bind("key") String key);

    @SqlUpdate("insert into store_info (info_key, info_text) values (:key, :text)")
    void insertInfo(@Bind("key") String key, @Bind("text") String text);

    /** Sets one store_info entry. */
    default void putInfo(String key, String text) {
        deleteInfo(key);
        insertInfo(key, text);
    }
}
