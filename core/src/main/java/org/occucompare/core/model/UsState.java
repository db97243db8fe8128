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
    ALABAMA("AL", "01", "Alabama"),
    ALASKA("AK", "02", "Alaska"),
    ARIZONA("AZ", "04", "Arizona"),
    ARKANSAS("AR", "05", "Arkansas"),
    CALIFORNIA("CA", "06", "California"),
    COLORADO("CO", "08", "Colorado"),
    CONNECTICUT("CT", "09", "Connecticut"),
    DELAWARE("DE", "10", "Delaware"),
    DISTRICT_OF_COLUMBIA("DC", "11", "District of Columbia"),
    FLORIDA("FL", "12", "Florida"),
    GEORGIA("GA", "13", "Georgia"),
    HAWAII("HI", "15", "Hawaii"),
    IDAHO("ID", "16", "Idaho"),
    ILLINOIS("IL", "17", "Illinois"),
    INDIANA("IN", "18", "Indiana"),
    IOWA("IA", "19", "Iowa"),
    KANSAS("KS", "20", "Kansas"),
    KENTUCKY("KY", "21", "Kentucky"),
    LOUISIANA("LA", "22", "Louisiana"),
    MAINE("ME", "23", "Maine"),
    MARYLAND("MD", "24", "Maryland"),
    MASSACHUSETTS("MA", "25", "Massachusetts"),
    MICHIGAN("MI", "26", "Michigan"),
    MINNESOTA("MN", "27", "Minnesota"),
    MISSISSIPPI("MS", "28", "Mississippi"),
    MISSOURI("MO", "29", "Missouri"),
    MONTANA("MT", "30", "Montana"),
    NEBRASKA("NE", "31", "Nebraska"),
    NEVADA("NV", "32", "Nevada"),
    NEW_HAMPSHIRE("NH", "33", "New Hampshire"),
    NEW_JERSEY("NJ", "34", "New Jersey"),
    NEW_MEXICO("NM", "35", "New Mexico"),
    NEW_YORK("NY", "36", "New York"),
    NORTH_CAROLINA("NC", "37", "North Carolina"),
    NORTH_DAKOTA("ND", "38", "North Dakota"),
    OHIO("OH", "39", "Ohio"),
    OKLAHOMA("OK", "40", "Oklahoma"),
    OREGON("OR", "41", "Oregon"),
    PENNSYLVANIA("PA", "42", "Pennsylvania"),
    RHODE_ISLAND("RI", "44", "Rhode Island"),
    SOUTH_CAROLINA("SC", "45", "South Carolina"),
    SOUTH_DAKOTA("SD", "46", "South Dakota"),
    TENNESSEE("TN", "47", "Tennessee"),
    TEXAS("TX", "48", "Texas"),
    UTAH("UT", "49", "Utah"),
    VERMONT("VT", "50", "Vermont"),
    VIRGINIA("VA", "51", "Virginia"),
    WASHINGTON("WA", "53", "Washington"),
    WEST_VIRGINIA("WV", "54", "West Virginia"),
    WISCONSIN("WI", "55", "Wisconsin"),
    WYOMING("WY", "56", "Wyoming"),
    GUAM("GU", "66", "Guam"),
    PUERTO_RICO("PR", "72", "Puerto Rico"),
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

    /** The two-letter USPS code in upper case, for example {@code CA}; never null. */
    public String postalCode() {
        return postalCode;
    }

    /** The two-digit FIPS state code, zero-padded, for example {@code 06}; never null. */
    public String fips() {
        return fips;
    }

    /** The name as BLS writes it, for example {@code California} or {@code Virgin Islands}; never null. */
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
