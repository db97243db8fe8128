package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * O*NET's Bright Outlook flag: the occupation is expected to grow rapidly or have many openings. Immutable and
 * thread-safe.
 *
 * @param bright true if O*NET marks the occupation Bright Outlook
 * @param categories why, for example {@code Rapid Growth} or {@code Numerous Job Openings}; never null, may be empty
 */
public record BrightOutlook(boolean bright, List<String> categories) {
    /** Rejects null and copies the list. */
    public BrightOutlook {
        categories = List.copyOf(requireNonNull(categories, "categories is null"));
    }
}
