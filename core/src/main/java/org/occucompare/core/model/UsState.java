package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 50 U.S. states, the District of Columbia and the three territories that OEWS publishes wages for (Guam, Puerto
 * Rico, the U.S. Virgin Islands): 54 places, each with its USPS postal code, two-digit FIPS code and name.
 * Immutable and thread-safe.
 */
public enum UsState {
    /** Alabama (AL, FIPS 01). */
    ALABAMA("AL", "01", "Alabama"),
    /** Alaska (AK, FIPS 02). */
    ALASKA("AK", "02", "Alaska"),
    /** Arizona (AZ, FIPS 04). */
    ARIZONA("AZ", "04", "Arizona"),
    /** Arkansas (AR, FIPS 05). */
    ARKANSAS("AR", "05", "Arkansas"),
    /** California (CA, FIPS 06). */
    CALIFORNIA("CA", "06", "California"),
    /** Colorado (CO, FIPS 08). */
    COLORADO("CO", "08", "Colorado"),
    /** Connecticut (CT, FIPS 09). */
    CONNECTICUT("CT", "09", "Connecticut"),
    /** Delaware (DE, FIPS 10). */
    DELAWARE("DE", "10", "Delaware"),
    /** District of Columbia (DC, FIPS 11). */
    DISTRICT_OF_COLUMBIA("DC", "11", "District of Columbia"),
    /** Florida (FL, FIPS 12). */
    FLORIDA("FL", "12", "Florida"),
    /** Georgia (GA, FIPS 13). */
    GEORGIA("GA", "13", "Georgia"),
    /** Hawaii (HI, FIPS 15). */
    HAWAII("HI", "15", "Hawaii"),
    /** Idaho (ID, FIPS 16). */
    IDAHO("ID", "16", "Idaho"),
    /** Illinois (IL, FIPS 17). */
    ILLINOIS("IL", "17", "Illinois"),
    /** Indiana (IN, FIPS 18). */
    INDIANA("IN", "18", "Indiana"),
    /** Iowa (IA, FIPS 19). */
    IOWA("IA", "19", "Iowa"),
    /** Kansas (KS, FIPS 20). */
    KANSAS("KS", "20", "Kansas"),
    /** Kentucky (KY, FIPS 21). */
    KENTUCKY("KY", "21", "Kentucky"),
    /** Louisiana (LA, FIPS 22). */
    LOUISIANA("LA", "22", "Louisiana"),
    /** Maine (ME, FIPS 23). */
    MAINE("ME", "23", "Maine"),
    /** Maryland (MD, FIPS 24). */
    MARYLAND("MD", "24", "Maryland"),
    /** Massachusetts (MA, FIPS 25). */
    MASSACHUSETTS("MA", "25", "Massachusetts"),
    /** Michigan (MI, FIPS 26). */
    MICHIGAN("MI", "26", "Michigan"),
    /** Minnesota (MN, FIPS 27). */
    MINNESOTA("MN", "27", "Minnesota"),
    /** Mississippi (MS, FIPS 28). */
    MISSISSIPPI("MS", "28", "Mississippi"),
    /** Missouri (MO, FIPS 29). */
    MISSOURI("MO", "29", "Missouri"),
    /** Montana (MT, FIPS 30). */
    MONTANA("MT", "30", "Montana"),
    /** Nebraska (NE, FIPS 31). */
    NEBRASKA("NE", "31", "Nebraska"),
    /** Nevada (NV, FIPS 32). */
    NEVADA("NV", "32", "Nevada"),
    /** New Hampshire (NH, FIPS 33). */
    NEW_HAMPSHIRE("NH", "33", "New Hampshire"),
    /** New Jersey (NJ, FIPS 34). */
    NEW_JERSEY("NJ", "34", "New Jersey"),
    /** New Mexico (NM, FIPS 35). */
    NEW_MEXICO("NM", "35", "New Mexico"),
    /** New York (NY, FIPS 36). */
    NEW_YORK("NY", "36", "New York"),
    /** North Carolina (NC, FIPS 37). */
    NORTH_CAROLINA("NC", "37", "North Carolina"),
    /** North Dakota (ND, FIPS 38). */
    NORTH_DAKOTA("ND", "38", "North Dakota"),
    /** Ohio (OH, FIPS 39). */
    OHIO("OH", "39", "Ohio"),
    /** Oklahoma (OK, FIPS 40). */
    OKLAHOMA("OK", "40", "Oklahoma"),
    /** Oregon (OR, FIPS 41). */
    OREGON("OR", "41", "Oregon"),
    /** Pennsylvania (PA, FIPS 42). */
    PENNSYLVANIA("PA", "42", "Pennsylvania"),
    /** Rhode Island (RI, FIPS 44). */
    RHODE_ISLAND("RI", "44", "Rhode Island"),
    /** South Carolina (SC, FIPS 45). */
    SOUTH_CAROLINA("SC", "45", "South Carolina"),
    /** South Dakota (SD, FIPS 46). */
    SOUTH_DAKOTA("SD", "46", "South Dakota"),
    /** Tennessee (TN, FIPS 47). */
    TENNESSEE("TN", "47", "Tennessee"),
    /** Texas (TX, FIPS 48). */
    TEXAS("TX", "48", "Texas"),
    /** Utah (UT, FIPS 49). */
    UTAH("UT", "49", "Utah"),
    /** Vermont (VT, FIPS 50). */
    VERMONT("VT", "50", "Vermont"),
    /** Virginia (VA, FIPS 51). */
    VIRGINIA("VA", "51", "Virginia"),
    /** Washington (WA, FIPS 53). */
    WASHINGTON("WA", "53", "Washington"),
    /** West Virginia (WV, FIPS 54). */
    WEST_VIRGINIA("WV", "54", "West Virginia"),
    /** Wisconsin (WI, FIPS 55). */
    WISCONSIN("WI", "55", "Wisconsin"),
    /** Wyoming (WY, FIPS 56). */
    WYOMING("WY", "56", "Wyoming"),
    /** Guam (GU, FIPS 66). */
    GUAM("GU", "66", "Guam"),
    /** Puerto Rico (PR, FIPS 72). */
    PUERTO_RICO("PR", "72", "Puerto Rico"),
    /** Virgin Islands (VI, FIPS 78). */
    VIRGIN_ISLANDS("VI", "78", "Virgin Islands");

    private static final Map<String, UsState> BY_POSTAL_CODE = index(UsState::postalCode);
    private static final Map<String, UsState> BY_FIPS = index(UsState::fips);
    private static final Map<String, UsState> BY_NAME = index(state -> normalizeName(state.displayName()));

    private final String postalCode;
    private final String fips;
    private final String displayName;

    UsState(String postalCode, String fips, String displayName) {
        this.postalCode = postalCode;
        this.fips = fips;
        this.displayName = displayName;
    }

    /** {@return the two-letter USPS code in upper case, for example {@code CA}; never null} */
    public String postalCode() {
        return postalCode;
    }

    /** {@return the two-digit FIPS state code, zero-padded, for example {@code 06}; never null} */
    public String fips() {
        return fips;
    }

    /** {@return the name as BLS writes it, for example {@code California} or {@code Virgin Islands}; never null} */
    public String displayName() {
        return displayName;
    }

    /**
     * Finds a place by postal code, ignoring case and surrounding white space ({@code "ca"} finds California).
     *
     * @param postalCode the code, never null
     * @return the place, or empty if no place has this code; never null
     */
    public static Optional<UsState> fromPostalCode(String postalCode) {
        requireNonNull(postalCode, "postalCode is null");
        return Optional.ofNullable(BY_POSTAL_CODE.get(postalCode.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Finds a place by FIPS code, with or without the leading zero ({@code "06"} and {@code "6"} find California).
     *
     * @param fips one or two digits, never null
     * @return the place, or empty if no place has this code; never null
     */
    public static Optional<UsState> fromFips(String fips) {
        requireNonNull(fips, "fips is null");
        String stripped = fips.strip();
        String padded = stripped.length() == 1 ? "0" + stripped : stripped;
        return Optional.ofNullable(BY_FIPS.get(padded));
    }

    /**
     * Finds a place by name, ignoring case and extra white space ({@code "new  york"} finds New York).
     *
     * @param name the name, never null
     * @return the place, or empty if no place has this name; never null
     */
    public static Optional<UsState> fromName(String name) {
        requireNonNull(name, "name is null");
        return Optional.ofNullable(BY_NAME.get(normalizeName(name)));
    }

    /**
     * Finds a place by postal code, FIPS code or name, whichever the text is.
     *
     * @param text a postal code ({@code CA}), FIPS code ({@code 06}, {@code 6}) or name ({@code California}), never
     *     null
     * @return the place, or empty if the text names none; never null
     */
    public static Optional<UsState> find(String text) {
        requireNonNull(text, "text is null");
        return fromPostalCode(text).or(() -> fromFips(text)).or(() -> fromName(text));
    }

    private static String normalizeName(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, UsState> index(Function<UsState, String> key) {
        return Map.copyOf(Arrays.stream(values()).collect(Collectors.toMap(key, Function.identity())));
    }
}
