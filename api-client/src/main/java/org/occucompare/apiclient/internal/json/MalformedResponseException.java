package org.occucompare.apiclient.internal.json;

import java.io.Serial;

/**
 * The body is not the JSON we expect (truncated, HTML, a different shape). The message describes the problem without
 * quoting the body; callers add their own redacted excerpt.
 */
public final class MalformedResponseException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, without the body, never null
     */
    public MalformedResponseException(String message) {
        super(message);
    }
}
