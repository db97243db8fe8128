package org.occucompare.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;

/**
 * One cell of a metric's result: the value for an occupation (at a place, or anywhere), or its absence with the
 * reason. Build it with the factories; they stay stable across MINOR versions. Immutable and thread-safe.
 *
 * @param code the occupation, never null
 * @param location the place, or empty for a value that does not depend on the place; never null
 * @param value the value in the metric's unit, finite; empty when there is none; never null
 * @param bound whether the value is the figure or only a bound on it; {@link Bound#EXACT} when there is no value;
 *     never null
 * @param notes what a reader should know: why there is no value, or what qualifies it; at least one when the value
 *     is empty; never null
 */
public record MetricValue(OccupationCode code, Optional<Location> location, OptionalDouble value, Bound bound,
        List<String> notes) {

    /**
     * Validates and copies.
     *
     * @throws OccupationException {@code INVALID_INPUT} for a value that is NaN or infinite, a bound without a value,
     *     a missing value without a note, or a blank note
     */
    public MetricValue {
        requireNonNull(code, "code is null");
        requireNonNull(location, "location is null");
        requireNonNull(value, "value is null");
        requireNonNull(bound, "bound is null");
        notes = List.copyOf(requireNonNull(notes, "notes is null"));
        String where = code + location.map(l -> " in " + l.key()).orElse("");
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw OccupationException.invalidInput("The value for " + where + " is " + value.getAsDouble()
                    + ", not a finite number: leave it out with MetricValue.absent(..) and say why.");
        }
        if (value.isEmpty() && bound != Bound.EXACT) {
            throw OccupationException.invalidInput("The value for " + where + " is missing but bounded " + bound
                    + ": give a value with a bound, or no value with Bound.EXACT.");
        }
        if (value.isEmpty() && notes.isEmpty()) {
            throw OccupationException.invalidInput("The value for " + where + " is missing without a note: say why"
                    + " with MetricValue.absent(code, location, reason).");
        }
        if (notes.stream().anyMatch(String::isBlank)) {
            throw OccupationException.invalidInput("A note for " + where + " is blank: write the note or leave it out.");
        }
    }

    /**
     * An exact value for an occupation at a place.
     *
     * @param code the occupation, never null
     * @param location the place, never null
     * @param value the value, finite
     * @return the cell, never null
     */
    public static MetricValue of(OccupationCode code, Location location, double value) {
        return new MetricValue(code, Optional.of(requireNonNull(location, "location is null")),
                OptionalDouble.of(value), Bound.EXACT, List.of());
    }

    /**
     * An exact value for an occupation that does not depend on the place.
     *
     * @param code the occupation, never null
     * @param value the value, finite
     * @return the cell, never null
     */
    public static MetricValue of(OccupationCode code, double value) {
        return new MetricValue(code, Optional.empty(), OptionalDouble.of(value), Bound.EXACT, List.of());
    }

    /**
     * No value for an occupation at a place, with the reason.
     *
     * @param code the occupation, never null
     * @param location the place, never null
     * @param reason why there is no value, for example {@code no published median for Guam}; never null or blank
     * @return the cell, never null
     */
    public static MetricValue absent(OccupationCode code, Location location, String reason) {
        return new MetricValue(code, Optional.of(requireNonNull(location, "location is null")), OptionalDouble.empty(),
                Bound.EXACT, List.of(requireNonNull(reason, "reason is null")));
    }

    /**
     * No value for an occupation, whatever the place, with the reason.
     *
     * @param code the occupation, never null
     * @param reason why there is no value, never null or blank
     * @return the cell, never null
     */
    public static MetricValue absent(OccupationCode code, String reason) {
        return new MetricValue(code, Optional.empty(), OptionalDouble.empty(), Bound.EXACT,
                List.of(requireNonNull(reason, "reason is null")));
    }

    /**
     * A copy whose value is only a bound on the figure.
     *
     * @param newBound the bound, never null
     * @return the copy, never null
     * @throws OccupationException {@code INVALID_INPUT} if there is no value to bound
     */
    public MetricValue withBound(Bound newBound) {
        return new MetricValue(code, location, value, newBound, notes);
    }

    /**
     * A copy with one more note.
     *
     * @param note the note, never null or blank
     * @return the copy, never null
     */
    public MetricValue withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(requireNonNull(note, "note is null"));
        return new MetricValue(code, location, value, bound, more);
    }
}
