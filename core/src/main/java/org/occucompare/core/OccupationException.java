package org.occucompare.core;

import static java.util.Objects.requireNonNull;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * The one unchecked error root of OccuCompare. Every module throws it or a subclass, with an {@link ErrorKind} that
 * says what failed and a message that says what to do next. Messages never carry secrets such as API tokens.
 */
public class OccupationException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;

    /**
     * Creates an exception.
     *
     * @param kind what kind of failure this is, never null
     * @param message a sentence for the user that says what went wrong and what to do, never null
     * @param cause the underlying failure, or null
     */
    public OccupationException(ErrorKind kind, String message, @Nullable Throwable cause) {
        super(requireNonNull(message, "message is null"), cause);
        this.kind = requireNonNull(kind, "kind is null");
    }

    /**
     * Creates an exception without a cause.
     *
     * @param kind what kind of failure this is, never null
     * @param message a sentence for the user that says what went wrong and what to do, never null
     */
    public OccupationException(ErrorKind kind, String message) {
        this(kind, message, null);
    }

    /** Shorthand for an {@link ErrorKind#INVALID_INPUT} error. */
    public static OccupationException invalidInput(String message) {
        return new OccupationException(ErrorKind.INVALID_INPUT, message);
    }

    /** Shorthand for an {@link ErrorKind#NOT_FOUND} error. */
    public static OccupationException notFound(String message) {
        return new OccupationException(ErrorKind.NOT_FOUND, message);
    }

    /** The kind of failure, never null. */
    public ErrorKind kind() {
        return kind;
    }
}
