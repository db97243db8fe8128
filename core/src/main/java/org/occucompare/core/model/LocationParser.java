package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.occucompare.core.OccupationException;

/** The parser behind {@link Location#parse(String)}, kept apart so that {@link Location} stays short. */
final class LocationParser {
    private static final Set<String> NATIONAL = Set.of("us", "usa", "0", "00", "national", "united states");
    private static final Pattern ZIP = Pattern.compile("(\\d{5})(-\\d{4})?");
    private static final Pattern FIPS = Pattern.compile("\\d{1,2}");
    private static final Pattern POSTAL = Pattern.compile("[a-z]{2}");
    private static final String FORMS = "use US (or 0) for the nation; a state postal code (CA), FIPS code (06) or"
            + " name (California); City, ST (Chicago, IL); a ZIP code (60601); or a BLS area (area:35620).";

    private LocationParser() {
    }

    static Location parse(String text) {
        requireNonNull(text, "text is null");
        String stripped = text.strip();
        String lower = stripped.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            throw OccupationException.invalidInput("The location is empty: " + FORMS);
        }
        if (NATIONAL.contains(lower)) {
            return Location.NATIONAL;
        }
        if (lower.startsWith("area:")) {
            return new Location.Area(lower.substring("area:".length()).strip());
        }
        var zip = ZIP.matcher(lower);
        if (zip.matches()) {
            return new Location.ZipCode(zip.group(1));
        }
        if (FIPS.matcher(lower).matches()) {
            return state(UsState.fromFips(lower), stripped, "is not the FIPS code of a state or territory");
        }
        if (POSTAL.matcher(lower).matches()) {
            return state(UsState.fromPostalCode(lower), stripped, "is not a state postal code");
        }
        int comma = stripped.lastIndexOf(',');
        if (comma >= 0) {
            return city(stripped.substring(0, comma).strip(), stripped.substring(comma + 1).strip(), stripped);
        }
        Optional<UsState> byName = UsState.fromName(stripped);
        if (byName.isPresent()) {
            return new Location.State(byName.get());
        }
        throw OccupationException.invalidInput("Unknown location " + Checks.quote(stripped) + ": " + FORMS);
    }

    private static Location state(Optional<UsState> state, String text, String problem) {
        return new Location.State(state.orElseThrow(
                () -> OccupationException.invalidInput(Checks.quote(text) + " " + problem + ": " + FORMS)));
    }

    private static Location city(String city, String st, String text) {
        if (city.isEmpty()) {
            throw OccupationException.invalidInput("No city before the comma in " + Checks.quote(text) + ": use"
                    + " City, ST, for example Chicago, IL.");
        }
        Optional<UsState> state = POSTAL.matcher(st.toLowerCase(Locale.ROOT)).matches()
                ? UsState.fromPostalCode(st) : Optional.empty();
        if (state.isPresent()) {
            return new Location.City(city, state.get());
        }
        String hint = UsState.fromName(st).map(s -> " (" + city + ", " + s.postalCode() + ")").orElse("");
        throw OccupationException.invalidInput(Checks.quote(st) + " in " + Checks.quote(text) + " is not a state postal"
                + " code: use City, ST with the two-letter code" + hint + ", for example Chicago, IL.");
    }
}
