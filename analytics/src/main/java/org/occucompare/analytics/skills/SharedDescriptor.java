package org.occucompare.analytics.skills;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import org.occucompare.core.model.DescriptorKind;

/**
 * A skill, knowledge area or ability two occupations both need. Immutable and thread-safe.
 *
 * @param elementId the O*NET element id, never null
 * @param name the element name, never null
 * @param kind skill, knowledge or ability, never null
 * @param importanceA importance for the first occupation (1–5), never null
 * @param importanceB importance for the second occupation (1–5), never null
 * @param levelA level for the first occupation (0–7), or empty; never null
 * @param levelB level for the second occupation (0–7), or empty; never null
 */
public record SharedDescriptor(String elementId, String name, DescriptorKind kind, double importanceA,
        double importanceB, OptionalDouble levelA, OptionalDouble levelB) {
    /** Rejects null. */
    public SharedDescriptor {
        requireNonNull(elementId, "elementId is null");
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(levelA, "levelA is null");
        requireNonNull(levelB, "levelB is null");
    }
}
