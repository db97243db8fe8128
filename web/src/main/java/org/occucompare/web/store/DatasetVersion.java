package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One version of the imported data: what an import wrote, read by readers once it is current.
 *
 * @param id the version number; each import takes the next one
 * @param kind {@code sample} (the bundled sample) or {@code import} (official files)
 * @param label a one-line description, such as "imported data (O*NET 30.1, OEWS May 2024, …)"
 * @param createdAt when the import that wrote it finished
 * @param importDuration how long that import took, when known (versions migrated from before versions existed have
 *     none)
 */
public record DatasetVersion(long id, String kind, String label, Instant createdAt, Optional<Duration> importDuration) {
    public DatasetVersion {
        requireNonNull(kind, "kind is null");
        requireNonNull(label, "label is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(importDuration, "importDuration is null");
    }
}
