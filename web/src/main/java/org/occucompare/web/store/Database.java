package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.web.config.AppConfig;
import org.occucompare.web.config.JdbcUrls;
import org.occucompare.web.config.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open store: a HikariCP connection pool over H2 or PostgreSQL, the schema migrated to the newest version with
 * Flyway, and a {@link Jdbi} with the SQL-object plugin. Thread-safe; close it when done.
 *
 * <p>An H2 file store is opened in H2's automatic mixed mode ({@code AUTO_SERVER=TRUE}): the first process to open
 * it serves it to the others over a loopback TCP port, so {@code serve}, the research commands and {@code import}
 * work on it at the same time; when that process ends, another takes over. Reads go through {@link #read}, which
 * pins them to the dataset version that is current when they start; imports go through {@link #inImport}, which
 * writes a new version and switches readers to it in one step (see {@link StoreImport}).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /**
     * How long opening waits for a store to answer: an H2 file whose serving process was just killed opens again
     * once its lock file has aged (about 5 s); a PostgreSQL server may still be starting.
     */
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(20);
    private static final int POOL_SIZE = 10;
    /** How long {@link #currentId()} trusts the dataset id it read. */
    static final Duration CURRENT_REREAD = Duration.ofSeconds(1);
    /** How long an import waits for another one to end (a killed one's rollback takes a few seconds). */
    static final Duration IMPORT_WAIT = Duration.ofSeconds(30);

    private final HikariDataSource pool;
    private final @Nullable Connection keepAlive;
    private final Jdbi jdbi;
    private final String url;
    private final StoreVendor vendor;
    private final AtomicBoolean metricsBound = new AtomicBoolean();
    private volatile @Nullable KnownCurrent knownCurrent;

    private Database(String url, StoreVendor vendor, HikariDataSource pool, @Nullable Connection keepAlive) {
        this.url = url;
        this.vendor = vendor;
        this.pool = pool;
        this.keepAlive = keepAlive;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    /**
     * Opens (creating if needed) the store of a configuration, {@code OCCUCOMPARE_DB} with
     * {@code OCCUCOMPARE_DB_USER} and {@code OCCUCOMPARE_DB_PASSWORD}, and migrates its schema.
     *
     * @param config the configuration, never null
     * @return the open store, never null
     * @throws OccupationException see {@link #open(String, Optional, Optional)}
     */
    public static Database open(AppConfig config) {
        requireNonNull(config, "config is null");
        return open(config.databaseUrl(), config.databaseUser(), config.databasePassword());
    }

    /**
     * Opens (creating if needed) the store at a JDBC URL without credentials, and migrates its schema.
     *
     * @param jdbcUrl an H2 URL such as {@code jdbc:h2:file:./occucompare} or {@code jdbc:h2:mem:test}, or a
     *     PostgreSQL URL such as {@code jdbc:postgresql://localhost:5432/occucompare}
     * @return the open store, never null
     * @throws OccupationException see {@link #open(String, Optional, Optional)}
     */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, Optional.empty(), Optional.empty());
    }

    /**
     * Opens (creating if needed) the store at a JDBC URL and migrates its schema.
     *
     * @param jdbcUrl an H2 or PostgreSQL JDBC URL, never null
     * @param user the database user, if the URL does not give it, never null
     * @param password the database password, if the URL does not give it, never null; never logged or shown
     * @return the open store, never null
     * @throws OccupationException INVALID_INPUT for a URL that is neither H2 nor PostgreSQL; UPSTREAM when the
     *     database cannot be reached, refuses the credentials or cannot be migrated
     */
    public static Database open(String jdbcUrl, Optional<String> user, Optional<Secret> password) {
        return open(jdbcUrl, user, password, OPEN_TIMEOUT);
    }

    /** As {@link #open(String, Optional, Optional)}, waiting at most {@code timeout} for the store to answer. */
    static Database open(String jdbcUrl, Optional<String> user, Optional<Secret> password, Duration timeout) {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
        String shown = JdbcUrls.masked(jdbcUrl);
        StoreVendor vendor = StoreVendor.of(jdbcUrl).orElseThrow(() -> OccupationException.invalidInput(
                "The store runs on H2 or PostgreSQL: give a URL such as jdbc:h2:file:./occucompare or"
                        + " jdbc:postgresql://localhost:5432/occucompare (got " + shown + ")."));
        String url = vendor == StoreVendor.H2 ? h2Url(jdbcUrl) : jdbcUrl;
        Connection keepAlive = null;
        HikariDataSource pool = null;
        try {
            if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:")) {
                // an in-memory database lives while a connection to it is open: hold one outside the pool
                keepAlive = DriverManager.getConnection(url, user.orElse(""), password.map(Secret::reveal).orElse(""));
            }
            pool = new HikariDataSource(poolConfig(url, user, password, timeout));
            Migrations.apply(pool, vendor);
            return new Database(shown, vendor, pool, keepAlive);
        } catch (SQLException | HikariPool.PoolInitializationException | FlywayException e) {
            closeQuietly(keepAlive);
            if (pool != null) {
                pool.close();
            }
            throw new OccupationException(ErrorKind.UPSTREAM, "Cannot open the store " + shown + ": "
                    + rootMessage(e) + ". " + (vendor == StoreVendor.H2
                            ? "Check that the path is writable."
                            : "Check that the PostgreSQL server runs and that the database, "
                                    + "OCCUCOMPARE_DB_USER and OCCUCOMPARE_DB_PASSWORD are right."), e);
        }
    }

    /**
     * An H2 URL as the store opens it: a file store in automatic mixed mode, so that other processes can use it
     * while this one does (H2 then closes the file in its own shutdown hook: it refuses DB_CLOSE_ON_EXIT=FALSE in
     * that mode). A URL that sets AUTO_SERVER itself keeps its setting.
     */
    static String h2Url(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        boolean embeddedFile = !lower.startsWith("jdbc:h2:mem:") && !lower.startsWith("jdbc:h2:tcp:")
                && !lower.startsWith("jdbc:h2:ssl:");
        return embeddedFile && !lower.contains(";auto_server=") ? jdbcUrl + ";AUTO_SERVER=TRUE" : jdbcUrl;
    }

    private static HikariConfig poolConfig(String url, Optional<String> user, Optional<Secret> password,
            Duration timeout) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("occucompare-store");
        config.setJdbcUrl(url);
        user.ifPresent(config::setUsername);
        password.ifPresent(p -> config.setPassword(p.reveal()));
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(2);
        // the first connection is retried this long (see OPEN_TIMEOUT)
        config.setInitializationFailTimeout(timeout.toMillis());
        config.setConnectionTimeout(Math.max(timeout.toMillis(), 250));
        return config;
    }

    /** The Jdbi of this store; never null. Readers of imported data use {@link #read} instead. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** The database this store runs on; never null. */
    public StoreVendor vendor() {
        return vendor;
    }

    /**
     * Runs reads of imported data on one handle pinned to the dataset version that is current when it starts: the
     * SQL of every data table filters on {@code dataset_id = <dataset>}, which this defines. An import that
     * switches versions meanwhile does not mix its rows into these reads. With no dataset yet, nothing matches.
     *
     * @param work the reads, never null
     * @param <T> what they return
     * @return what {@code work} returns
     */
    public <T> T read(Function<Handle, T> work) {
        requireNonNull(work, "work is null");
        return jdbi.withHandle(handle -> {
            long version = handle.attach(DatasetDao.class).currentId().orElse(DatasetDao.NONE);
            handle.define(DatasetDao.DATASET, version);
            return work.apply(handle);
        });
    }

    /**
     * Runs reads of imported data pinned to a given dataset version: for what is kept in memory per version and read
     * in parts, one part at a time, so that an import switching versions between two parts does not mix them. The
     * version must be one the store keeps (the current one or one of the last {@value StoreImport#KEEP_VERSIONS}).
     *
     * @param version the version, such as {@link #currentId()} gave; {@link DatasetDao#NONE} matches nothing
     * @param work the reads, never null
     * @param <T> what they return
     * @return what {@code work} returns
     */
    public <T> T read(long version, Function<Handle, T> work) {
        requireNonNull(work, "work is null");
        return jdbi.withHandle(handle -> work.apply(handle.define(DatasetDao.DATASET, version)));
    }

    /**
     * The id of the dataset version that readers use now, asked of the store at most once per
     * {@link #CURRENT_REREAD}: for what is kept in memory per version (the gazetteer), so that a request served from
     * memory costs no database round trip. An import by this process is seen at once; one by another process
     * sharing the store within {@link #CURRENT_REREAD}. Thread-safe.
     *
     * @return the id, or {@link DatasetDao#NONE} when nothing was loaded yet
     * @throws org.jdbi.v3.core.JdbiException when the store cannot be reached
     */
    public long currentId() {
        KnownCurrent known = knownCurrent;
        long now = System.nanoTime();
        if (known != null && now - known.readAt() < CURRENT_REREAD.toNanos()) {
            return known.id();
        }
        long id = jdbi.withHandle(h -> h.attach(DatasetDao.class).currentId().orElse(DatasetDao.NONE));
        knownCurrent = new KnownCurrent(id, now);
        return id;
    }

    /** A dataset id as read at a {@link System#nanoTime()}. */
    private record KnownCurrent(long id, long readAt) {
    }

    /**
     * The dataset version that readers use now.
     *
     * @return the version, or empty when nothing was loaded yet; never null
     * @throws org.jdbi.v3.core.JdbiException when the store cannot be reached
     */
    public Optional<DatasetVersion> currentDataset() {
        return jdbi.withHandle(h -> h.attach(DatasetDao.class).current());
    }

    /**
     * Whether the store answers now, and the version it serves: for health and readiness checks, so it never
     * throws. The password never appears in the problem it reports.
     *
     * @return the status, never null
     */
    public StoreStatus status() {
        try {
            return new StoreStatus(true, currentDataset(), Optional.empty());
        } catch (JdbiException e) {
            return new StoreStatus(false, Optional.empty(), Optional.of("the store " + url + " does not answer: "
                    + rootMessage(e)));
        }
    }

    /**
     * Reports the connection pool's figures (connections in use, idle, pending, acquisition times) to a metrics
     * registry.
     *
     * @param registry the registry, never null
     */
    public void bindMetrics(MeterRegistry registry) {
        requireNonNull(registry, "registry is null");
        if (metricsBound.compareAndSet(false, true)) {
            pool.setMetricRegistry(registry); // the pool takes one registry for its lifetime
        }
    }

    /**
     * Runs an import into a new dataset version, waiting up to {@link #IMPORT_WAIT} for an import that is running
     * (or being rolled back after its process died) to end.
     *
     * @see #inImport(Duration, Function)
     */
    public <T> T inImport(Function<StoreImport, T> work) {
        return inImport(IMPORT_WAIT, work);
    }

    /**
     * Runs an import into a new dataset version, in one transaction: readers keep using the current version while
     * it runs, and when {@code work} returns the new version becomes current, in the same commit; when it throws,
     * or the process dies, nothing changes. One import runs at a time per store, across processes and instances:
     * the import holds the {@code import} row of {@code store_lock}, which the database releases with the
     * transaction. Old versions beyond the last {@value StoreImport#KEEP_VERSIONS} are pruned.
     *
     * @param wait how long to wait for another import to end before giving up; zero to give up at once
     * @param work the import, never null
     * @param <T> what it returns
     * @return what {@code work} returns
     * @throws StoreBusyException when another import into this store is still running after {@code wait}
     */
    public <T> T inImport(Duration wait, Function<StoreImport, T> work) {
        requireNonNull(wait, "wait is null");
        requireNonNull(work, "work is null");
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                T result = jdbi.inTransaction(handle -> {
                    StoreImport store = StoreImport.begin(handle, this);
                    T done = work.apply(store);
                    store.commit();
                    return done;
                });
                knownCurrent = null; // this process sees its own import at once
                return result;
            } catch (StoreBusyException e) {
                // the lock is taken before work starts, so trying again repeats nothing
                if (System.nanoTime() >= deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OccupationException(ErrorKind.UPSTREAM, "Interrupted while waiting for another import.", e);
        }
    }

    /** The JDBC URL this store was opened with, any password masked; never null. */
    public String url() {
        return url;
    }

    @Override
    public void close() {
        pool.close();
        closeQuietly(keepAlive);
    }

    private static void closeQuietly(@Nullable Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // closing anyway: nothing more can be done with it
            LOG.warn("Could not close a connection to the store cleanly ({}); going on without it.", e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
