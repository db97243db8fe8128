package org.occucompare.web.openapi;

import static java.util.Objects.requireNonNull;

/**
 * One parameter of an operation.
 *
 * @param name the name, never null
 * @param in {@code path} or {@code query}, never null
 * @param required whether it must be given
 * @param description what it is and what values it takes, never null
 */
public record ApiParameter(String name, String in, boolean required, String description) {

    /** Validates. */
    public ApiParameter {
        requireNonNull(name, "name is null");
        requireNonNull(in, "in is null");
        requireNonNull(description, "description is null");
    }
}
