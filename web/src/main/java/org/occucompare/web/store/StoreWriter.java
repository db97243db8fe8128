package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.occucompare.web.store.row.ElementRow;
import org.occucompare.web.store.row.StoreRow;

/**
 * Writes one import's rows into a new dataset version, in batches on one handle, inside the caller's transaction.
 * The first row of a scope (a table, a rating domain, an OEWS year and area, a projection round and area) records
 * that the import replaces that scope; at {@link #finish()} everything of the previous version outside the replaced
 * scopes is carried over, so an import replaces exactly what its files cover and a re-import of the same files
 * changes nothing. Within one import the first row for a key wins (national BLS projections come before a state
 * export's US row). Not thread-safe.
 */
final class StoreWriter {
    private final Handle handle;
    private final RowWriter rows;
    private final long dataset;
    private final OptionalLong previous;
    private final DatasetDao datasets;
    private final Map<StoreTable<?>, List<StoreRow>> buffers = new LinkedHashMap<>();
    private final Map<StoreTable<?>, Set<String>> scopes = new LinkedHashMap<>();
    private final Set<String> keys = new HashSet<>();
    private final Map<String, ElementRow> elements = new LinkedHashMap<>();
    private final Map<String, Long> counts = new HashMap<>();

    /**
     * A writer of a new version.
     *
     * @param handle the import's handle, whose transaction the caller opens and commits
     * @param rows how rows reach the database
     * @param dataset the new version
     * @param previous the version to carry over from, or empty to start from nothing
     */
    StoreWriter(Handle handle, RowWriter rows, long dataset, OptionalLong previous) {
        this.handle = requireNonNull(handle, "handle is null");
        this.rows = requireNonNull(rows, "rows is null");
        this.dataset = dataset;
        this.previous = requireNonNull(previous, "previous is null");
        this.datasets = handle.attach(DatasetDao.class);
    }

    /** Takes one row; it reaches the database at the next full batch or at {@link #finish()}. */
    void accept(StoreRow row) {
        if (row instanceof ElementRow element) {
            elements.merge(element.elementId(), element, (old, now) -> now.description().isPresent() ? now : old);
            return;
        }
        add(StoreTable.of(row), row);
    }

    private <R extends StoreRow> void add(StoreTable<R> table, R row) {
        if (scopes.computeIfAbsent(table, t -> new HashSet<>()).add(table.scopeKey(row))) {
            datasets.insertScope(dataset, table.name(), table.scopeKey(row));
        }
        String key = table.uniqueKey(row);
        if (!key.isEmpty() && !keys.add(table.name() + "|" + key)) {
            return;
        }
        List<StoreRow> buffer = buffers.computeIfAbsent(table, t -> new ArrayList<>());
        buffer.add(row);
        counts.merge(table.name(), 1L, Long::sum);
        if (buffer.size() >= rows.batchSize()) {
            write(table, buffer);
        }
    }

    /**
     * Writes what is buffered and the content-model elements, then carries over from the previous version every
     * row outside the scopes this import replaced; call once, before committing.
     */
    void finish() {
        buffers.forEach(this::write);
        writeElements();
        previous.ifPresent(this::carryOver);
    }

    /** The rows written so far per table, never null; tables without rows are left out. */
    Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    /** The scopes replaced per table name; a whole table is {@link StoreTable#WHOLE}. */
    Map<StoreTable<?>, Set<String>> scopes() {
        return Map.copyOf(scopes);
    }

    @SuppressWarnings("unchecked")
    private <R extends StoreRow> void write(StoreTable<R> table, List<StoreRow> buffer) {
        if (!buffer.isEmpty()) {
            rows.write(handle, dataset, table, (List<R>) (List<?>) buffer);
            buffer.clear();
        }
    }

    /**
     * Elements (content-model names and descriptions) come from several files; one with a description wins over one
     * without, here and against the previous version, whose other elements are carried over.
     */
    private void writeElements() {
        Set<String> described = new HashSet<>(previous.isPresent() ? handle.createQuery(
                "select element_id from element where dataset_id = :v and description is not null")
                .bind("v", previous.getAsLong()).mapTo(String.class).list() : List.of());
        int written = 0;
        for (ElementRow element : elements.values()) {
            if (element.description().isEmpty() && described.contains(element.elementId())) {
                continue;
            }
            handle.createUpdate("insert into element (dataset_id, element_id, name, description)"
                    + " values (:v, :id, :name, :d)").bind("v", dataset).bind("id", element.elementId())
                    .bind("name", element.name()).bind("d", element.description()).execute();
            written++;
        }
        if (written > 0) {
            counts.merge("element", (long) written, Long::sum);
        }
        elements.clear();
    }

    private void carryOver(long from) {
        for (Map.Entry<String, List<String>> table : StoreTable.VERSIONED.entrySet()) {
            String name = table.getKey();
            String columns = String.join(", ", table.getValue());
            String select = "insert into " + name + " (dataset_id, " + columns + ") select :to, " + columns
                    + " from " + name + " o where o.dataset_id = :from";
            String sql = switch (name) {
                // the import already wrote the elements it brings; the rest are matched by id
                case "element" -> select + " and not exists (select 1 from element n where n.dataset_id = :to"
                        + " and n.element_id = o.element_id)";
                // carried over whole: StoreImport.recordSource then replaces the sources this import brings
                case "data_source" -> select;
                default -> select + " and not exists (select 1 from dataset_scope s where s.dataset_id = :to"
                        + " and s.table_name = '" + name + "' and s.scope_key in ('', " + scopeSql(name) + "))";
            };
            handle.createUpdate(sql).bind("to", dataset).bind("from", from).execute();
        }
    }

    private static String scopeSql(String table) {
        return StoreTable.FILLED.stream().filter(t -> t.name().equals(table)).map(StoreTable::scopeSql).findFirst()
                .orElse("''");
    }
}
