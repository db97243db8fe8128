package org.occucompare.web.health;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.occucompare.web.store.DatasetVersion;

/**
 * The dataset version a server serves, as {@code /api/health} shows it.
 *
 * @param version the version number; each import takes the next
 * @param kind {@code sample} or {@code import}
 * @param label what it holds, such as "imported data (O*NET 30.1, OEWS May 2024, …)"
 * @param loadedAt when its import finished
 * @param importSeconds how long its import took, or null when not known
 */
public record DatasetView(long version, String kind, String label, Instant loadedAt, @Nullable Double importSeconds) {
    /** Validates the components. */
    public DatasetView {
        requireNonNull(kind, "kind is null");
        requireNonNull(label, "label is null");
        requireNonNull(loadedAt, "loadedAt is null");
    }

    static DatasetView of(DatasetVersion dataset) {
        return new DatasetView(dataset.id(), dataset.kind(), dataset.label(), dataset.createdAt(),
                dataset.importDuration().map(d -> d.toNanos() / 1e9).orElse(null));
    }
}
