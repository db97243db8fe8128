package org.occucompare.plugins.costofliving;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.occucompare.core.model.UsState;

/**
 * BEA Regional Price Parities, all items (U.S. = 100), only as BEA published them, each with its year:
 *
 * <ul>
 *   <li><b>Metropolitan areas, 2024</b>: BEA's figures as the OEWS metro re-encoding carries them ({@code meta.rpp}),
 *       199 of the 200 largest metro areas, in {@code metro-parities.csv}, derived by
 *       {@code scripts/derive-metro-parities.py}.</li>
 *   <li><b>States, 2023</b>: the seven figures that BEA's release of December 12, 2024 ("Real Personal Consumption
 *       Expenditures by State and Real Personal Income by State and Metropolitan Area, 2023") states in its text:
 *       California 112.6, the District of Columbia 110.8, New Jersey 108.9, Hawaii 108.6, South Dakota 88.1,
 *       Mississippi 87.3, Arkansas 86.5. BEA's full state table (SARPP, line "RPPs: All items") could not be obtained
 *       when this table was written; figures read off charts that round it are not used. The other states have no
 *       parity here until the table is added.</li>
 * </ul>
 *
 * Each year's parities are estimated on their own and are not comparable across years, so every figure travels with
 * its year. BEA publishes no parities for Puerto Rico, Guam or the U.S. Virgin Islands. Immutable and thread-safe.
 */
final class RegionalPriceParities {
    /** The year of the state parities. */
    static final int STATE_YEAR = 2023;
    /** The year of the metro-area parities. */
    static final int METRO_YEAR = 2024;
    /** Where they come from, for notes. */
    static final String SOURCE = "BEA Regional Price Parities, all items (U.S. = 100): states " + STATE_YEAR
            + " (the figures of BEA's release text), metropolitan areas " + METRO_YEAR;

    private static final Map<String, Double> STATES = Map.of("CA", 112.6, "DC", 110.8, "NJ", 108.9, "HI", 108.6,
            "SD", 88.1, "MS", 87.3, "AR", 86.5);

    private final Map<String, Double> metros;

    RegionalPriceParities() {
        this.metros = readMetros();
    }

    /** A parity and the year it describes. */
    record Parity(double value, int year) {
    }

    /**
     * The parity of a state.
     *
     * @param state the state
     * @return the 2023 parity, or empty where BEA's published figure is not at hand (or BEA publishes none)
     */
    Optional<Parity> of(UsState state) {
        return Optional.ofNullable(STATES.get(state.postalCode())).map(v -> new Parity(v, STATE_YEAR));
    }

    /**
     * The parity of a metropolitan area.
     *
     * @param cbsa the area's five-digit CBSA code
     * @return the 2024 parity, or empty for an area BEA's figures here do not cover
     */
    Optional<Parity> ofArea(String cbsa) {
        return Optional.ofNullable(metros.get(cbsa)).map(v -> new Parity(v, METRO_YEAR));
    }

    /** {@return how many states (and DC) have a parity} */
    int states() {
        return STATES.size();
    }

    /** {@return how many metropolitan areas have a parity} */
    int areas() {
        return metros.size();
    }

    private static Map<String, Double> readMetros() {
        Map<String, Double> parities = new HashMap<>();
        try (InputStream in = RegionalPriceParities.class.getResourceAsStream("metro-parities.csv")) {
            if (in == null) {
                throw new IllegalStateException("metro-parities.csv is missing from the plugin jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.lines().filter(l -> !l.startsWith("#") && !l.startsWith("cbsa,") && !l.isBlank()).forEach(l -> {
                String[] cells = l.split(",", 3); // the quoted name, last, may hold commas
                parities.put(cells[0], Double.parseDouble(cells[1]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(parities);
    }
}
