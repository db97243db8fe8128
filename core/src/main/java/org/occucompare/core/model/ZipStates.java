package org.occucompare.core.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The state of a ZIP code by its USPS three-digit prefix, with the five-digit exceptions (DC's federal ZIP codes in
 * Virginia's range, Alta WY in an Idaho prefix, …): the resource {@code zip-states.csv}, derived by
 * {@code core/scripts/derive-zip-states.py} (see {@code zip-states.PROVENANCE.md}). Military (AA, AE, AP) and freely
 * associated regions have no state here. Immutable and thread-safe; loaded once.
 */
final class ZipStates {
    private static final Map<String, UsState> TABLE = load();

    private ZipStates() {
    }

    /** The state of a five-digit ZIP code, or empty when its prefix is unassigned or not a state or territory. */
    static Optional<UsState> of(String zip) {
        UsState exception = TABLE.get(zip);
        return Optional.ofNullable(exception != null ? exception : TABLE.get(zip.substring(0, 3)));
    }

    private static Map<String, UsState> load() {
        Map<String, UsState> table = new HashMap<>();
        try (InputStream in = ZipStates.class.getResourceAsStream("zip-states.csv")) {
            if (in == null) {
                throw new IllegalStateException("the resource zip-states.csv is missing from the core jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int comma = line.indexOf(',');
                String key = line.substring(0, comma);
                UsState.fromPostalCode(line.substring(comma + 1)).ifPresent(state -> table.put(key, state));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
