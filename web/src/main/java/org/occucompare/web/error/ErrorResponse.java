package org.occucompare.web.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.occucompare.web.compare.UnknownOccupation;

/**
 * The JSON body of every failed {@code /api} request: {@code {"error":{"code":"NOT_FOUND","message":"…"}}}, with
 * {@code "unknown"} listing each occupation that matched nothing, with the source's own suggestion and similar
 * occupations, when that is what failed.
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
        return of(code, message, List.of());
    }

    /**
     * Creates a response about occupations that matched nothing.
     *
     * @param code a stable, machine-readable code, such as {@code NOT_FOUND}; never null
     * @param message a sentence for people that says what to do next; never null
     * @param unknown the occupations that matched nothing, with suggestions; never null
     * @return the response, never null
     */
    public static ErrorResponse of(String code, String message, List<UnknownOccupation> unknown) {
        return new ErrorResponse(new Detail(code, message, unknown));
    }

    /**
     * The error itself.
     *
     * @param code a stable, machine-readable code: an {@code ErrorKind} name, or an HTTP status name for failures
     *     of the HTTP layer such as {@code METHOD_NOT_ALLOWED}; never null
     * @param message a sentence for people that says what to do next; never null
     * @param unknown the occupations that matched nothing, each with its suggestions; left out of the JSON when
     *     empty; never null
     */
    public record Detail(String code, String message,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UnknownOccupation> unknown) {

        /** Validates and copies the components. */
        public Detail {
            requireNonNull(code, "code is null");
            requireNonNull(message, "message is null");
            unknown = List.copyOf(requireNonNull(unknown, "unknown is null"));
        }
    }
}
