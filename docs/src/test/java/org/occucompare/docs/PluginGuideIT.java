package org.occucompare.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.occucompare.docs.PackagedApp.cell;
import static org.occucompare.docs.PackagedApp.metric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows docs/plugins.md "Install" end to end: the example wage-spread plugin jar, as the build packages it, is
 * copied into a plugins directory, and the packaged app — started as its own process, like a user would — loads it
 * and reports its metric in a comparison, beside the built-in metrics.
 */
class PluginGuideIT {
    @TempDir
    Path home;

    @Test
    void a_plugin_jar_copied_into_the_plugins_directory_adds_its_metric_to_comparisons() throws Exception {
        PackagedApp.Run run = new PackagedApp(home, installWageSpread(), Map.of())
                .run("compare", "29-1141.00", "11-1011.00", "--format", "json", "--verbose");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Loaded plugin wage-spread (1 metric(s))");
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode spread = metric(report, "wage-spread-90-10").orElseThrow();
        assertThat(spread.get("pluginId").asText()).isEqualTo("wage-spread");
        assertThat(spread.get("builtIn").asBoolean()).isFalse();
        // OEWS May 2024 national, Registered Nurses: A_PCT90 135,320 / A_PCT10 66,030 = 2.0494
        JsonNode nurses = cell(spread, "29-1141.00");
        assertThat(nurses.get("value").asDouble()).isCloseTo(135_320.0 / 66_030.0, within(1e-6));
        assertThat(nurses.get("bound").asText()).isEqualTo("EXACT");
        // Chief Executives: A_PCT90 is "#" (at least $239,200), so the ratio is only a lower bound
        assertThat(cell(spread, "11-1011.00").get("bound").asText()).isEqualTo("AT_LEAST");
        // the built-ins still come through the same SPI
        assertThat(metric(report, "median-wage-annual-usd")).isPresent();
    }

    @Test
    void the_web_app_lists_the_plugin_and_carries_its_metric_in_api_compare() throws Exception {
        try (PackagedApp.Server server = new PackagedApp(home, installWageSpread(), Map.of()).serve()) {
            var mapper = new ObjectMapper();
            JsonNode listed = mapper.readTree(server.ok("/api/plugins"));
            assertThat(listed.get("loaded").findValuesAsText("id")).contains("wage-spread");
            assertThat(listed.get("rejected")).isEmpty();

            JsonNode compared = mapper.readTree(server.ok("/api/compare?occupations=29-1141.00,11-1011.00"
                    + "&locations=US"));
            JsonNode spread = metric(compared, "wage-spread-90-10").orElseThrow();
            // OEWS May 2024 national, Registered Nurses: A_PCT90 135,320 / A_PCT10 66,030 = 2.0494
            assertThat(cell(spread, "29-1141.00").get("value").asDouble())
                    .isCloseTo(135_320.0 / 66_030.0, within(1e-6));
        }
    }

    private Path installWageSpread() throws IOException {
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        Path jar = PackagedApp.REPOSITORY.resolve("plugins/wage-spread/target/occucompare-plugin-wage-spread-"
                + PackagedApp.VERSION + ".jar");
        assertThat(jar).as("the wage-spread plugin is packaged before the docs module is verified").exists();
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        return plugins;
    }
}
