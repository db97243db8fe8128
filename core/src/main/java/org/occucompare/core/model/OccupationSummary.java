package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One hit of an occupation search. Immutable and thread-safe.
 *
 * @param code the occupation, never null
 * @param title its O*NET title, never null
 * @param matchedTitle the alternate title that matched the search words, or empty if the O*NET title matched; never
 *     null
 */
public record OccupationSummary(OccupationCode code, String title, Optional<String> matchedTitle) {
    /** Rejects null. */
    public OccupationSummary {
        requireNonNull(code, "code is null");
        requireNonNull(title, "title is null");
        requireNonNull(matchedTitle, "matchedTitle is null");
    }
}
