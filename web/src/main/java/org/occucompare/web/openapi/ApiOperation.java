package org.occucompare.web.openapi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * One operation of the OpenAPI document, as the docs page shows it.
 *
 * @param method the HTTP method in capitals, never null
 * @param path the path template, such as {@code /api/occupations/{code}}; never null
 * @param summary one line, never null
 * @param description more, possibly empty; never null
 * @param parameters the parameters, never null
 * @param responses the responses as "status: description", never null
 * @param example an example address, possibly empty; never null
 */
public record ApiOperation(String method, String path, String summary, String description,
        List<ApiParameter> parameters, List<String> responses, String example) {

    /** Validates and copies. */
    public ApiOperation {
        requireNonNull(method, "method is null");
        requireNonNull(path, "path is null");
        requireNonNull(summary, "summary is null");
        requireNonNull(description, "description is null");
        parameters = List.copyOf(requireNonNull(parameters, "parameters is null"));
        responses = List.copyOf(requireNonNull(responses, "responses is null"));
        requireNonNull(example, "example is null");
    }

    /** The anchor of the operation on the docs page, never null. */
    public String anchor() {
        return (method + path).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
