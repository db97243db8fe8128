package org.occucompare.web;

import static java.util.Objects.requireNonNull;

import org.occucompare.web.source.DataSources;

/**
 * What {@link WebApp} is built from. It grows as features land; constructor injection keeps the wiring explicit and
 * the tests free to pass their own parts.
 *
 * @param version the version that {@code /api/health} reports, never null
 * @param data the data the app runs on (the store, and CareerOneStop behind the cache when configured), never null
 */
public record WebDeps(String version, DataSources data) {

    /** Validates the components. */
    public WebDeps {
        requireNonNull(version, "version is null");
        requireNonNull(data, "data is null");
    }
}
