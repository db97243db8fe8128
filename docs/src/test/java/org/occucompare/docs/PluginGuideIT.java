package org.occucompare.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        Path plugins = installWageSpread();

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

    @Test
    void the_web_app_lists_the_plugin_and_carries_its_metric_in_api_compare() throws Exception {
        Path plugins = installWageSpread();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = start(plugins, "serve", "--port", Integer.toString(port));
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            awaitHealth(http, base, server);
            var mapper = new ObjectMapper();

            JsonNode listed = mapper.readTree(get(http, base + "/api/plugins"));
            assertThat(listed.get("loaded").findValuesAsText("id")).contains("wage-spread");
            assertThat(listed.get("rejected")).isEmpty();

            JsonNode compared = mapper.readTree(get(http,
                    base + "/api/compare?occupations=29-1141.00,11-1011.00&locations=US"));
            JsonNode spread = find(compared.at("/report/metrics"), "wage-spread-90-10").orElseThrow();
            // OEWS May 2024 national, Registered Nurses: A_PCT90 135,320 / A_PCT10 66,030 = 2.0494
            assertThat(cell(spread, "29-1141.00").get("value").asDouble())
                    .isCloseTo(135_320.0 / 66_030.0, within(1e-6));
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private Path installWageSpread() throws IOException {
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        Path jar = REPOSITORY.resolve("plugins/wage-spread/target/occucompare-plugin-wage-spread-" + VERSION + ".jar");
        assertThat(jar).as("the wage-spread plugin is packaged before the docs module is verified").exists();
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        return plugins;
    }

    private static void awaitHealth(HttpClient http, String base, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the app exited while starting").isTrue();
            try {
                if (get(http, base + "/api/health").contains("\"ok\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app did not answer /api/health within 60 s");
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + " answered " + response.body()).isEqualTo(200);
        return response.body();
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
        Process process = start(plugins, args);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("occucompare " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** Starts the packaged app as a user would, on a database and plugins directory of its own. */
    private Process start(Path plugins, String... args) throws IOException {
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
        return builder.start();
    }

    private record Run(int exitCode, String out, String err) {
    }
}
