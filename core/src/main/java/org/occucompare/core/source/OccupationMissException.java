package org.occucompare.core.source;

import static java.util.Objects.requireNonNull;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

/**
 * Occupations that were asked for and not found, with their suggestions: {@code NOT_FOUND} for unknown occupations,
 * {@code INVALID_INPUT} for a SOC code given where one occupation is needed. The message is the misses' messages;
 * {@link #misses()} keeps them apart for an error response that lists the suggestions.
 */
public final class OccupationMissException extends OccupationException {
    @Serial
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // an immutable list of records; this exception is never serialized
    private final List<Miss> misses;

    /**
     * Creates the exception.
     *
     * @param kind {@code NOT_FOUND} or {@code INVALID_INPUT}, never null
     * @param misses the misses, one or more, never null
     */
    public OccupationMissException(ErrorKind kind, List<Miss> misses) {
        super(kind, requireNonNull(misses, "misses is null").stream().map(Miss::message)
                .collect(Collectors.joining(" ")));
        if (misses.isEmpty()) {
            throw new IllegalArgumentException("an OccupationMissException needs a miss");
        }
        this.misses = List.copyOf(misses);
    }

    /** The misses, in the order asked; never null or empty. */
    public List<Miss> misses() {
        return misses;
    }
}
