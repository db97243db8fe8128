package org.occucompare.web.cache;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One answer rendered to bytes, with what the cache needs to keep it honest. Immutable (the body is not copied:
 * nobody writes to it after rendering).
 *
 * @param body the response body, never null
 * @param contentType the media type, such as {@code application/json}, never null
 * @param headers more headers to send with it, such as {@code Content-Disposition}, never null
 * @param freshness what the answer depends on beyond the request and the {@link DataStamp}: the retrieval times of
 *     live upstream data, or empty for data of the local store; never null
 */
public record Rendered(byte[] body, String contentType, Map<String, String> headers, SourceFreshness freshness) {
    /** Rejects null and copies the headers. */
    public Rendered {
        requireNonNull(body, "body is null");
        requireNonNull(contentType, "contentType is null");
        headers = Map.copyOf(requireNonNull(headers, "headers is null"));
        requireNonNull(freshness, "freshness is null");
    }

    /**
     * How long and how an answer built from some data may be kept.
     *
     * @param stamp the retrieval times of the live data behind the answer, or empty for the local store; never null
     * @param lastModified when the live data behind it were retrieved last, or empty for the local store; never null
     * @param expiresAt when the oldest live data behind it pass their freshness, or empty for the local store;
     *     never null
     * @param cacheable false when the answer holds data served past their freshness (the source was down): such an
     *     answer is sent but not kept, so the next request asks the source again
     */
    public record SourceFreshness(String stamp, Optional<Instant> lastModified, Optional<Instant> expiresAt,
            boolean cacheable) {
        /** Answers from the local store: they change only with the dataset version. */
        public static final SourceFreshness STORE = new SourceFreshness("", Optional.empty(), Optional.empty(), true);

        /** Rejects null. */
        public SourceFreshness {
            requireNonNull(stamp, "stamp is null");
            requireNonNull(lastModified, "lastModified is null");
            requireNonNull(expiresAt, "expiresAt is null");
        }
    }
}
