package org.occucompare.web.places;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The OEWS area (2023 delineation, the areas of OEWS May 2024 and later) of each county, by five-digit county FIPS
 * code of the Census Bureau's 2023 counties (Connecticut as its nine planning regions). Read from the bundled
 * {@code county-areas.csv}, which {@code web/scripts/derive-county-areas.py} derives from the OEWS area definitions
 * of May 2023 bridged to the 2023 area codes; counties OMB moved in 2023 may sit in their former area, and some
 * counties have no area (see {@code county-areas.PROVENANCE.md}). Immutable and thread-safe.
 */
public final class CountyAreas {
    private final Map<String, String> byCounty;
    private final Map<String, Integer> countiesByArea;

    private CountyAreas(Map<String, String> byCounty) {
        this.byCounty = Map.copyOf(byCounty);
        Map<String, Integer> counts = new HashMap<>();
        byCounty.values().forEach(area -> counts.merge(area, 1, Integer::sum));
        this.countiesByArea = Map.copyOf(counts);
    }

    /** The bundled table, read once on first use; never null. */
    public static CountyAreas bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * The area a county lies in.
     *
     * @param countyFips the five-digit county FIPS code, such as {@code 17031} (Cook County, IL); never null
     * @return the BLS area code (five digits for a metropolitan area, seven for a nonmetropolitan area), or empty when
     *     the table gives the county no area or does not know it
     */
    public Optional<String> areaOf(String countyFips) {
        requireNonNull(countyFips, "countyFips is null");
        return Optional.ofNullable(byCounty.get(countyFips));
    }

    /** Every county with an area: county FIPS code → BLS area code; unmodifiable, never null. */
    public Map<String, String> areasByCounty() {
        return byCounty;
    }

    /**
     * How many counties lie in each area: BLS area code → count, for the areas with at least one county; counted
     * once, when the table is read. Unmodifiable, never null.
     */
    public Map<String, Integer> countiesByArea() {
        return countiesByArea;
    }

    private static final class Bundled {
        static final CountyAreas INSTANCE = load();

        private static CountyAreas load() {
            Map<String, String> byCounty = new HashMap<>();
            for (String[] row : BundledTable.read("county-areas.csv", "county_fips,area_code,basis")) {
                if (byCounty.put(row[0], row[1]) != null) {
                    throw new IllegalStateException("county-areas.csv lists county " + row[0] + " twice");
                }
            }
            return new CountyAreas(byCounty);
        }
    }
}
