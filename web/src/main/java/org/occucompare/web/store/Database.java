package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

/**
 * An open local store: a connection pool, the schema migrated to the newest version with Flyway, and a {@link Jdbi}
 * with the SQL-object plugin. One connection stays open while the store is, so an in-memory database lives as long
 * as this object and a file database is not reopened for every query. Thread-safe; close it when done.
 */
public final class Database implements AutoCloseable {
    private final JdbcConnectionPool pool;
    private final Connection keepAlive;
    private final Jdbi jdbi;
    private final String url;

    private Database(String url, JdbcConnectionPool pool, Connection keepAlive) {
        this.url = url;
        this.pool = pool;
        this.keepAlive = keepAlive;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    /**
     * Opens (creating if needed) the H2 database at a JDBC URL and migrates its schema.
     *
     * @param jdbcUrl an H2 URL such as {@code jdbc:h2:file:./occucompare} or {@code jdbc:h2:mem:test}
     * @throws OccupationException INVALID_INPUT for a URL that is not H2; INTERNAL when the database cannot be
     *     opened or migrated (for instance, another process holds the file)
     */
    public static Database open(String jdbcUrl) {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            throw OccupationException.invalidInput("The local store runs on H2: give a URL such as"
                    + " jdbc:h2:file:./occucompare (got " + jdbcUrl + ").");
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, "", "");
        try {
            Connection keepAlive = pool.getConnection();
            migrate(pool);
            return new Database(jdbcUrl, pool, keepAlive);
        } catch (SQLException | FlywayException e) {
            pool.dispose();
            throw new OccupationException(ErrorKind.INTERNAL, "Cannot open the local store " + jdbcUrl + ": "
                    + e.getMessage() + ". Check that no other OccuCompare process uses it and that the path is"
                    + " writable.", e);
        }
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    /** The Jdbi of this store; never null. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Runs an import in one transaction: it commits when {@code work} returns and rolls back when it throws, so a
     * failed import leaves the previous data intact.
     */
    public <T> T inImport(Function<StoreImport, T> work) {
        return jdbi.inTransaction(handle -> work.apply(new StoreImport(handle)));
    }

    /** The JDBC URL this store was opened with. */
    public String url() {
        return url;
    }

    /**
     * Closes the store and compacts its file (H2 {@code SHUTDOWN COMPACT}). For the end of a large import, which
     * leaves the file several times larger than its data; the caller must be the store's only user.
     */
    public void closeCompacted() {
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            // the database is shut down either way; an uncompacted file is still a valid store
        }
        pool.dispose();
    }

    @Override
    public void close() {
        try {
            keepAlive.close();
        } catch (SQLException e) {
            // closing anyway: the pool is disposed below
        }
        pool.dispose();
    }
}
