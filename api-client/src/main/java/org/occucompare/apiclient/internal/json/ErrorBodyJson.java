package org.occucompare.apiclient.internal.json;

import org.jspecify.annotations.Nullable;

/**
 * What can be read from the body of a non-200 answer: the upstream's message and its suggestions, each null when the
 * body is not JSON or does not carry it.
 */
public record ErrorBodyJson(@Nullable String message, @Nullable String didYouMean, @Nullable String autoCorrection) {
    /** Nothing could be read. */
    public static final ErrorBodyJson EMPTY = new ErrorBodyJson(null, null, null);
}
