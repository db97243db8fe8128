package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jspecify.annotations.Nullable;
import org.occucompare.web.store.row.StoreRow;

/**
 * One import into the store (see {@link Database#inImport}): it writes a new dataset version inside one
 * transaction, carrying over from the current version what its files do not cover, records the data sources and
 * the label, and at {@link #commit()} makes the new version current and prunes old ones. Not thread-safe; valid
 * only inside its callback.
 */
public final class StoreImport {
    /** How many versions the store keeps: the current one and the ones before it, for readers still on them. */
    static final int KEEP_VERSIONS = 3;

    private static final Pattern OEWS = Pattern.compile("oews:(\\d{4})");
    private static final Pattern ROUND = Pattern.compile("projections:(\\d{4})-(\\d{4})(:states)?");
    private static final List<String> KIND_ORDER = List.of("ONET", "OEWS", "EMPLOYMENT_PROJECTIONS",
            "STATE_PROJECTIONS");

    private final Handle handle;
    private final Database database;
    private final DatasetDao datasets;
    private final SourceDao sources;
    private final Optional<DatasetVersion> previous;
    private final long version;
    private final long startedNanos = System.nanoTime();
    private @Nullable StoreWriter writer;
    private boolean replaceAll;
    private @Nullable String kind;
    private @Nullable String label;
    private boolean similarityPrepared;

    private StoreImport(Handle handle, Database database, Optional<DatasetVersion> previous, long version) {
        this.handle = handle;
        this.database = database;
        this.datasets = handle.attach(DatasetDao.class);
        this.sources = handle.attach(SourceDao.class);
        this.previous = previous;
        this.version = version;
        handle.define(DatasetDao.DATASET, version);
    }

    /** Takes the store's import lock on the handle's transaction and starts a new version. */
    static StoreImport begin(Handle handle, Database database) {
        requireNonNull(handle, "handle is null");
        try {
            handle.createQuery("select lock_name from store_lock where lock_name = 'import' for update nowait")
                    .mapTo(String.class).one();
        } catch (JdbiException e) {
            if (isLockNotAvailable(e)) {
                throw new StoreBusyException("Another import into " + database.url() + " is running: wait for it to"
                        + " finish, then run this one again. Nothing was changed.", e);
            }
            throw e;
        }
        DatasetDao datasets = handle.attach(DatasetDao.class);
        return new StoreImport(handle, database, datasets.current(), datasets.nextId());
    }

    private static boolean isLockNotAvailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("55P03".equals(sql.getSQLState()) || sql.getErrorCode() == 50200)) {
                return true; // PostgreSQL lock_not_available; H2 LOCK_TIMEOUT_1
            }
        }
        return false;
    }

    /** The version readers use until this import commits, if any. */
    public Optional<DatasetVersion> previous() {
        return previous;
    }

    /** What the store holds before this import: {@code sample}, {@code import}, or empty for a new store. */
    public Optional<String> dataset() {
        return previous.map(DatasetVersion::kind);
    }

    /** The number of the version this import writes. */
    public long version() {
        return version;
    }

    /**
     * Starts the new version from nothing instead of from the current one (a real import replaces the bundled sample
     * whole); call before the first row.
     */
    public void replaceAll() {
        if (writer != null) {
            throw new IllegalStateException("replaceAll() must come before the first row");
        }
        replaceAll = true;
    }

    /** Takes one row; see {@link StoreWriter#accept}. */
    public void accept(StoreRow row) {
        writer().accept(row);
    }

    /** Writes what is still buffered and carries over the rest of the current version; call once after the last row. */
    public void finish() {
        writer().finish();
    }

    /** Rows written per table, tables without rows left out. */
    public Map<String, Long> counts() {
        return writer().counts();
    }

    /** The occupations of the new version; call after {@link #finish()}. */
    public long occupations() {
        return count("select count(*) from occupation where dataset_id = <dataset>", Map.of());
    }

    /**
     * The parts of the current version that this import replaced with far fewer rows: each replaced scope (a table,
     * a rating domain, an OEWS year and area, …) whose new row count is below {@code floor} times the old one. Call
     * after {@link #finish()}. Empty when the import starts from nothing.
     *
     * @param floor the share of its rows a replaced scope must keep, such as 0.5
     * @return the shrunk scopes, never null
     */
    public List<Shrinkage> shrunk(double floor) {
        List<Shrinkage> shrunk = new ArrayList<>();
        if (previous.isEmpty() || replaceAll) {
            return shrunk;
        }
        long before = previous.get().id();
        for (Map.Entry<StoreTable<?>, Set<String>> entry : writer().scopes().entrySet()) {
            StoreTable<?> table = entry.getKey();
            Map<String, Long> old = scopeCounts(table, before);
            Map<String, Long> now = scopeCounts(table, version);
            for (String scope : new TreeSet<>(entry.getValue())) {
                long had = old.getOrDefault(scope, 0L);
                long has = now.getOrDefault(scope, 0L);
                if (had > 0 && has < had * floor) {
                    shrunk.add(new Shrinkage(table.name(), scope, had, has));
                }
            }
        }
        return shrunk;
    }

    private Map<String, Long> scopeCounts(StoreTable<?> table, long dataset) {
        String key = table.scopeSql();
        String sql = key.equals("''")
                ? "select '' as scope_key, count(*) as n from " + table.name() + " o where o.dataset_id = :v"
                : "select " + key + " as scope_key, count(*) as n from " + table.name()
                        + " o where o.dataset_id = :v group by " + key;
        return handle.createQuery(sql).bind("v", dataset)
                .reduceRows(new java.util.HashMap<String, Long>(), (map, row) -> {
                    map.put(row.getColumn("scope_key", String.class), row.getColumn("n", Long.class));
                    return map;
                });
    }

    /**
     * Records a data source, adding its files to those the current version recorded for it.
     *
     * @param info the source; its row count is replaced by what the new version holds for it
     * @return the rows the new version holds for the source
     */
    public long recordSource(DataSourceInfo info) {
        Set<String> files = new TreeSet<>(info.files());
        sources.files(info.sourceId()).ifPresent(old -> files.addAll(List.of(old.split("\n"))));
        files.remove("");
        long stored = storedRows(info.sourceId());
        sources.deleteSource(info.sourceId());
        sources.insertSource(info.sourceId(), info.kind(), info.name(), info.vintage(), info.url(), info.citation(),
                String.join("\n", files), stored, info.importedAt());
        return stored;
    }

    /**
     * Records what the new version holds: {@code sample} or {@code import}, and a label built from its sources. The
     * version becomes current at {@link #commit()}.
     *
     * @return the label, such as "imported data (O*NET 30.1, OEWS May 2024)"
     */
    public String recordDataset(String datasetKind) {
        String described = sources.sources().stream()
                .sorted(Comparator.comparingInt((DataSourceInfo s) -> KIND_ORDER.indexOf(s.kind()))
                        .thenComparing(DataSourceInfo::sourceId))
                .map(StoreImport::labelOf).reduce((a, b) -> a + ", " + b).orElse("no data");
        this.kind = datasetKind;
        this.label = (datasetKind.equals("sample") ? "bundled sample (" : "imported data (") + described + ")";
        return label;
    }

    /**
     * Builds the similarity index of the new version from its occupations and keeps it with the version (see
     * {@link OccupationStore#similarityIndex()}); call after {@link #finish()}. {@link #commit()} does it when the
     * import did not: every version is committed with its index.
     */
    public void prepareSimilarity() {
        if (!similarityPrepared) {
            PreparedSimilarity.prepare(handle, version);
            similarityPrepared = true;
        }
    }

    /**
     * Makes the new version current and prunes the versions beyond the last {@value #KEEP_VERSIONS}, inside the
     * import's transaction. An import that wrote nothing and recorded nothing changes nothing.
     */
    void commit() {
        if (kind == null || label == null) {
            if (writer != null) {
                throw new IllegalStateException("an import that writes rows must record its dataset");
            }
            return;
        }
        prepareSimilarity();
        double seconds = Duration.ofNanos(System.nanoTime() - startedNanos).toNanos() / 1e9;
        datasets.insertVersion(version, kind, label, Instant.now(), seconds);
        datasets.makeCurrent(version);
        List<Long> versions = datasets.versions();
        if (versions.size() > KEEP_VERSIONS) {
            long floor = versions.get(KEEP_VERSIONS - 1);
            for (String table : StoreTable.versionedAndDerived()) {
                handle.createUpdate("delete from " + table + " where dataset_id < :floor").bind("floor", floor)
                        .execute();
            }
            handle.createUpdate("delete from dataset_scope where dataset_id < :floor").bind("floor", floor).execute();
            datasets.deleteVersionsBelow(floor);
        }
    }

    private StoreWriter writer() {
        if (writer == null) {
            OptionalLong from = replaceAll || previous.isEmpty() ? OptionalLong.empty()
                    : OptionalLong.of(previous.get().id());
            writer = new StoreWriter(handle, RowWriter.of(database.vendor()), version, from);
        }
        return writer;
    }

    private long storedRows(String sourceId) {
        Matcher oews = OEWS.matcher(sourceId);
        Matcher round = ROUND.matcher(sourceId);
        if (sourceId.equals("onet")) {
            return occupations();
        } else if (oews.matches()) {
            return count("select count(*) from wage where dataset_id = <dataset> and wage_year = :y",
                    Map.of("y", Integer.parseInt(oews.group(1))));
        } else if (round.matches()) {
            Map<String, Object> years = Map.of("b", Integer.parseInt(round.group(1)), "p",
                    Integer.parseInt(round.group(2)));
            return count(round.group(3) == null
                    ? "select count(*) from projection where dataset_id = <dataset> and area_key = 'US'"
                            + " and employment_counts = 'ALL_JOBS' and base_year = :b and projected_year = :p"
                    : "select count(*) from projection where dataset_id = <dataset> and area_key <> 'US'"
                            + " and base_year = :b and projected_year = :p", years);
        }
        return 0;
    }

    private long count(String sql, Map<String, Object> parameters) {
        return handle.createQuery(sql).bindMap(parameters).mapTo(Long.class).one();
    }

    private static String labelOf(DataSourceInfo source) {
        return switch (source.kind()) {
            case "ONET" -> "O*NET " + source.vintage();
            case "OEWS" -> "OEWS " + source.vintage();
            case "EMPLOYMENT_PROJECTIONS" -> "projections " + source.vintage();
            case "STATE_PROJECTIONS" -> "state projections " + source.vintage();
            default -> source.name() + " " + source.vintage();
        };
    }

    /**
     * A replaced part of the store that keeps far fewer rows than before.
     *
     * @param table the table
     * @param scope the part: {@code ""} for the whole table, else such as {@code SKILL} or {@code 2024|CA}
     * @param before its rows in the current version
     * @param after its rows in the new one
     */
    public record Shrinkage(String table, String scope, long before, long after) {
        public Shrinkage {
            requireNonNull(table, "table is null");
            requireNonNull(scope, "scope is null");
        }
    }
}
