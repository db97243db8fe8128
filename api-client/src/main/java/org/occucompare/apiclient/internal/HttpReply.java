package org.occucompare.apiclient.internal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An answer CareerOneStop gave that is not to be retried.
 *
 * @param status the HTTP status
 * @param body the body bytes (possibly empty)
 * @param contentType the {@code Content-Type} header, if any
 */
public record HttpReply(int status, byte[] body, Optional<String> contentType) {
    /** Validates. */
    public HttpReply {
        requireNonNull(body, "body is null");
        requireNonNull(contentType, "contentType is null");
    }
}
