package org.occucompare.analytics;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalDouble;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.spi.Bound;

/**
 * A computed figure that may be exact, only a bound, or unknown with the reason: what a gap between a top-coded and
 * an exact wage, for example, honestly is. Immutable and thread-safe.
 *
 * @param value the figure or the bound, finite; empty when unknown; never null
 * @param bound whether {@code value} is the figure or a bound on it; {@link Bound#EXACT} when unknown; never null
 * @param notes why it is a bound or unknown; at least one when unknown or bounded; never null
 */
public record Estimate(OptionalDouble value, Bound bound, List<String> notes) {

    /** Validates and copies; throws {@link OccupationException} ({@code INTERNAL}) for a broken invariant. */
    public Estimate {
        requireNonNull(value, "value is null");
        requireNonNull(bound, "bound is null");
        notes = List.copyOf(requireNonNull(notes, "notes is null"));
        boolean finite = value.isEmpty() || Double.isFinite(value.getAsDouble());
        boolean explained = (value.isPresent() && bound == Bound.EXACT) || !notes.isEmpty();
        if (!finite || (value.isEmpty() && bound != Bound.EXACT) || !explained) {
            throw new OccupationException(ErrorKind.INTERNAL, "Broken estimate " + value + " "
                    + bound + " " + notes + ": report this as a bug.");
        }
    }

    /**
     * An exact figure.
     *
     * @param value the figure, finite
     * @return the estimate, never null
     */
    public static Estimate exact(double value) {
        return new Estimate(OptionalDouble.of(value), Bound.EXACT, List.of());
    }

    /**
     * A bound on the figure.
     *
     * @param value the bound, finite
     * @param bound {@link Bound#AT_LEAST} or {@link Bound#AT_MOST}, never null
     * @param note why it is only a bound, never null
     * @return the estimate, never null
     */
    public static Estimate bounded(double value, Bound bound, String note) {
        return new Estimate(OptionalDouble.of(value), bound, List.of(note));
    }

    /**
     * An unknown figure.
     *
     * @param reason why it is unknown, never null
     * @return the estimate, never null
     */
    public static Estimate unknown(String reason) {
        return new Estimate(OptionalDouble.empty(), Bound.EXACT, List.of(reason));
    }

    /** {@return true if the figure is known exactly} */
    public boolean isExact() {
        return value.isPresent() && bound == Bound.EXACT;
    }

    /** {@return the estimate of the negated figure: the value negated and the bound flipped; never null} */
    public Estimate negate() {
        if (value.isEmpty()) {
            return this;
        }
        return new Estimate(OptionalDouble.of(-value.getAsDouble() + 0.0), bound.negate(), notes);
    }
}
