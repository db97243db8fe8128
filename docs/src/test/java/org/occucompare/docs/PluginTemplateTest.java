package org.occucompare.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** plugins/template, the folder a plugin author copies, holds exactly the project docs/plugins.md prints. */
class PluginTemplateTest {
    private static final Path REPOSITORY = Path.of(System.getProperty("repository.dir", ".."));

    @Test
    void the_template_folder_holds_the_guides_project_file_for_file() throws IOException {
        Map<String, String> printed = StarterProjectIT.projectFiles(
                Files.readString(REPOSITORY.resolve("docs/plugins.md"), StandardCharsets.UTF_8));
        assertThat(printed).hasSize(4);
        for (Map.Entry<String, String> file : printed.entrySet()) {
            Path copy = REPOSITORY.resolve("plugins/template").resolve(file.getKey());
            assertThat(copy).as("plugins/template/%s", file.getKey()).exists();
            assertThat(Files.readString(copy, StandardCharsets.UTF_8)).as("plugins/template/%s", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }
}
