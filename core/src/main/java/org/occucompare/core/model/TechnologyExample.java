package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

/**
 * One example tool or technology, for example {@code Epic Systems}. Immutable and thread-safe.
 *
 * @param name the example, never null
 * @param hotTechnology true if O*NET marks it a hot technology (frequently in job postings)
 * @param inDemand true if O*NET marks it in demand for this occupation
 */
public record TechnologyExample(String name, boolean hotTechnology, boolean inDemand) {
    /** Rejects null. */
    public TechnologyExample {
        requireNonNull(name, "name is null");
    }
}
