package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * BEA Regional Price Parities, all items (U.S. = 100), only as BEA published them, each with its year and source: the
 * price level of a place relative to the nation's, by which a wage is divided to give what it buys at national
 * average prices ({@code median / (parity / 100)}).
 *
 * <ul>
 *   <li><b>Metropolitan areas</b>: {@code metro-parities.csv}, BEA's 2024 figures as the OEWS metro re-encoding
 *       carries them ({@code meta.rpp}), 199 of the 200 largest metro areas, derived by
 *       {@code core/scripts/derive-metro-parities.py}. BEA publishes none for nonmetropolitan areas.</li>
 *   <li><b>States and DC</b>: {@code state-parities.csv}, each line with its year and source (see
 *       {@code price-parities.PROVENANCE.md}); a state missing there has no parity rather than one read off a
 *       chart. BEA publishes none for Puerto Rico, Guam or the U.S. Virgin Islands.</li>
 * </ul>
 *
 * Each year's parities are estimated on their own and are not comparable across years, so every figure travels with
 * its year. Immutable and thread-safe; the bundled tables are read once.
 *
 * @param areas the metropolitan areas' parities by five-digit CBSA code, never null
 * @param states the parities of states and DC, never null
 */
public record PriceParities(Map<String, PriceParity> areas, Map<UsState, PriceParity> states) {
    private static final PriceParities BUNDLED = new PriceParities(readAreas(), readStates());

    /**
     * Checks and copies the tables.
     *
     * @param areas the metropolitan areas' parities by five-digit CBSA code, never null
     * @param states the states' parities, never null
     */
    public PriceParities {
        areas = Map.copyOf(requireNonNull(areas, "areas is null"));
        states = Map.copyOf(requireNonNull(states, "states is null"));
    }

    /**
     * A price parity.
     *
     * @param value the parity, all items, U.S. = 100; positive
     * @param year the year it describes
     * @param source where it was published, such as "BEA, Regional Price Parities by metropolitan area"; never null
     */
    public record PriceParity(double value, int year, String source) {
        /** Checks the parts. */
        public PriceParity {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("a price parity is positive: " + value);
            }
            requireNonNull(source, "source is null");
        }

        /**
         * A wage at national average prices: the wage divided by this parity over 100.
         *
         * @param wage the wage in the place's dollars
         * @return what it buys at national average prices
         */
        public double adjust(double wage) {
            return wage / (value / 100);
        }
    }

    /** {@return the tables bundled with this release; never null} */
    public static PriceParities bundled() {
        return BUNDLED;
    }

    /**
     * The parity of an OEWS metropolitan area.
     *
     * @param code the area's five-digit code (the CBSA code), never null
     * @return its parity, or empty for an area BEA's figures here do not cover (every nonmetropolitan area)
     */
    public Optional<PriceParity> ofArea(String code) {
        return Optional.ofNullable(areas.get(requireNonNull(code, "code is null")));
    }

    /**
     * The parity of a state or DC.
     *
     * @param state the state, never null
     * @return its parity, or empty where no published figure is at hand (or BEA publishes none)
     */
    public Optional<PriceParity> ofState(UsState state) {
        return Optional.ofNullable(states.get(requireNonNull(state, "state is null")));
    }

    private static Map<String, PriceParity> readAreas() {
        Map<String, PriceParity> table = new HashMap<>();
        // cbsa,rpp,year,"name": the quoted name, last, may hold commas
        read("metro-parities.csv", 4, (line, cells) -> table.put(cells[0], new PriceParity(Double.parseDouble(cells[1]),
                Integer.parseInt(cells[2]), "BEA, Regional Price Parities by metropolitan area")));
        return table;
    }

    private static Map<UsState, PriceParity> readStates() {
        Map<UsState, PriceParity> table = new EnumMap<>(UsState.class);
        // fips,name,rpp,year,"source": the quoted source, last, may hold commas
        read("state-parities.csv", 5, (line, cells) -> table.put(UsState.fromFips(cells[0]).orElseThrow(
                () -> new IllegalStateException("state-parities.csv names no state: " + line)),
                new PriceParity(Double.parseDouble(cells[2]), Integer.parseInt(cells[3]), unquoted(cells[4]))));
        return table;
    }

    private static String unquoted(String cell) {
        return cell.length() > 1 && cell.startsWith("\"") && cell.endsWith("\"") ? cell.substring(1, cell.length() - 1)
                : cell;
    }

    private static void read(String resource, int columns, BiConsumer<String, String[]> row) {
        try (InputStream in = PriceParities.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + resource + " is missing from the core jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) { // the column names
                    header = false;
                    continue;
                }
                row.accept(line, line.split(",", columns));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
