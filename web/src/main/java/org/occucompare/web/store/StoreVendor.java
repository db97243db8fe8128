package org.occucompare.web.store;

import java.util.Locale;
import java.util.Optional;

/**
 * The databases the store runs on, told apart by their JDBC URL. Each has a folder of migrations of its own
 * ({@code db/vendor/h2}, {@code db/vendor/postgresql}) beside the shared ones in {@code db/migration}, used only
 * where the two dialects differ.
 */
public enum StoreVendor {
    /** H2, embedded: a file shared by processes through H2's automatic mixed mode, or in memory for tests. */
    H2("h2"),
    /** PostgreSQL, the store that several instances share. */
    POSTGRESQL("postgresql");

    private final String folder;

    StoreVendor(String folder) {
        this.folder = folder;
    }

    /** The vendor of a JDBC URL, or empty when the store does not run on it. */
    static Optional<StoreVendor> of(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return Optional.of(H2);
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return Optional.of(POSTGRESQL);
        }
        return Optional.empty();
    }

    /** The Flyway location of this vendor's own migrations. */
    String migrations() {
        return "classpath:db/vendor/" + folder;
    }

    /** The classpath resource that lists this release's migrations for this vendor (see {@link Migrations}). */
    String migrationManifest() {
        return "/db/schema/" + folder + ".tsv";
    }
}
