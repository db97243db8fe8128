package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.occucompare.web.store.row.AlternateTitleRow;
import org.occucompare.web.store.row.AttainmentRow;
import org.occucompare.web.store.row.DwaRow;
import org.occucompare.web.store.row.EducationAssignmentRow;
import org.occucompare.web.store.row.EducationCategoryRow;
import org.occucompare.web.store.row.EducationRatingRow;
import org.occucompare.web.store.row.ElementRow;
import org.occucompare.web.store.row.JobZoneRow;
import org.occucompare.web.store.row.OccupationRow;
import org.occucompare.web.store.row.ProjectionEstimateRow;
import org.occucompare.web.store.row.RatingRow;
import org.occucompare.web.store.row.RelatedOccupationRow;
import org.occucompare.web.store.row.ScaleRow;
import org.occucompare.web.store.row.SeparationsRow;
import org.occucompare.web.store.row.StoreRow;
import org.occucompare.web.store.row.TaskDwaRow;
import org.occucompare.web.store.row.TaskRow;
import org.occucompare.web.store.row.TechnologyRow;
import org.occucompare.web.store.row.WageRow;

/**
 * Writes imported rows in batches on one handle, inside the caller's transaction. Before the first row of a scope
 * (a table, a rating domain, an OEWS year and area, a projection round and area) it deletes what the store held for
 * that scope, so an import replaces exactly what its files cover and a re-import of the same files changes nothing.
 * Within one import the first row for a key wins (national BLS projections come before a state export's US row).
 * Not thread-safe.
 */
final class StoreWriter {
    private static final int BATCH = 2_000;
    /** Tables the import fills, in an order that is safe to clear. */
    static final List<String> DATA_TABLES = List.of("occupation", "alternate_title", "task", "dwa", "task_dwa",
            "element", "scale", "rating", "education_category", "education_rating", "job_zone", "related_occupation",
            "technology", "bright_outlook", "wage", "projection", "separations", "industry_employment",
            "education_assignment", "attainment", "data_source");

    private final Handle handle;
    private final ImportDao dao;
    private final Map<Class<?>, List<StoreRow>> buffers = new LinkedHashMap<>();
    private final Set<String> clearedScopes = new HashSet<>();
    private final Set<String> keys = new HashSet<>();
    private final Map<String, ElementRow> elements = new LinkedHashMap<>();
    private final Map<String, Long> counts = new HashMap<>();

    /** A writer on a handle whose transaction the caller opens and commits. */
    StoreWriter(Handle handle) {
        this.handle = requireNonNull(handle, "handle is null");
        this.dao = handle.attach(ImportDao.class);
    }

    /** Deletes everything imported (the bundled sample, before a real import replaces it); keeps the cache. */
    void clearAll() {
        for (String table : DATA_TABLES) {
            handle.execute("delete from " + table);
        }
    }

    /** Takes one row; it reaches the database at the next full batch or at {@link #finish()}. */
    void accept(StoreRow row) {
        if (row instanceof ElementRow element) {
            elements.merge(element.elementId(), element, (old, now) -> now.description().isPresent() ? now : old);
            return;
        }
        Scope scope = Scopes.of(row);
        if (clearedScopes.add(scope.name())) {
            flush();
            handle.createUpdate(scope.deleteSql()).bindMap(scope.parameters()).execute();
        }
        String key = Scopes.uniqueKey(row);
        if (!key.isEmpty() && !keys.add(key)) {
            return;
        }
        List<StoreRow> buffer = buffers.computeIfAbsent(row.getClass(), c -> new ArrayList<>());
        buffer.add(row);
        counts.merge(Scopes.table(row), 1L, Long::sum);
        if (buffer.size() >= BATCH) {
            write(row.getClass(), buffer);
            buffer.clear();
        }
    }

    /** Writes what is buffered and the content-model elements; call once, before committing. */
    void finish() {
        flush();
        for (ElementRow element : elements.values()) {
            boolean exists = handle.createQuery("select count(*) from element where element_id = :id")
                    .bind("id", element.elementId()).mapTo(Integer.class).one() > 0;
            if (exists && element.description().isEmpty()) {
                continue;
            }
            handle.createUpdate("delete from element where element_id = :id").bind("id", element.elementId())
                    .execute();
            handle.createUpdate("insert into element (element_id, name, description) values (:id, :name, :d)")
                    .bind("id", element.elementId()).bind("name", element.name())
                    .bind("d", element.description()).execute();
        }
        counts.merge("element", (long) elements.size(), Long::sum);
        elements.clear();
    }

    /** The rows written so far per table, never null. */
    Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    private void flush() {
        for (Map.Entry<Class<?>, List<StoreRow>> entry : buffers.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                write(entry.getKey(), entry.getValue());
                entry.getValue().clear();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> as(List<StoreRow> rows) {
        return (List<T>) (List<?>) rows;
    }

    private void write(Class<?> type, List<StoreRow> rows) {
        if (type == OccupationRow.class) {
            dao.occupations(as(rows));
        } else if (type == AlternateTitleRow.class) {
            dao.alternateTitles(as(rows));
        } else if (type == TaskRow.class) {
            dao.tasks(as(rows));
        } else if (type == DwaRow.class) {
            dao.dwas(as(rows));
        } else if (type == TaskDwaRow.class) {
            dao.taskDwas(as(rows));
        } else if (type == ScaleRow.class) {
            dao.scales(as(rows));
        } else if (type == RatingRow.class) {
            dao.ratings(as(rows));
        } else if (type == EducationCategoryRow.class) {
            dao.educationCategories(as(rows));
        } else if (type == EducationRatingRow.class) {
            dao.educationRatings(as(rows));
        } else if (type == JobZoneRow.class) {
            dao.jobZones(as(rows));
        } else if (type == RelatedOccupationRow.class) {
            dao.relatedOccupations(as(rows));
        } else if (type == TechnologyRow.class) {
            dao.technologies(as(rows));
        } else if (type == WageRow.class) {
            dao.wages(as(rows));
        } else if (type == ProjectionEstimateRow.class) {
            dao.projections(as(rows));
        } else if (type == SeparationsRow.class) {
            dao.separations(as(rows));
        } else if (type == EducationAssignmentRow.class) {
            dao.educationAssignments(as(rows));
        } else if (type == AttainmentRow.class) {
            dao.attainments(as(rows));
        } else {
            throw new IllegalArgumentException("no table for " + type.getSimpleName());
        }
    }
}
