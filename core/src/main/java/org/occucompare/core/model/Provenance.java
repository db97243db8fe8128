package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where one section of an occupation came from. Immutable and thread-safe.
 *
 * @param source the program, never null
 * @param name the data set's name, for example {@code O*NET 30.1 Database}, never null
 * @param vintage its version or reference period, for example {@code May 2024}, never null
 * @param url where to find it, or empty; never null
 * @param citation the citation the publisher asks for, or empty; never null
 */
public record Provenance(SourceKind source, String name, String vintage, Optional<String> url,
        Optional<String> citation) {

    /** Rejects null. */
    public Provenance {
        requireNonNull(source, "source is null");
        requireNonNull(name, "name is null");
        requireNonNull(vintage, "vintage is null");
        requireNonNull(url, "url is null");
        requireNonNull(citation, "citation is null");
    }
}
