package org.occucompare.apiclient;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One answer of CareerOneStop as it was received, for an archive of raw responses: what was asked, the status, the
 * body with the API token redacted, and when it arrived. Immutable and thread-safe.
 *
 * @param requestPath the request path with the user id replaced by {@code {userId}}, never null
 * @param status the HTTP status
 * @param body the response body with the token redacted, never null
 * @param receivedAt when the answer arrived, never null
 */
public record RawResponse(String requestPath, int status, String body, Instant receivedAt) {

    /** Validates the components. */
    public RawResponse {
        requireNonNull(requestPath, "requestPath is null");
        requireNonNull(body, "body is null");
        requireNonNull(receivedAt, "receivedAt is null");
    }
}
