package org.occucompare.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;

/**
 * What a metric is evaluated on: the occupations and places of one comparison. Each occupation carries the wages and
 * projections of every place asked for. Immutable and thread-safe.
 *
 * @param occupations the occupations, at least one, each code once, in the caller's order; never null
 * @param locations the places, at least one, each once, in the caller's order; never null
 */
public record MetricInput(List<Occupation> occupations, List<Location> locations) {

    /** Validates and copies; throws {@link OccupationException} ({@code INVALID_INPUT}) for empty or repeated input. */
    public MetricInput {
        occupations = List.copyOf(requireNonNull(occupations, "occupations is null"));
        locations = List.copyOf(requireNonNull(locations, "locations is null"));
        if (occupations.isEmpty() || locations.isEmpty()) {
            throw OccupationException.invalidInput("A metric needs at least one occupation and one place: give both.");
        }
        Set<OccupationCode> codes = new HashSet<>();
        for (Occupation o : occupations) {
            if (!codes.add(o.code())) {
                throw OccupationException.invalidInput("Occupation " + o.code() + " is given twice: give each once.");
            }
        }
        if (new HashSet<>(locations).size() != locations.size()) {
            throw OccupationException.invalidInput("A place is given twice: give each place once.");
        }
    }

    /** {@return the codes of the occupations, in input order; never null} */
    public List<OccupationCode> codes() {
        return occupations.stream().map(Occupation::code).toList();
    }

    /**
     * Finds an occupation of the input.
     *
     * @param code the code, never null
     * @return the occupation, or empty if it is not part of the input; never null
     */
    public Optional<Occupation> occupation(OccupationCode code) {
        requireNonNull(code, "code is null");
        return occupations.stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
