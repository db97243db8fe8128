package org.occucompare.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.web.TestServer;
import org.occucompare.web.config.AppConfig;

/** {@code /api/plugins} names the plugins refused at startup, with reasons. */
class PluginsApiTest {

    @TempDir
    Path plugins;

    @Test
    void a_broken_plugin_jar_is_listed_as_rejected_with_its_reason() throws Exception {
        Files.writeString(plugins.resolve("broken.jar"), "this is not a jar");
        try (TestServer server = TestServer.start(Map.of(AppConfig.PLUGINS_DIR, plugins.toString()), c -> { })) {
            JsonNode body = new ObjectMapper().readTree(server.get("/api/plugins").body());

            assertThat(body.get("rejected")).hasSize(1);
            assertThat(body.get("rejected").get(0).get("origin").asText()).contains("broken.jar");
            assertThat(body.get("rejected").get(0).get("reason").asText()).isNotBlank();
            assertThat(body.get("loaded").findValuesAsText("builtIn")).contains("true");
        }
    }
}
