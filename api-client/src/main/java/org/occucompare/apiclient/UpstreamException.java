package org.occucompare.apiclient;

import static java.util.Objects.requireNonNull;

import java.io.Serial;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

/**
 * CareerOneStop failed, refused us, or answered in a form we do not understand. Always {@link ErrorKind#UPSTREAM}.
 * The message says what happened and what to do; neither it nor {@link #path()} ever contains the API token (the user
 * id is replaced by {@code {userId}} in paths, too). {@link #retryAfter()} says when asking again makes sense, when
 * that is known.
 */
public final class UpstreamException extends OccupationException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String path;
    private final @Nullable Duration retryAfter;

    /**
     * Creates the exception, with no idea of when to ask again.
     *
     * @param status the HTTP status of the last answer, or empty when there was none (timeout, reset, interrupted)
     * @param path the request path with the user id replaced by {@code {userId}}, never null
     * @param message what happened and what to do next, token-free, never null
     * @param cause the underlying failure, or null
     */
    public UpstreamException(OptionalInt status, String path, String message, @Nullable Throwable cause) {
        this(status, path, message, cause, Optional.empty());
    }

    /**
     * Creates the exception.
     *
     * @param status the HTTP status of the last answer, or empty when there was none (timeout, reset, interrupted)
     * @param path the request path with the user id replaced by {@code {userId}}, never null
     * @param message what happened and what to do next, token-free, never null
     * @param cause the underlying failure, or null
     * @param retryAfter how long to wait before asking again: what the upstream asked for in its last
     *     {@code Retry-After}, or how long a circuit breaker will keep refusing; empty when unknown; never null
     */
    public UpstreamException(OptionalInt status, String path, String message, @Nullable Throwable cause,
            Optional<Duration> retryAfter) {
        super(ErrorKind.UPSTREAM, message, cause);
        this.status = requireNonNull(status, "status is null").orElse(-1);
        this.path = requireNonNull(path, "path is null");
        this.retryAfter = requireNonNull(retryAfter, "retryAfter is null").filter(d -> !d.isNegative())
                .orElse(null);
    }

    /** The HTTP status of the last answer, empty when no answer arrived (timeout, reset, interruption); never null. */
    public OptionalInt status() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /**
     * How long to wait before asking again, when known: the upstream's last {@code Retry-After}, or how long a
     * circuit breaker will keep refusing.
     *
     * @return the delay, never negative; empty when unknown; never null
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The request path, with {@code {userId}} in place of the user id, never null. */
    public String path() {
        return path;
    }
}
