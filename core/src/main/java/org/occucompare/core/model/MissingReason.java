package org.occucompare.core.model;

/** Why a wage figure is absent. Immutable and thread-safe. */
public enum MissingReason {
    /** The caller did not ask the source for this figure. */
    NOT_REQUESTED("not requested from the source"),
    /** The source has no estimate: OEWS {@code *}, a blank, null or {@code N/A}. */
    NOT_AVAILABLE("not available"),
    /** The estimate exists but BLS did not release it (OEWS {@code **}). */
    SUPPRESSED("not released: does not meet BLS publication standards"),
    /** The source covers nothing for this occupation and place. */
    NOT_COVERED("the source has no figure for this occupation and place");

    private final String description;

    MissingReason(String description) {
        this.description = description;
    }

    /** {@return a short lower-case phrase for users, for example {@code not available}; never null} */
    public String description() {
        return description;
    }
}
