package org.occucompare.analytics.skills;

import static java.util.Objects.requireNonNull;

import org.occucompare.core.model.DescriptorKind;

/**
 * Something to learn to move from one occupation to another: a descriptor the target needs at a higher level.
 * Immutable and thread-safe.
 *
 * @param elementId the O*NET element id, never null
 * @param name the element name, never null
 * @param kind skill, knowledge or ability, never null
 * @param levelFrom the level in the occupation moved from (0–7)
 * @param levelTo the level in the occupation moved to (0–7), above {@code levelFrom}
 * @param importanceTo how important it is in the target (1–5)
 * @param weightedGap {@code importanceTo / 5 × (levelTo − levelFrom)}: the level gap weighted by importance
 */
public record SkillGap(String elementId, String name, DescriptorKind kind, double levelFrom, double levelTo,
        double importanceTo, double weightedGap) {
    /** Rejects null. */
    public SkillGap {
        requireNonNull(elementId, "elementId is null");
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
    }
}
