package org.occucompare.web.places;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SAINT = Pattern.compile("\\bsaint(?=e?\\b)");

    private final String[] zips;
    private final County[] counties;
    private final String[] places;

    private ZipPlaces(String[] zips, County[] counties, String[] places) {
        this.zips = zips;
        this.counties = counties;
        this.places = places;
    }

    /** The bundled table, read once on first use; never null. */
    static ZipPlaces bundled() {
        return Bundled.INSTANCE;
    }

    /** The county GeoNames puts a five-digit ZIP code in, if it lists the ZIP code under a 2023 county. */
    Optional<County> county(String zip) {
        int at = Arrays.binarySearch(zips, zip);
        return at < 0 ? Optional.empty() : Optional.of(counties[at]);
    }

    /**
     * The counties of the ZIP codes GeoNames gives a place name, with how many ZIP codes each holds.
     *
     * @param place the place name, matched ignoring case, accents, punctuation, spaces and Saint/St.
     * @param state the state the place lies in
     * @return county → number of the place's ZIP codes in it; empty when GeoNames names no such place; never null
     */
    Map<County, Integer> countiesOf(String place, UsState state) {
        // a scan of the state's ZIP codes: cheaper than keeping an index of 30,000 place names for a rare look-up
        String wanted = placeKey(place);
        Map<County, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < zips.length; i++) {
            if (counties[i].fips().startsWith(state.fips()) && placeKey(places[i]).equals(wanted)) {
                found.merge(counties[i], 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(found);
    }

    /** The place name's letters in lower case, without accents, Saint and Sainte as St and Ste. */
    private static String placeKey(String place) {
        String plain = Normalizer.isNormalized(place, Normalizer.Form.NFD) ? place
                : MARKS.matcher(Normalizer.normalize(place, Normalizer.Form.NFD)).replaceAll("");
        String lower = plain.toLowerCase(Locale.ROOT);
        if (lower.contains("saint")) {
            lower = SAINT.matcher(lower).replaceAll("st");
        }
        StringBuilder key = new StringBuilder(lower.length() + 3);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static ZipPlaces load() {
        List<String[]> rows = BundledTable.read("zip-places.csv.gz", "zip,county_fips,county,place");
        String[] zips = new String[rows.size()];
        County[] counties = new County[rows.size()];
        String[] places = new String[rows.size()];
        Map<String, County> byFips = new HashMap<>();
        for (int i = 0; i < zips.length; i++) {
            String[] row = rows.get(i);
            zips[i] = row[0];
            counties[i] = byFips.computeIfAbsent(row[1], fips -> new County(fips, row[2]));
            places[i] = row[3];
            if (i > 0 && zips[i - 1].compareTo(zips[i]) >= 0) {
                throw new IllegalStateException("zip-places.csv.gz is not sorted by ZIP code at " + zips[i]);
            }
        }
        return new ZipPlaces(zips, counties, places);
    }

    private static final class Bundled {
        static final ZipPlaces INSTANCE = load();
    }
}
