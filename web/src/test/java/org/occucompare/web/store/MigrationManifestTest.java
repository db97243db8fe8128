package org.occucompare.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.occucompare.core.OccupationException;

/**
 * The migration lists that let {@link Migrations} skip Flyway stay true to what Flyway resolves, and a store is only
 * taken as current when its history holds exactly them.
 */
class MigrationManifestTest {

    @ParameterizedTest
    @EnumSource(StoreVendor.class)
    void each_vendor_lists_exactly_the_migrations_flyway_resolves(StoreVendor vendor) throws SQLException {
        // Flyway resolves the scripts and their checksums without touching the database it is given
        try (Connection keep = DriverManager.getConnection(memoryUrl())) {
            DataSource empty = dataSource(keep.getMetaData().getURL());
            MigrationInfo[] resolved = Migrations.flyway(empty, vendor).info().all();
            String expected = Arrays.stream(resolved)
                    .map(m -> Migrations.entry(m.getVersion().getVersion(), m.getChecksum(), m.getScript()))
                    .sorted().collect(Collectors.joining("\n"));
            assertThat(Migrations.manifest(vendor).stream().sorted().collect(Collectors.joining("\n")))
                    .as("web/src/main/resources%s must list these lines (version, checksum, script, tab-separated):"
                            + "%n%s", vendor.migrationManifest(), expected)
                    .isEqualTo(expected);
        }
    }

    @Test
    void a_new_store_is_not_current_and_a_migrated_one_is() throws SQLException {
        try (Connection keep = DriverManager.getConnection(memoryUrl())) {
            DataSource store = dataSource(keep.getMetaData().getURL());
            assertThat(Migrations.current(store, StoreVendor.H2)).isFalse();
            Migrations.apply(store, StoreVendor.H2);
            assertThat(Migrations.current(store, StoreVendor.H2)).isTrue();
        }
    }

    @Test
    void a_store_missing_a_migration_gets_it_when_opened() throws SQLException {
        try (Connection keep = DriverManager.getConnection(memoryUrl())) {
            DataSource store = dataSource(keep.getMetaData().getURL());
            Migrations.apply(store, StoreVendor.H2);
            // as a store migrated by a release without V13, which a later branch merge brought
            try (var s = keep.createStatement()) {
                s.execute("drop table upstream_lease");
                s.execute("drop table upstream_rate");
                s.execute("delete from \"flyway_schema_history\" where \"version\" = '13'");
            }
            assertThat(Migrations.current(store, StoreVendor.H2)).isFalse();
            Migrations.apply(store, StoreVendor.H2);
            assertThat(Migrations.current(store, StoreVendor.H2)).isTrue();
            try (var s = keep.createStatement(); var rows = s.executeQuery("select count(*) from upstream_lease")) {
                assertThat(rows.next()).isTrue();
            }
        }
    }

    @Test
    void a_store_whose_applied_script_was_edited_still_fails_flyway_validation() throws SQLException {
        String url = memoryUrl();
        try (Connection keep = DriverManager.getConnection(url)) {
            Migrations.apply(dataSource(keep.getMetaData().getURL()), StoreVendor.H2);
            try (var s = keep.createStatement()) {
                s.execute("update \"flyway_schema_history\" set \"checksum\" = 42 where \"version\" = '1'");
            }
            assertThatThrownBy(() -> Database.open(keep.getMetaData().getURL()).close())
                    .isInstanceOf(OccupationException.class)
                    .hasMessageContaining("Validate failed");
        }
    }

    @Test
    void a_failed_migration_in_the_history_is_never_taken_as_current() throws SQLException {
        try (Connection keep = DriverManager.getConnection(memoryUrl())) {
            DataSource store = dataSource(keep.getMetaData().getURL());
            Migrations.apply(store, StoreVendor.H2);
            try (var s = keep.createStatement()) {
                s.execute("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '2'");
            }
            assertThat(Migrations.current(store, StoreVendor.H2)).isFalse();
        }
    }

    private static String memoryUrl() {
        return "jdbc:h2:mem:" + UUID.randomUUID();
    }

    private static DataSource dataSource(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        return h2;
    }
}
