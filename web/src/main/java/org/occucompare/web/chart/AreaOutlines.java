package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The outlines of OEWS areas on the atlas, each merged from its counties with the county borders dropped, and the
 * counties that no area holds, merged likewise. Built once per county table and kept (the table is the bundled one,
 * so once per process). Immutable and thread-safe.
 */
final class AreaOutlines {
    private static volatile @Nullable AreaOutlines last;

    private final Map<String, String> table;
    private final Map<String, Path2D> byArea;
    private final Path2D unassigned;
    private final int unassignedCount;

    private AreaOutlines(Map<String, String> table) {
        this.table = table;
        Map<String, List<String>> counties = new TreeMap<>();
        List<String> none = new ArrayList<>();
        for (String county : UsAtlas.countyFips()) {
            String area = table.get(county);
            if (area == null) {
                none.add(county);
            } else {
                counties.computeIfAbsent(area, a -> new ArrayList<>()).add(county);
            }
        }
        Map<String, Path2D> merged = new TreeMap<>();
        counties.forEach((area, fips) -> merged.put(area, UsAtlas.merged(fips)));
        this.byArea = Map.copyOf(merged);
        this.unassigned = UsAtlas.merged(none);
        this.unassignedCount = none.size();
    }

    /**
     * The outlines for a county table, built on first use and kept while the same table is asked for.
     *
     * @param areasByCounty the area code of each county, by five-digit county FIPS code; never null
     * @return the outlines, never null
     */
    static AreaOutlines of(Map<String, String> areasByCounty) {
        requireNonNull(areasByCounty, "areasByCounty is null");
        AreaOutlines kept = last;
        if (kept != null && (kept.table == areasByCounty || kept.table.equals(areasByCounty))) {
            return kept;
        }
        AreaOutlines built = new AreaOutlines(areasByCounty);
        last = built;
        return built;
    }

    /** Each area's outline in atlas units, by area code, for the areas that hold a county of the atlas; never null. */
    Map<String, Path2D> byArea() {
        return byArea;
    }

    /** The counties no area holds, as one outline in atlas units; empty when every county has an area. */
    Path2D unassigned() {
        return unassigned;
    }

    /** How many counties of the atlas no area holds. */
    int unassignedCount() {
        return unassignedCount;
    }
}
