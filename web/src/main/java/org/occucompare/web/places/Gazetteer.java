package org.occucompare.web.places;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.UsState;

/**
 * Every OEWS area with its code, name, states and kind, and the rules that resolve a place to the area, state or
 * nation whose wages answer it (docs/user-guide.md, "Places"):
 * <ul>
 *   <li>an area code ({@code 16980}, {@code 1700004}, {@code area:16980}) or an area's exact name is that area; a
 *       five-digit number that is a metro area's code is read as the area (write {@code zip:16980} for the ZIP
 *       code);</li>
 *   <li>a city ({@code Chicago, IL}) is the metro area whose title names it in one of its states; else the area most
 *       of its ZIP codes lie in ({@code Evanston, IL}: GeoNames' place names and counties of ZIP codes, then the
 *       county table {@link CountyAreas}); else its state;</li>
 *   <li>a ZIP code is its county's area (GeoNames' county, then {@link CountyAreas}) when this gazetteer has that
 *       area, else its state, by the USPS three-digit prefix;</li>
 *   <li>a state and the nation are themselves.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class Gazetteer {
    /** A gazetteer without areas: cities and ZIP codes resolve to their states. */
    public static final Gazetteer EMPTY = new Gazetteer(List.of());

    private static final Pattern AREA_CODE = Pattern.compile("(?i)(?:area:\\s*)?(\\d{5}|\\d{7})");
    private static final Pattern ZIP = Pattern.compile("(?i)zip[:\\s]\\s*(\\d{5})(?:-\\d{4})?");
    private static final Pattern TITLE = Pattern.compile("(.+), ([A-Z]{2}(?:-[A-Z]{2})*)");

    private final Map<String, OewsArea> byCode = new LinkedHashMap<>();
    private final Map<String, OewsArea> byName = new LinkedHashMap<>();
    private final Map<String, OewsArea> byCity = new LinkedHashMap<>();

    /**
     * A gazetteer of the given areas.
     *
     * @param areas the areas, in the order their list gives them; never null
     */
    public Gazetteer(List<OewsArea> areas) {
        requireNonNull(areas, "areas is null");
        for (OewsArea area : areas) {
            byCode.put(area.code(), area);
            byName.putIfAbsent(normalize(area.name()), area);
        }
        // a metro's first title city before any other: "Portland, OR" is Portland-Vancouver-Hillsboro's
        int longest = areas.stream().mapToInt(a -> titleCities(a.name()).size()).max().orElse(0);
        for (int position = 0; position < longest; position++) {
            for (OewsArea area : areas) {
                if (area.metro()) {
                    List<String> cities = titleCities(area.name());
                    if (position < cities.size()) {
                        for (UsState state : area.states()) {
                            byCity.putIfAbsent(cityKey(cities.get(position), state), area);
                        }
                    }
                }
            }
        }
    }

    /** Every area, in list order; never null. */
    public List<OewsArea> areas() {
        return List.copyOf(byCode.values());
    }

    /** The area of a code, if the gazetteer has it. */
    public Optional<OewsArea> area(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Resolves a place as typed.
     *
     * @param text the place, never null
     * @return the place and how it was resolved, never null
     * @throws OccupationException {@code INVALID_INPUT} for text that is no place, saying which forms are accepted
     */
    public ResolvedPlace resolve(String text) {
        requireNonNull(text, "text is null");
        String stripped = text.strip();
        Matcher zip = ZIP.matcher(stripped);
        if (zip.matches()) {
            return resolve(stripped, new Location.ZipCode(zip.group(1)));
        }
        Matcher code = AREA_CODE.matcher(stripped);
        if (code.matches()) {
            Optional<OewsArea> area = area(code.group(1));
            boolean explicit = stripped.toLowerCase(Locale.ROOT).startsWith("area:")
                    || code.group(1).length() == 7;
            if (area.isPresent()) {
                return ofArea(stripped, area.get(), explicit ? "the BLS area code"
                        : "the BLS area code; for the ZIP code, write zip:" + code.group(1));
            }
            if (explicit) {
                Location.Area unknown = new Location.Area(code.group(1));
                return new ResolvedPlace(stripped, unknown, unknown, Optional.empty(), stripped + " → BLS area "
                        + code.group(1) + " (not in the list of OEWS areas here)");
            }
        }
        OewsArea named = byName.get(normalize(stripped));
        if (named != null) {
            return ofArea(stripped, named, "its name");
        }
        return resolve(stripped, Location.parse(stripped));
    }

    /**
     * Resolves a parsed place.
     *
     * @param place the place, never null
     * @return the place and how it was resolved, never null
     * @throws OccupationException {@code INVALID_INPUT} for a ZIP code whose prefix is no state's
     */
    public ResolvedPlace resolve(Location place) {
        requireNonNull(place, "place is null");
        return resolve(place.key(), place);
    }

    private ResolvedPlace resolve(String asked, Location place) {
        if (place instanceof Location.Area a) {
            return area(a.code()).map(area -> ofArea(asked, area, "the BLS area code"))
                    .orElseGet(() -> new ResolvedPlace(asked, place, place, Optional.empty(), asked
                            + " → BLS area " + a.code() + " (not in the list of OEWS areas here)"));
        }
        if (place instanceof Location.City city) {
            OewsArea area = byCity.get(cityKey(city.city(), city.state()));
            if (area != null) {
                return new ResolvedPlace(asked, place, area.location(), Optional.of(area), city.key() + " → "
                        + area.describe() + " (a city named in its title)");
            }
            return byZipCodes(asked, city);
        }
        if (place instanceof Location.ZipCode zip) {
            UsState state = zip.usState().orElseThrow(() -> OccupationException.invalidInput("ZIP code "
                    + zip.zip() + " lies in no state or territory OEWS publishes (a military or freely associated"
                    + " ZIP code, or an unassigned prefix): give a state, a city or another ZIP code."));
            String byPrefix = "by its USPS three-digit prefix " + zip.zip().substring(0, 3);
            Optional<ZipPlaces.County> county = ZipPlaces.bundled().county(zip.zip());
            if (county.isEmpty()) {
                return new ResolvedPlace(asked, place, new Location.State(state), Optional.empty(), "ZIP "
                        + zip.zip() + " → " + state.displayName() + " (" + byPrefix + "; GeoNames gives no county"
                        + " for it)");
            }
            String how = "ZIP " + zip.zip() + " → " + county.get().describe();
            Optional<String> code = CountyAreas.bundled().areaOf(county.get().fips());
            Optional<OewsArea> area = code.flatMap(this::area);
            if (area.isPresent()) {
                return new ResolvedPlace(asked, place, area.get().location(), area, how + " → "
                        + area.get().describe() + " (county by GeoNames; area by the OEWS area definitions)");
            }
            return new ResolvedPlace(asked, place, new Location.State(state), Optional.empty(), how + " → "
                    + state.displayName() + " (" + byPrefix + "; " + noArea(code) + ")");
        }
        return new ResolvedPlace(asked, place, place, Optional.empty(), place.displayName());
    }

    /**
     * A city no metro title names: the OEWS area most of its GeoNames ZIP codes lie in (through their counties), else
     * its state, saying why.
     */
    private ResolvedPlace byZipCodes(String asked, Location.City city) {
        Location state = new Location.State(city.state());
        Map<ZipPlaces.County, Integer> counties = ZipPlaces.bundled().countiesOf(city.city(), city.state());
        if (counties.isEmpty()) {
            return new ResolvedPlace(asked, city, state, Optional.empty(), city.key() + " → "
                    + city.state().displayName() + " (no metro area's title names " + city.city() + " and GeoNames"
                    + " lists no ZIP code of that name in " + city.state().displayName() + ", so the state's wages"
                    + " answer)");
        }
        // ZIP codes per area code ("" for counties without an area), counties with the most ZIP codes first
        Map<String, Integer> zipsByArea = new LinkedHashMap<>();
        Map<String, ZipPlaces.County> firstCounty = new LinkedHashMap<>();
        counties.entrySet().stream()
                .sorted(Map.Entry.<ZipPlaces.County, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().fips()))
                .forEach(e -> {
                    String code = CountyAreas.bundled().areaOf(e.getKey().fips()).orElse("");
                    zipsByArea.merge(code, e.getValue(), Integer::sum);
                    firstCounty.putIfAbsent(code, e.getKey());
                });
        String top = zipsByArea.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().isEmpty()).thenComparing(Map.Entry.comparingByKey()))
                .findFirst().orElseThrow().getKey();
        int zips = counties.values().stream().mapToInt(Integer::intValue).sum();
        String split = zipsByArea.size() == 1 ? "" : "; its ZIP codes lie in several areas, " + zipsByArea.get(top)
                + " of " + zips + " in this one";
        String how = city.key() + " → " + firstCounty.get(top).describe();
        Optional<String> code = top.isEmpty() ? Optional.empty() : Optional.of(top);
        Optional<OewsArea> area = code.flatMap(this::area);
        if (area.isPresent()) {
            return new ResolvedPlace(asked, city, area.get().location(), area, how + " → " + area.get().describe()
                    + " (county of its ZIP codes by GeoNames; area by the OEWS area definitions" + split + ")");
        }
        return new ResolvedPlace(asked, city, state, Optional.empty(), how + " → " + city.state().displayName()
                + " (no metro area's title names " + city.city() + "; " + noArea(code) + ")");
    }

    private static String noArea(Optional<String> code) {
        return code.map(c -> "its OEWS area " + c + " is not in this dataset's list of areas, so the state's"
                + " wages answer")
                .orElse("the county table gives this county no OEWS area, so the state's wages answer");
    }

    private static ResolvedPlace ofArea(String asked, OewsArea area, String by) {
        Location request = area.location();
        if (area.metro()) {
            List<String> cities = titleCities(area.name());
            if (!cities.isEmpty()) {
                request = new Location.City(cities.get(0), area.primaryState());
            }
        }
        return new ResolvedPlace(asked, request, area.location(), Optional.of(area), asked + " → "
                + area.describe() + " (by " + by + ")");
    }

    /**
     * The cities a metro's title names, first city first: {@code Chicago}, {@code Naperville}, {@code Elgin}. A title
     * separates cities with "-", or with "--" when a city's own name has a hyphen ({@code Nashville-Davidson--
     * Murfreesboro--Franklin}); "/" joins two names of one place. The whole part before the comma is listed too, so
     * that {@code Winston-Salem} is found.
     */
    static List<String> titleCities(String name) {
        Matcher title = TITLE.matcher(name);
        if (!title.matches()) {
            return List.of();
        }
        String cities = title.group(1);
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (String part : cities.contains("--") ? cities.split("--") : new String[] {cities}) {
            for (String piece : part.split("-")) {
                names.addAll(List.of(piece.split("/")));
            }
            names.add(part);
        }
        names.add(cities);
        return names.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static String cityKey(String city, UsState state) {
        String key = normalize(city).replaceAll("\\b(saint|st\\.?) ", "st. ");
        return key + "|" + state.postalCode();
    }

    private static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
