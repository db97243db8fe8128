package org.occucompare.web.error;

import static java.util.Objects.requireNonNull;

/**
 * The JSON body of every failed {@code /api} request: {@code {"error":{"code":"NOT_FOUND","message":"…"}}}.
 *
 * @param error what went wrong, never null
 */
public record ErrorResponse(Detail error) {

    /** Validates the component. */
    public ErrorResponse {
        requireNonNull(error, "error is null");
    }

    /**
     * Creates a response.
     *
     * @param code a stable, machine-readable code, such as {@code NOT_FOUND}; never null
     * @param message a sentence for people that says what to do next; never null
     * @return the response, never null
     */
    public static ErrorResponse of(String code, String message) {
        return new ErrorResponse(new Detail(code, message));
    }

    /**
     * The error itself.
     *
     * @param code a stable, machine-readable code: an {@code ErrorKind} name, or an HTTP status name for failures
     *     of the HTTP layer such as {@code METHOD_NOT_ALLOWED}; never null
     * @param message a sentence for people that says what to do next; never null
     */
    public record Detail(String code, String message) {

        /** Validates the components. */
        public Detail {
            requireNonNull(code, "code is null");
            requireNonNull(message, "message is null");
        }
    }
}
