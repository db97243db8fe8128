package org.occucompare.web.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The dataset versions: which one readers use, the versions kept, and what each import replaced. Readers define
 * {@value #DATASET} on their handle (see {@link Database#read}); the SQL of every data table filters on it.
 */
public interface DatasetDao {
    /** The name of the defined attribute that holds the version a handle reads or writes. */
    String DATASET = "dataset";
    /** The version of a store that holds no data yet: no row has it. */
    long NONE = 0;

    @SqlQuery("select dataset_id from dataset_current where singleton = 1")
    Optional<Long> currentId();

    @SqlQuery("select v.dataset_id, v.kind, v.label, v.created_at, v.import_seconds from dataset_current c"
            + " join dataset_version v on v.dataset_id = c.dataset_id where c.singleton = 1")
    @RegisterRowMapper(DatasetVersionRowMapper.class)
    Optional<DatasetVersion> current();

    @SqlQuery("select coalesce(max(dataset_id), 0) + 1 from dataset_version")
    long nextId();

    @SqlQuery("select dataset_id from dataset_version order by dataset_id desc")
    List<Long> versions();

    @SqlUpdate("insert into dataset_version (dataset_id, kind, label, created_at, import_seconds)"
            + " values (:id, :kind, :label, :createdAt, :seconds)")
    void insertVersion(@Bind("id") long id, @Bind("kind") String kind, @Bind("label") String label,
            @Bind("createdAt") Instant createdAt, @Bind("seconds") double importSeconds);

    @SqlUpdate("update dataset_current set dataset_id = :id where singleton = 1")
    int moveCurrent(@Bind("id") long id);

    @SqlUpdate("insert into dataset_current (singleton, dataset_id) values (1, :id)")
    void insertCurrent(@Bind("id") long id);

    /** Makes a version the one readers use: one statement, inside the import's transaction. */
    default void makeCurrent(long id) {
        if (moveCurrent(id) == 0) {
            insertCurrent(id);
        }
    }

    @SqlUpdate("delete from dataset_version where dataset_id < :floor")
    void deleteVersionsBelow(@Bind("floor") long floor);

    @SqlUpdate("insert into dataset_scope (dataset_id, table_name, scope_key) values (:id, :table, :key)")
    void insertScope(@Bind("id") long id, @Bind("table") String table, @Bind("key") String scopeKey);
}
