package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * A kind of store the contract tests run on, opened fresh (empty) for each use.
 *
 * @param name how test reports name it
 * @param opener opens a new, empty store of this kind
 */
public record TestStore(String name, Supplier<Database> opener) {
    public TestStore {
        requireNonNull(name, "name is null");
        requireNonNull(opener, "opener is null");
    }

    /** A new, empty, migrated store of this kind; the caller closes it. */
    public Database open() {
        return opener.get();
    }

    @Override
    public String toString() {
        return name;
    }
}
