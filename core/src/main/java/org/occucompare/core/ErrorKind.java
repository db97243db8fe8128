package org.occucompare.core;

/**
 * What kind of failure an {@link OccupationException} reports. Each kind tells a caller what to do next, and the web
 * layer maps each to one HTTP status in one place.
 */
public enum ErrorKind {
    /** The occupation, place or record asked for does not exist in the source. The caller may try a suggestion. */
    NOT_FOUND,
    /** The input is malformed or out of range. The message names the accepted forms; retrying unchanged won't help. */
    INVALID_INPUT,
    /** An upstream service or file failed, was refused, or answered in a form we do not understand. Retry later. */
    UPSTREAM,
    /** A bug or broken invariant in OccuCompare itself. */
    INTERNAL
}
