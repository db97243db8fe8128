package org.occucompare.web;

import static java.util.Objects.requireNonNull;

/**
 * What {@link WebApp} is built from. It grows as features land (the occupation source, the store, the metric
 * registry); constructor injection keeps the wiring explicit and the tests free to pass their own parts.
 *
 * @param version the version that {@code /api/health} reports, never null
 */
public record WebDeps(String version) {

    /** Validates the components. */
    public WebDeps {
        requireNonNull(version, "version is null");
    }
}
