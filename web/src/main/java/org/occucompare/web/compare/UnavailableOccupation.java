package org.occucompare.web.compare;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.OptionalLong;
import org.occucompare.apiclient.UpstreamException;
import org.occucompare.core.source.Miss;

/**
 * An occupation that was asked for but could not be fetched (the live source failed, timed out or is held off by
 * its circuit breaker, and nothing was cached), so a comparison goes on without it. Pages, exports and the command
 * line name it with the reason; asking again later may bring it. Immutable.
 *
 * @param input the code or title as given, never null
 * @param reason what went wrong and what to do, token-free, never null
 * @param retryAfterSeconds when asking again makes sense, in whole seconds, when the source said or its breaker
 *     knows; never null
 */
public record UnavailableOccupation(String input, String reason, OptionalLong retryAfterSeconds) {
    /** Rejects null. */
    public UnavailableOccupation {
        requireNonNull(input, "input is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(retryAfterSeconds, "retryAfterSeconds is null");
    }

    /**
     * The view of an {@link Miss.Kind#UNAVAILABLE} miss.
     *
     * @param miss the miss, never null
     * @return the unavailable occupation, never null
     */
    public static UnavailableOccupation of(Miss miss) {
        OptionalLong retryAfter = miss.failure().filter(UpstreamException.class::isInstance)
                .flatMap(e -> ((UpstreamException) e).retryAfter())
                .map(d -> OptionalLong.of(ceilSeconds(d))).orElse(OptionalLong.empty());
        return new UnavailableOccupation(miss.input(), miss.message(), retryAfter);
    }

    /** One sentence for a page, a terminal or a CSV comment line, such as {@code "29-1141.00" could not be … }. */
    public String message() {
        return "\"" + input + "\" could not be fetched, so it is left out: " + reason
                + (reason.endsWith(".") ? "" : ".");
    }

    private static long ceilSeconds(Duration d) {
        return Math.max(1, d.getSeconds() + (d.getNano() > 0 ? 1 : 0));
    }
}
