package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.occucompare.web.store.row.StoreRow;

/**
 * One import into the store, inside one transaction (see {@link Database#inImport}): rows, data sources and the
 * label of what the store now holds. Not thread-safe; valid only inside its callback.
 */
public final class StoreImport {
    private static final Pattern OEWS = Pattern.compile("oews:(\\d{4})");
    private static final Pattern ROUND = Pattern.compile("projections:(\\d{4})-(\\d{4})(:states)?");

    private static final List<String> KIND_ORDER = List.of("ONET", "OEWS", "EMPLOYMENT_PROJECTIONS",
            "STATE_PROJECTIONS");

    private final Handle handle;
    private final StoreWriter writer;
    private final SourceDao sources;

    StoreImport(Handle handle) {
        this.handle = requireNonNull(handle, "handle is null");
        this.writer = new StoreWriter(handle);
        this.sources = handle.attach(SourceDao.class);
    }

    /** What the store holds before this import: {@code sample}, {@code import}, or empty for a new store. */
    public Optional<String> dataset() {
        return sources.info("dataset");
    }

    /** Deletes all imported data (the bundled sample before a real import replaces it); keeps the cache. */
    public void clearAll() {
        writer.clearAll();
    }

    /** Takes one row; see {@link StoreWriter#accept}. */
    public void accept(StoreRow row) {
        writer.accept(row);
    }

    /** Writes what is still buffered; call once after the last row. */
    public void finish() {
        writer.finish();
    }

    /** Rows written per table. */
    public Map<String, Long> counts() {
        return writer.counts();
    }

    /**
     * Records a data source, adding its files to those recorded before.
     *
     * @param info the source; its row count is replaced by what the store now holds for it
     * @return the rows the store holds for the source
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

    /** Records what the store now holds: {@code sample} or {@code import}, and a label built from the sources. */
    public String recordDataset(String dataset) {
        String label = sources.sources().stream()
                .sorted(Comparator.comparingInt((DataSourceInfo s) -> KIND_ORDER.indexOf(s.kind()))
                        .thenComparing(DataSourceInfo::sourceId))
                .map(StoreImport::labelOf).reduce((a, b) -> a + ", " + b).orElse("no data");
        String text = (dataset.equals("sample") ? "bundled sample (" : "imported data (") + label + ")";
        sources.putInfo("dataset", dataset);
        sources.putInfo("label", text);
        return text;
    }

    private long storedRows(String sourceId) {
        Matcher oews = OEWS.matcher(sourceId);
        Matcher round = ROUND.matcher(sourceId);
        if (sourceId.equals("onet")) {
            return count("select count(*) from occupation", Map.of());
        } else if (oews.matches()) {
            return count("select count(*) from wage where wage_year = :y", Map.of("y", Integer.parseInt(oews.group(1))));
        } else if (round.matches()) {
            Map<String, Object> years = Map.of("b", Integer.parseInt(round.group(1)), "p",
                    Integer.parseInt(round.group(2)));
            return count(round.group(3) == null
                    ? "select count(*) from projection where area_key = 'US' and employment_counts = 'ALL_JOBS'"
                            + " and base_year = :b and projected_year = :p"
                    : "select count(*) from projection where area_key <> 'US' and base_year = :b"
                            + " and projected_year = :p", years);
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
}
