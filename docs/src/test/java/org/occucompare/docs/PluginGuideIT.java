package org.occucompare.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows docs/plugins.md "Install" end to end: the example wage-spread plugin jar, as the build packages it, is
 * copied into a plugins directory, and the packaged app — started as its own process, like a user would — loads it
 * and reports its metric in a comparison, beside the built-in metrics.
 */
class PluginGuideIT {
    private static final Path REPOSITORY = Path.of(System.getProperty("repository.dir", ".."));
    private static final String VERSION = System.getProperty("project.version", "0.1.0-SNAPSHOT");

    @TempDir
    Path home;

    @Test
    void a_plugin_jar_copied_into_the_plugins_directory_adds_its_metric_to_comparisons() throws Exception {
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        Path jar = REPOSITORY.resolve("plugins/wage-spread/target/occucompare-plugin-wage-spread-" + VERSION + ".jar");
        assertThat(jar).as("the wage-spread plugin is packaged before the docs module is verified").exists();
        Files.copy(jar, plugins.resolve(jar.getFileName()));

        Run run = occucompare(plugins, "compare", "29-1141.00", "11-1011.00", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Loaded plugin wage-spread (1 metric(s))");
        JsonNode metrics = new ObjectMapper().readTree(run.out()).at("/report/metrics");
        JsonNode spread = find(metrics, "wage-spread-90-10").orElseThrow();
        assertThat(spread.get("pluginId").asText()).isEqualTo("wage-spread");
        assertThat(spread.get("builtIn").asBoolean()).isFalse();
        // OEWS May 2024 national, Registered Nurses: A_PCT90 135,320 / A_PCT10 66,030 = 2.0494
        JsonNode nurses = cell(spread, "29-1141.00");
        assertThat(nurses.get("value").asDouble()).isCloseTo(135_320.0 / 66_030.0, within(1e-6));
        assertThat(nurses.get("bound").asText()).isEqualTo("EXACT");
        // Chief Executives: A_PCT90 is "#" (at least $239,200), so the ratio is only a lower bound
        assertThat(cell(spread, "11-1011.00").get("bound").asText()).isEqualTo("AT_LEAST");
        // the built-ins still come through the same SPI
        assertThat(find(metrics, "median-wage-annual-usd")).isPresent();
    }

    private static Optional<JsonNode> find(JsonNode metrics, String id) {
        return StreamSupport.stream(metrics.spliterator(), false)
                .filter(m -> m.at("/descriptor/id").asText().equals(id)).findFirst();
    }

    private static JsonNode cell(JsonNode metric, String code) {
        return StreamSupport.stream(metric.at("/result/values").spliterator(), false)
                .filter(v -> v.get("code").asText().equals(code)).findFirst().orElseThrow();
    }

    private Run occucompare(Path plugins, String... args) throws IOException, InterruptedException {
        Path app = REPOSITORY.resolve("web/target/occucompare.jar");
        assertThat(app).as("the app jar is packaged before the docs module is verified").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", app.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("OCCUCOMPARE_"));
        builder.environment().put("OCCUCOMPARE_DB", "jdbc:h2:file:" + home.resolve("db").toAbsolutePath());
        builder.environment().put("OCCUCOMPARE_PLUGINS_DIR", plugins.toAbsolutePath().toString());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("occucompare " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err) {
    }
}
