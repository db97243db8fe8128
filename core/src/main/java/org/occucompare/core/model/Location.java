package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;
import org.occucompare.core.OccupationException;

/**
 * A place to look up an occupation for: the nation, a state or territory, a BLS OEWS area, a city or a ZIP code. Each
 * place has a canonical {@link #key()} that {@link #parse(String)} turns back into an equal place. Implementations are
 * immutable and thread-safe.
 */
public sealed interface Location permits Location.National, Location.State, Location.Area, Location.City,
        Location.ZipCode {

    /** The whole United States. */
    National NATIONAL = new National();

    /**
     * {@return the canonical text of this place, for example {@code US}, {@code CA}, {@code area:35620}; never null}
     */
    String key();

    /** {@return a human-readable name, for example {@code United States} or {@code California}; never null} */
    String displayName();

    /**
     * {@return the state or territory the place lies in: a state itself, a city's state, a ZIP code's state by its
     * USPS prefix; empty for the nation and for a BLS area, which may span states; never null}
     */
    Optional<UsState> usState();

    /**
     * Parses a place, ignoring case and surrounding white space. Accepted forms: {@code US}, {@code USA}, {@code 0},
     * {@code 00}, {@code national} or {@code United States} for the nation; a postal code ({@code CA}), FIPS code
     * ({@code 06}, {@code 6}) or name ({@code California}) for a state; {@code area:NNNNN} or {@code area:NNNNNNN}
     * for a BLS OEWS area; five digits or ZIP+4 for a ZIP code (cut to five digits); {@code City, ST} for a city.
     *
     * @param text the place, never null
     * @return the place, never null
     * @throws OccupationException {@code INVALID_INPUT} for anything else, with a message listing the accepted forms
     */
    static Location parse(String text) {
        return LocationParser.parse(text);
    }

    /** The whole United States: key {@code US}, name {@code United States}. Use {@link #NATIONAL}. */
    record National() implements Location {
        /** Always {@code US}. */
        @Override
        public String key() {
            return "US";
        }

        /** Always {@code United States}. */
        @Override
        public String displayName() {
            return "United States";
        }

        /** Always empty: the nation lies in no one state. */
        @Override
        public Optional<UsState> usState() {
            return Optional.empty();
        }
    }

    /**
     * A state, DC or territory; key is the postal code.
     *
     * @param state the place, never null
     */
    record State(UsState state) implements Location {
        /** Rejects null. */
        public State {
            requireNonNull(state, "state is null");
        }

        /** The postal code, for example {@code CA}. */
        @Override
        public String key() {
            return state.postalCode();
        }

        /** The state's name, for example {@code California}. */
        @Override
        public String displayName() {
            return state.displayName();
        }

        /** The state itself. */
        @Override
        public Optional<UsState> usState() {
            return Optional.of(state);
        }
    }

    /**
     * A BLS OEWS area: a metropolitan statistical area ({@code 35620}, New York-Newark-Jersey City) or a
     * nonmetropolitan area ({@code 0600001}). Key {@code area:<code>}.
     *
     * @param code five to seven digits, never null
     */
    record Area(String code) implements Location {
        private static final Pattern FORM = Pattern.compile("\\d{5,7}");

        /** Validates the code; throws {@link OccupationException} ({@code INVALID_INPUT}) otherwise. */
        public Area {
            requireNonNull(code, "code is null");
            if (!FORM.matcher(code).matches()) {
                throw OccupationException.invalidInput(Checks.quote(code) + " is not a BLS OEWS area code: use five"
                        + " to seven digits, for example area:35620 (New York metro) or area:0600001 (nonmetro).");
            }
        }

        /** {@code area:} and the code, for example {@code area:35620}. */
        @Override
        public String key() {
            return "area:" + code;
        }

        /** {@code BLS area} and the code; the area's name comes with its wage figures. */
        @Override
        public String displayName() {
            return "BLS area " + code;
        }

        /** Empty: an area may span states, and which ones is not known from its code alone. */
        @Override
        public Optional<UsState> usState() {
            return Optional.empty();
        }
    }

    /**
     * A city in a state; key {@code Chicago, IL}. The city's spelling and case are kept as given.
     *
     * @param city the city name without a comma, stripped, never null or blank
     * @param state the state, never null
     */
    record City(String city, UsState state) implements Location {
        /** Strips the city name and rejects blank names, commas and null. */
        public City {
            city = Checks.nonBlank(city, "city").strip();
            requireNonNull(state, "state is null");
            if (city.contains(",")) {
                throw OccupationException.invalidInput("City " + Checks.quote(city) + " contains a comma: give the"
                        + " city alone, for example Chicago, and its state separately.");
            }
        }

        /** The city, a comma and the postal code, for example {@code Chicago, IL}. */
        @Override
        public String key() {
            return city + ", " + state.postalCode();
        }

        /** The city and the state's name, for example {@code Chicago, Illinois}. */
        @Override
        public String displayName() {
            return city + ", " + state.displayName();
        }

        /** The city's state. */
        @Override
        public Optional<UsState> usState() {
            return Optional.of(state);
        }
    }

    /**
     * A five-digit ZIP code; key is the ZIP code.
     *
     * @param zip exactly five digits, never null
     */
    record ZipCode(String zip) implements Location {
        private static final Pattern FORM = Pattern.compile("\\d{5}");

        /** Validates the ZIP code; throws {@link OccupationException} ({@code INVALID_INPUT}) otherwise. */
        public ZipCode {
            requireNonNull(zip, "zip is null");
            if (!FORM.matcher(zip).matches()) {
                throw OccupationException.invalidInput(Checks.quote(zip) + " is not a ZIP code: use five digits,"
                        + " for example 60601.");
            }
        }

        /** The ZIP code, for example {@code 60601}. */
        @Override
        public String key() {
            return zip;
        }

        /** {@code ZIP} and the code, for example {@code ZIP 60601}. */
        @Override
        public String displayName() {
            return "ZIP " + zip;
        }

        /**
         * The state by the ZIP code's USPS three-digit prefix (a few five-digit exceptions included); empty for
         * military and freely associated ZIP codes and for unassigned prefixes.
         */
        @Override
        public Optional<UsState> usState() {
            return ZipStates.of(zip);
        }
    }
}
