package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a store's schema to this release's newest version with Flyway, and skips Flyway altogether when the store is
 * already there.
 *
 * <p>Flyway scans the migration folders, parses every script and checks the store's history against them on each
 * start: about a fifth of a second, which is an eighth of a one-shot command. Almost every start finds nothing to
 * do, so this release lists its migrations as Flyway resolves them (version, checksum, script) in
 * {@code db/schema/<vendor>.tsv}, and one query of Flyway's history table decides: when the history holds exactly
 * those migrations, all successful, the schema is this release's and Flyway would neither migrate nor find a
 * validation error; anything else (a new store, a pending or failed migration, an edited script, a history a newer
 * release wrote) goes through Flyway as before, which migrates, or fails with its own message. The lists are kept
 * true by {@code MigrationManifestTest}, which compares them with what Flyway resolves. Stateless.
 */
final class Migrations {
    /** Flyway's history table, as Flyway names it on H2 and PostgreSQL. */
    private static final String HISTORY = "select \"version\", \"checksum\", \"script\", \"success\""
            + " from \"flyway_schema_history\" where \"version\" is not null";

    private Migrations() {
    }

    /**
     * Migrates a store to this release's schema, unless it is already there.
     *
     * @param store the store, never null
     * @param vendor its database, never null
     * @throws org.flywaydb.core.api.FlywayException when Flyway cannot migrate or validate the schema
     */
    static void apply(DataSource store, StoreVendor vendor) {
        requireNonNull(store, "store is null");
        requireNonNull(vendor, "vendor is null");
        if (!current(store, vendor)) {
            flyway(store, vendor).migrate();
        }
    }

    /** Flyway over this release's migrations for a vendor. */
    static Flyway flyway(DataSource store, StoreVendor vendor) {
        // migrations are numbered per feature branch and merged in any order: a store migrated past a version
        // still gets a lower one that arrives later (such as V10 after V13), instead of refusing to open
        return Flyway.configure().dataSource(store).locations("classpath:db/migration", vendor.migrations())
                .outOfOrder(true).load();
    }

    /**
     * Whether a store's history holds exactly this release's migrations, all applied successfully.
     *
     * @param store the store, never null
     * @param vendor its database, never null
     * @return false also when the store has no history yet or it cannot be read
     */
    static boolean current(DataSource store, StoreVendor vendor) {
        Set<String> applied = new HashSet<>();
        try (Connection connection = store.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(HISTORY)) {
            while (rows.next()) {
                if (!rows.getBoolean("success")) {
                    return false;
                }
                applied.add(entry(rows.getString("version"), rows.getObject("checksum"), rows.getString("script")));
            }
        } catch (SQLException e) {
            return false; // no history table yet (a new store), or one Flyway must read itself
        }
        return applied.equals(manifest(vendor));
    }

    /**
     * The migrations of this release for a vendor, as Flyway resolves them, one {@link #entry} each.
     *
     * @param vendor the database, never null
     * @return the entries, never null
     */
    static Set<String> manifest(StoreVendor vendor) {
        Set<String> entries = new HashSet<>();
        try (InputStream in = requireNonNull(Migrations.class.getResourceAsStream(vendor.migrationManifest()),
                () -> vendor.migrationManifest() + " is missing from the application");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", -1);
                    entries.add(entry(f[0], f[1], f[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** One migration as the manifest and the history compare it: version, checksum and script. */
    static String entry(String version, Object checksum, String script) {
        return version + "\t" + checksum + "\t" + script;
    }
}
