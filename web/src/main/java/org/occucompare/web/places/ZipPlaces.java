package org.occucompare.web.places;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.occucompare.core.model.UsState;

/**
 * GeoNames' county and place name of each ZIP code, read once from the bundled {@code zip-places.csv.gz} (derived by
 * {@code web/scripts/derive-county-areas.py}; postal code data © GeoNames, CC BY 4.0; see
 * {@code county-areas.PROVENANCE.md}). Immutable and thread-safe.
 */
final class ZipPlaces {
    /**
     * A county of 2023.
     *
     * @param fips the five-digit county FIPS code, such as {@code 17031}
     * @param name how it is written, such as {@code Cook County}, {@code Orleans Parish} or {@code Baltimore city}
     */
    record County(String fips, String name) {
        County {
            requireNonNull(fips, "fips is null");
            requireNonNull(name, "name is null");
        }

        /** The state it lies in, by the first two digits of its code. */
        UsState state() {
            return UsState.fromFips(fips.substring(0, 2)).orElseThrow();
        }

        /** The name and the state's postal code, such as {@code Cook County, IL}. */
        String describe() {
            return name + ", " + state().postalCode();
        }
    }

    private final Map<String, County> byZip;
    private final Map<String, Map<County, Integer>> zipsByPlace;

    private ZipPlaces(List<CSVRecord> rows) {
        Map<String, County> counties = new HashMap<>();
        Map<String, County> zips = new HashMap<>();
        Map<String, Map<County, Integer>> places = new HashMap<>();
        for (CSVRecord row : rows) {
            County county = counties.computeIfAbsent(row.get("county_fips"), fips -> new County(fips,
                    row.get("county")));
            zips.put(row.get("zip"), county);
            places.computeIfAbsent(placeKey(row.get("place"), county.state()), k -> new LinkedHashMap<>())
                    .merge(county, 1, Integer::sum);
        }
        this.byZip = Map.copyOf(zips);
        places.replaceAll((k, v) -> Map.copyOf(v));
        this.zipsByPlace = Map.copyOf(places);
    }

    /** The bundled table, read once on first use; never null. */
    static ZipPlaces bundled() {
        return Bundled.INSTANCE;
    }

    /** The county GeoNames puts a five-digit ZIP code in, if it lists the ZIP code under a 2023 county. */
    Optional<County> county(String zip) {
        return Optional.ofNullable(byZip.get(zip));
    }

    /**
     * The counties of the ZIP codes GeoNames gives a place name, with how many ZIP codes each holds.
     *
     * @param place the place name, matched ignoring case, accents, punctuation, spaces and Saint/St.
     * @param state the state the place lies in
     * @return county → number of the place's ZIP codes in it; empty when GeoNames names no such place; never null
     */
    Map<County, Integer> countiesOf(String place, UsState state) {
        return zipsByPlace.getOrDefault(placeKey(place, state), Map.of());
    }

    private static String placeKey(String place, UsState state) {
        String plain = Normalizer.normalize(place, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\bsainte\\b", "ste").replaceAll("\\bsaint\\b", "st");
        return plain.replaceAll("[^a-z]", "") + "|" + state.postalCode();
    }

    private static final class Bundled {
        static final ZipPlaces INSTANCE = new ZipPlaces(BundledTable.read("zip-places.csv.gz"));
    }
}
