package org.occucompare.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;

/**
 * What one evaluation of a metric returns: its cells and notes about the whole result. Build it with the factories;
 * they stay stable across MINOR versions. Immutable and thread-safe.
 *
 * @param values the cells, at most one per occupation and location, in any order; never null
 * @param notes notes about the whole result, for example its source and vintage; never null
 */
public record MetricResult(List<MetricValue> values, List<String> notes) {

    /** Validates and copies; throws {@link OccupationException} ({@code INVALID_INPUT}) for a repeated cell. */
    public MetricResult {
        values = List.copyOf(requireNonNull(values, "values is null"));
        notes = List.copyOf(requireNonNull(notes, "notes is null"));
        Set<Map.Entry<OccupationCode, Optional<Location>>> keys = new HashSet<>();
        for (MetricValue v : values) {
            if (!keys.add(Map.entry(v.code(), v.location()))) {
                throw OccupationException.invalidInput("The result holds two values for " + v.code()
                        + v.location().map(l -> " in " + l.key()).orElse("") + ": give one value per cell.");
            }
        }
        if (notes.stream().anyMatch(String::isBlank)) {
            throw OccupationException.invalidInput("A result note is blank: write the note or leave it out.");
        }
    }

    /**
     * A result without notes of its own.
     *
     * @param values the cells, never null
     * @return the result, never null
     */
    public static MetricResult of(List<MetricValue> values) {
        return new MetricResult(values, List.of());
    }

    /**
     * A result with notes.
     *
     * @param values the cells, never null
     * @param notes the notes, never null
     * @return the result, never null
     */
    public static MetricResult of(List<MetricValue> values, List<String> notes) {
        return new MetricResult(values, notes);
    }

    /**
     * A result with one cell per occupation and place of the input, in input order: the usual shape of a metric
     * whose value depends on the place.
     *
     * @param input the occupations and places, never null
     * @param cell computes the cell of one occupation at one place; it returns a value or an absent cell with the
     *     reason, never null
     * @param notes notes about the whole result, never null
     * @return the result, never null
     */
    public static MetricResult ofEachCell(MetricInput input, BiFunction<Occupation, Location, MetricValue> cell,
            List<String> notes) {
        requireNonNull(input, "input is null");
        requireNonNull(cell, "cell is null");
        List<MetricValue> values = new ArrayList<>();
        for (Occupation occupation : input.occupations()) {
            for (Location place : input.locations()) {
                values.add(requireNonNull(cell.apply(occupation, place), "cell returned null"));
            }
        }
        return new MetricResult(values, notes);
    }

    /**
     * Finds a cell.
     *
     * @param code the occupation, never null
     * @param location the place, or empty for a place-independent cell; never null
     * @return the cell, or empty if the result has none; never null
     */
    public Optional<MetricValue> find(OccupationCode code, Optional<Location> location) {
        requireNonNull(code, "code is null");
        requireNonNull(location, "location is null");
        return values.stream().filter(v -> v.code().equals(code) && v.location().equals(location)).findFirst();
    }
}
