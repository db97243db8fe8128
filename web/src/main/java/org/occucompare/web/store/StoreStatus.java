package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Whether the store answers, and the dataset version it serves.
 *
 * @param reachable whether the store answered
 * @param dataset the version readers use, empty when none was loaded yet or the store did not answer
 * @param problem why the store did not answer, empty when it did
 */
public record StoreStatus(boolean reachable, Optional<DatasetVersion> dataset, Optional<String> problem) {
    public StoreStatus {
        requireNonNull(dataset, "dataset is null");
        requireNonNull(problem, "problem is null");
    }
}
