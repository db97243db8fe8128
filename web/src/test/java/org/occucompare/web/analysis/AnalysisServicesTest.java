package org.occucompare.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.web.compare.SampleComparisons;
import org.occucompare.web.Application;
import org.occucompare.web.config.AppConfig;
import org.occucompare.web.store.Database;
import org.occucompare.web.store.OccupationStore;

class AnalysisServicesTest {
    @TempDir
    Path tempDir;

    @Test
    void the_similarity_index_covers_every_stored_occupation_and_is_built_once() {
        AnalysisServices analysis = SampleComparisons.analysis();

        // the bundled sample holds 53 O*NET occupations (docs/data.md)
        assertThat(analysis.similarityIndex().size()).isEqualTo(53);
        assertThat(analysis.similarityIndex()).isSameAs(analysis.similarityIndex());
        assertThat(analysis.comparisons()).isSameAs(analysis.comparisons());
        assertThat(analysis.occupations()).hasSize(53);
        assertThat(analysis.similarityIndex().similar(OccupationCode.parse("29-1141.00"), 3))
                .extracting(s -> s.code().value()).contains("29-1141.01");
    }

    @Test
    void loads_the_built_in_metrics_when_the_plugins_directory_is_absent() {
        AppConfig config = AppConfig.load(Map.of(AppConfig.DB, "jdbc:h2:mem:" + tempDir.getFileName(),
                AppConfig.PLUGINS_DIR, tempDir.resolve("plugins").toString()), Optional.empty(), tempDir);
        try (Application app = Application.open(config, Clock.systemUTC())) {
            AnalysisServices analysis = app.analysis();

            assertThat(analysis.plugins().loaded()).isNotEmpty();
            assertThat(analysis.plugins().rejected()).isEmpty();
            assertThat(analysis.registry().metrics()).isNotEmpty().allSatisfy(m -> assertThat(m.builtIn()).isTrue());
        }
    }

    @Test
    void a_plugins_path_that_is_a_file_is_invalid_input() throws IOException {
        Path file = Files.writeString(tempDir.resolve("plugins"), "not a directory");
        AppConfig config = AppConfig.load(Map.of(AppConfig.DB, "jdbc:h2:mem:file-" + tempDir.getFileName(),
                AppConfig.PLUGINS_DIR, file.toString()), Optional.empty(), tempDir);
        try (Database db = Database.open(config.databaseUrl())) {
            OccupationStore store = new OccupationStore(db, Clock.systemUTC());
            assertThatThrownBy(() -> AnalysisServices.load(config, store)).hasMessageContaining("is a file");
        }
    }
}
