package org.occucompare.core.model;

/** Whether an O*NET tools-and-technology category lists physical tools or software. Immutable and thread-safe. */
public enum TechnologyKind {
    /** Machines, equipment and instruments. */
    TOOL,
    /** Software and other technology. */
    TECHNOLOGY
}
