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
 * @param matrixCode the Employment Projections matrix code the figures are for, when the source names it; it differs
 *     from the occupation's SOC code when the matrix publishes the occupation only inside an aggregate, such as
 *     {@code 13-1020} for {@code 13-1021}; never null
 * @param rows the national and state rows in source order, never null; may be empty
 * @param industries the industries employing the occupation, never null; may be empty
 */
public record Projections(Optional<String> matrixTitle, Optional<SocCode> matrixCode, List<ProjectionRow> rows,
        List<IndustryEmployment> industries) {

    /** Rejects null and copies the lists. */
    public Projections {
        requireNonNull(matrixTitle, "matrixTitle is null");
        requireNonNull(matrixCode, "matrixCode is null");
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
        industries = List.copyOf(requireNonNull(industries, "industries is null"));
    }

    /**
     * Projections without a matrix code, the constructor of SPI 1.1; kept so code built against it still runs.
     *
     * @param matrixTitle the matrix occupation title, or empty; never null
     * @param rows the national and state rows, never null
     * @param industries the industries employing the occupation, never null
     */
    public Projections(Optional<String> matrixTitle, List<ProjectionRow> rows, List<IndustryEmployment> industries) {
        this(matrixTitle, Optional.empty(), rows, industries);
    }

    /**
     * Tells whether the figures are those of an aggregate that holds the occupation with others.
     *
     * @param soc the occupation's own SOC code, never null
     * @return true when the matrix code is known and differs from {@code soc}
     */
    public boolean isAggregateOf(SocCode soc) {
        requireNonNull(soc, "soc is null");
        return matrixCode.filter(code -> !code.equals(soc)).isPresent();
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
