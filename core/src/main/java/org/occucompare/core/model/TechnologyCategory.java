package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A category of tools or technology used in an occupation, for example {@code Medical software}. Immutable and
 * thread-safe.
 *
 * @param kind tool or technology, never null
 * @param title the category title, never null
 * @param examples the examples in source order, never null; may be empty
 */
public record TechnologyCategory(TechnologyKind kind, String title, List<TechnologyExample> examples) {
    /** Rejects null and copies the list. */
    public TechnologyCategory {
        requireNonNull(kind, "kind is null");
        requireNonNull(title, "title is null");
        examples = List.copyOf(requireNonNull(examples, "examples is null"));
    }
}
