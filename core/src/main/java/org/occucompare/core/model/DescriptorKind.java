package org.occucompare.core.model;

/** The three O*NET worker-requirement domains that are rated on importance and level. Immutable and thread-safe. */
public enum DescriptorKind {
    /** O*NET skills (element ids 2.A and 2.B). */
    SKILL(Section.SKILLS),
    /** O*NET knowledge areas (element ids 2.C). */
    KNOWLEDGE(Section.KNOWLEDGE),
    /** O*NET abilities (element ids 1.A). */
    ABILITY(Section.ABILITIES);

    private final Section section;

    DescriptorKind(Section section) {
        this.section = section;
    }

    /** {@return the section that holds descriptors of this kind, for example {@link Section#SKILLS}; never null} */
    public Section section() {
        return section;
    }
}
