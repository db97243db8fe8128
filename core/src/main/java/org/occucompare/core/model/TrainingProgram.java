package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A program of study that prepares for an occupation, through the CIP–SOC crosswalk. Immutable and thread-safe.
 *
 * @param cipCode the CIP 2020 code, for example {@code 51.3801}, or empty; never null
 * @param title the program title, never null
 */
public record TrainingProgram(Optional<String> cipCode, String title) {
    /** Rejects null. */
    public TrainingProgram {
        requireNonNull(cipCode, "cipCode is null");
        requireNonNull(title, "title is null");
    }
}
