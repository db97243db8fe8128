package org.occucompare.web.chart;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.occucompare.web.places.CountyAreas;

/**
 * The outlines of the OEWS areas on the atlas, each merged from its counties by the bundled county table with the
 * county borders dropped, and the counties that the table gives no area, merged likewise. Built once per process, on
 * the first metro map drawn. Immutable and thread-safe.
 */
final class AreaOutlines {
    private final Map<String, Path2D> byArea;
    private final Path2D unassigned;
    private final int unassignedCount;

    private AreaOutlines(Map<String, String> table) {
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

    /** The outlines of the bundled county table ({@link CountyAreas#bundled()}); never null. */
    static AreaOutlines bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final AreaOutlines INSTANCE = new AreaOutlines(CountyAreas.bundled().areasByCounty());
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
