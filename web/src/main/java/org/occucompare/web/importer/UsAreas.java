package org.occucompare.web.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The states and territories BLS and Projections Central publish, by postal code and by FIPS code. */
final class UsAreas {
    /**
     * A state or territory.
     *
     * @param postal the postal code, such as {@code CA}
     * @param fips the two-digit FIPS code, such as {@code 06}
     * @param name the name, such as {@code California}
     */
    record Area(String postal, String fips, String name) {
    }

    private static final String[][] AREAS = {
        {"AL", "01", "Alabama"}, {"AK", "02", "Alaska"}, {"AZ", "04", "Arizona"}, {"AR", "05", "Arkansas"},
        {"CA", "06", "California"}, {"CO", "08", "Colorado"}, {"CT", "09", "Connecticut"},
        {"DE", "10", "Delaware"}, {"DC", "11", "District of Columbia"}, {"FL", "12", "Florida"},
        {"GA", "13", "Georgia"}, {"HI", "15", "Hawaii"}, {"ID", "16", "Idaho"}, {"IL", "17", "Illinois"},
        {"IN", "18", "Indiana"}, {"IA", "19", "Iowa"}, {"KS", "20", "Kansas"}, {"KY", "21", "Kentucky"},
        {"LA", "22", "Louisiana"}, {"ME", "23", "Maine"}, {"MD", "24", "Maryland"}, {"MA", "25", "Massachusetts"},
        {"MI", "26", "Michigan"}, {"MN", "27", "Minnesota"}, {"MS", "28", "Mississippi"}, {"MO", "29", "Missouri"},
        {"MT", "30", "Montana"}, {"NE", "31", "Nebraska"}, {"NV", "32", "Nevada"}, {"NH", "33", "New Hampshire"},
        {"NJ", "34", "New Jersey"}, {"NM", "35", "New Mexico"}, {"NY", "36", "New York"},
        {"NC", "37", "North Carolina"}, {"ND", "38", "North Dakota"}, {"OH", "39", "Ohio"},
        {"OK", "40", "Oklahoma"}, {"OR", "41", "Oregon"}, {"PA", "42", "Pennsylvania"},
        {"RI", "44", "Rhode Island"}, {"SC", "45", "South Carolina"}, {"SD", "46", "South Dakota"},
        {"TN", "47", "Tennessee"}, {"TX", "48", "Texas"}, {"UT", "49", "Utah"}, {"VT", "50", "Vermont"},
        {"VA", "51", "Virginia"}, {"WA", "53", "Washington"}, {"WV", "54", "West Virginia"},
        {"WI", "55", "Wisconsin"}, {"WY", "56", "Wyoming"}, {"GU", "66", "Guam"}, {"PR", "72", "Puerto Rico"},
        {"VI", "78", "Virgin Islands"},
    };
    private static final Map<String, Area> BY_POSTAL = new HashMap<>();
    private static final Map<String, Area> BY_FIPS = new HashMap<>();

    static {
        for (String[] a : AREAS) {
            Area area = new Area(a[0], a[1], a[2]);
            BY_POSTAL.put(area.postal(), area);
            BY_FIPS.put(area.fips(), area);
        }
    }

    private UsAreas() {
    }

    /** The area of a postal code such as {@code CA}. */
    static Optional<Area> byPostal(String postal) {
        return Optional.ofNullable(BY_POSTAL.get(postal.trim().toUpperCase()));
    }

    /** The area of a FIPS code, zero-padded or not ({@code 6} and {@code 06}). */
    static Optional<Area> byFips(String fips) {
        String f = fips.trim();
        return Optional.ofNullable(BY_FIPS.get(f.length() == 1 ? "0" + f : f));
    }
}
