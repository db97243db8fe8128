package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Employment projections of an occupation: national and state rows, and its employment by industry. Immutable and
 * thread-safe.
 *
 * @param matrixTitle the projections (matrix) occupation title, which may differ from the O*NET title, or empty;
 *     never null
 * @param rows the national and state rows in source order, never null; may be empty
 * @param industries the industries employing the occupation, never null; may be empty
 */
public record Projections(Optional<String> matrixTitle, List<ProjectionRow> rows,
        List<IndustryEmployment> industries) {

    /** Rejects null and copies the lists. */
    public Projections {
        requireNonNull(matrixTitle, "matrixTitle is null");
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
        industries = List.copyOf(requireNonNull(industries, "industries is null"));
    }

    /** {@return the first national row, or empty if there is none; never null} */
    public Optional<ProjectionRow> national() {
        return rows.stream().filter(r -> r.area() instanceof Location.National).findFirst();
    }

    /**
     * The first row for a state.
     *
     * @param state the state, never null
     * @return the row, or empty if there is none; never null
     */
    public Optional<ProjectionRow> forState(UsState state) {
        requireNonNull(state, "state is null");
        Location area = new Location.State(state);
        return rows.stream().filter(r -> r.area().equals(area)).findFirst();
    }
}
