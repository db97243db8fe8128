package org.occucompare.analytics.growth;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.core.model.OccupationCode;

/**
 * One occupation's growth, national first, then the states asked for. Immutable and thread-safe.
 *
 * @param code the occupation, never null
 * @param rows the national row (when published) and one row per state asked for that has one, never null
 * @param notes places without projections and why, never null
 */
public record GrowthTable(OccupationCode code, List<GrowthFigures> rows, List<String> notes) {
    /** Rejects null and copies. */
    public GrowthTable {
        requireNonNull(code, "code is null");
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
        notes = List.copyOf(requireNonNull(notes, "notes is null"));
    }
}
