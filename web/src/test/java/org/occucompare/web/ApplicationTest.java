package org.occucompare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.web.config.AppConfig;
import org.occucompare.web.store.CachedOccupationSource;
import org.occucompare.web.store.OccupationStore;

/** The composition root: what it opens from a configuration, and that a failed start leaves nothing open. */
class ApplicationTest {
    @TempDir
    Path tempDir;

    /** An in-memory store lives exactly as long as a connection to it is open: gone means closed. */
    private static boolean isOpen(String url) {
        try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE")) {
            return !connection.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private AppConfig config(String url, Map<String, String> more) {
        Map<String, String> environment = new java.util.HashMap<>(more);
        environment.put(AppConfig.DB, url);
        environment.putIfAbsent(AppConfig.PLUGINS_DIR, tempDir.resolve("plugins").toString());
        return AppConfig.load(environment, Optional.empty(), tempDir);
    }

    @Test
    void without_a_token_it_runs_on_the_store_loaded_with_the_sample_and_closes_it() {
        String url = "jdbc:h2:mem:app-" + UUID.randomUUID();
        Application app = Application.open(config(url, Map.of()), Clock.systemUTC());

        assertThat(app.sampleLoaded()).isTrue();
        assertThat(app.occupations()).isInstanceOf(OccupationStore.class);
        assertThat(app.describe()).startsWith("bundled sample (");
        OccupationKey nurses = OccupationKey.parse("29-1141.00");
        assertThat(app.occupations().fetch(nurses, Location.NATIONAL, Freshness.CACHED).require(nurses).title())
                .isEqualTo("Registered Nurses");
        assertThat(isOpen(url)).isTrue();

        app.close();

        assertThat(isOpen(url)).isFalse();
    }

    @Test
    void with_a_token_occupations_come_from_careeronestop_through_the_cache() {
        String url = "jdbc:h2:mem:app-" + UUID.randomUUID();
        try (Application app = Application.open(config(url, Map.of(AppConfig.COS_USER_ID, "user-1",
                AppConfig.COS_TOKEN, "application-test-token", AppConfig.COS_BASE_URL, "http://127.0.0.1:9")),
                Clock.systemUTC())) {
            assertThat(app.occupations()).isInstanceOf(CachedOccupationSource.class);
            assertThat(app.describe()).startsWith("CareerOneStop API (answers cached in the local store); local"
                    + " store: bundled sample (").doesNotContain("application-test-token");
        }
    }

    @Test
    void a_start_that_fails_after_the_store_opened_closes_the_store() throws IOException {
        String url = "jdbc:h2:mem:app-" + UUID.randomUUID();
        Path file = Files.writeString(tempDir.resolve("plugins-file"), "not a directory");

        assertThatThrownBy(() -> Application.open(config(url, Map.of(AppConfig.PLUGINS_DIR, file.toString())),
                Clock.systemUTC())).isInstanceOf(OccupationException.class).hasMessageContaining("is a file");

        assertThat(isOpen(url)).as("the store opened before the plugins failed is closed again").isFalse();
    }
}
