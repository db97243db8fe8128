package org.occucompare.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.web.config.Secret;
import org.occucompare.web.importer.BundledSample;

/** Opening H2 stores; the behaviour shared with PostgreSQL is in {@link StoreContractTest}. */
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void a_file_database_keeps_its_data_and_reopens_without_migrating_again() {
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        try (Database db = Database.open(url)) {
            db.jdbi().useHandle(h -> h.execute("insert into store_lock (lock_name) values ('k')"));
        }
        try (Database db = Database.open(url)) {
            List<String> locks = db.jdbi().withHandle(h -> h.createQuery("select lock_name from store_lock"
                    + " order by lock_name").mapTo(String.class).list());
            assertThat(locks).containsExactly("import", "k");
        }
    }

    @Test
    void a_file_store_is_opened_in_automatic_mixed_mode_unless_its_url_says_otherwise() {
        assertThat(Database.h2Url("jdbc:h2:file:/data/occucompare"))
                .isEqualTo("jdbc:h2:file:/data/occucompare;AUTO_SERVER=TRUE");
        assertThat(Database.h2Url("jdbc:h2:/data/occucompare;auto_server=false"))
                .isEqualTo("jdbc:h2:/data/occucompare;auto_server=false");
        assertThat(Database.h2Url("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(Database.h2Url("jdbc:h2:tcp://localhost/~/test")).isEqualTo("jdbc:h2:tcp://localhost/~/test");
    }

    @Test
    void a_url_of_another_database_is_refused_naming_the_two_that_work() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/occucompare?password=hunter2"))
                .isInstanceOf(OccupationException.class)
                .hasMessageContaining("H2 or PostgreSQL").hasMessageNotContaining("hunter2")
                .satisfies(e -> assertThat(((OccupationException) e).kind()).isEqualTo(ErrorKind.INVALID_INPUT));
    }

    @Test
    void a_store_that_cannot_be_reached_fails_with_a_message_that_never_shows_the_password() {
        // a loopback port that nothing listens on: refused at once
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/occucompare?connectTimeout=1",
                Optional.of("occucompare"), Optional.of(Secret.of("hunter2-secret")), Duration.ofMillis(500)))
                .isInstanceOf(OccupationException.class)
                .hasMessageContaining("Cannot open the store jdbc:postgresql://127.0.0.1:1/occucompare")
                .hasMessageContaining("OCCUCOMPARE_DB_PASSWORD").hasMessageNotContaining("hunter2-secret")
                .satisfies(e -> assertThat(((OccupationException) e).kind()).isEqualTo(ErrorKind.UPSTREAM));
    }

    @Test
    void an_in_memory_store_lives_as_long_as_it_is_open() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID();
        try (Database db = Database.open(url)) {
            db.jdbi().useHandle(h -> h.execute("insert into store_lock (lock_name) values ('k')"));
            long locks = db.jdbi().withHandle(h -> h.createQuery("select count(*) from store_lock")
                    .mapTo(Long.class).one());
            assertThat(locks).isEqualTo(2L);
        }
    }

    @Test
    void the_current_dataset_is_seen_at_once_after_an_own_import_and_soon_after_another_process_switches() throws
            Exception {
        String url = "jdbc:h2:file:" + dir.resolve("versions").toAbsolutePath();
        try (Database db = Database.open(url); Database other = Database.open(url)) {
            assertThat(db.currentId()).isEqualTo(DatasetDao.NONE);
            BundledSample.load(db, Instant.now());
            long first = db.currentId();
            assertThat(first).isEqualTo(db.currentDataset().orElseThrow().id()).isNotEqualTo(DatasetDao.NONE);

            BundledSample.load(other, Instant.now()); // another instance on the same store imports
            long second = other.currentId();
            assertThat(second).isGreaterThan(first);
            long seen = db.currentId();
            for (int tries = 0; seen != second && tries < 40; tries++) {
                Thread.sleep(100); // the id is trusted for Database.CURRENT_REREAD, a second
                seen = db.currentId();
            }
            assertThat(seen).isEqualTo(second);
        }
    }
}
