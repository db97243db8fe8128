package org.occucompare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test of the packaged app: {@code java -jar occucompare.jar serve} as a separate process. */
class PackagedAppIT {
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path tempDir;

    @Test
    void packaged_jar_serves_health_on_the_port_it_is_given() throws Exception {
        Path jar = Path.of(System.getProperty("occucompare.jar", "target/occucompare.jar"));
        assertThat(jar).as("the shaded jar built by mvn package").isRegularFile();
        int port = AppProcess.freePort();
        Path stdout = tempDir.resolve("stdout.txt");
        Path stderr = tempDir.resolve("stderr.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString(),
                "serve", "--port", String.valueOf(port))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        // keep the developer's own settings out of the test; the store and plugins go to a temporary home
        builder.environment().keySet().removeIf(name -> name.startsWith("OCCUCOMPARE_"));
        builder.environment().put("OCCUCOMPARE_DB", "jdbc:h2:file:" + tempDir.resolve("db"));
        builder.environment().put("OCCUCOMPARE_PLUGINS_DIR", tempDir.resolve("plugins").toString());
        Process process = builder.start();
        try {
            HttpResponse<String> health = awaitHealth(process, port, stderr);

            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode body = new ObjectMapper().readTree(health.body());
            assertThat(body.get("status").asText()).isEqualTo("ok");
            assertThat(body.get("version").asText()).isEqualTo(System.getProperty("occucompare.expectedVersion"));
            assertThat(Files.readString(stdout)).contains("http://127.0.0.1:" + port + "/")
                    .contains("First start: loaded the bundled sample", "Data: bundled sample (O*NET 30.1");
        } finally {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the app did not stop within 15 s of SIGTERM");
            }
        }
        // the app closes its store after the server stops; H2 logs to its trace file if anything raced that
        Path trace = tempDir.resolve("db.trace.db");
        assertThat(Files.exists(trace) ? Files.readString(trace) : "").as("H2's trace file after shutdown")
                .doesNotContain("Database is already closed");
    }

    @Test
    void one_shot_commands_print_their_report_without_log_lines_unless_asked() throws Exception {
        Map<String, String> environment = Map.of("OCCUCOMPARE_DB", "jdbc:h2:file:" + tempDir.resolve("db"),
                "OCCUCOMPARE_PLUGINS_DIR", tempDir.resolve("plugins").toString());

        AppProcess quiet = AppProcess.run(tempDir, environment, "show", "29-1141.00");
        AppProcess verbose = AppProcess.run(tempDir, environment, "show", "29-1141.00", "--verbose");

        assertThat(quiet.exitCode()).as(quiet.stderr()).isZero();
        assertThat(quiet.stdout()).contains("Registered Nurses");
        assertThat(quiet.stderr()).doesNotContain(" INFO ");
        assertThat(verbose.exitCode()).as(verbose.stderr()).isZero();
        assertThat(verbose.stderr()).contains(" INFO ", "Loaded plugin builtin");
    }

    private static HttpResponse<String> awaitHealth(Process process, int port, Path stderr) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("the app exited with " + process.exitValue() + " before answering: " + Files.readString(stderr));
            }
            Optional<HttpResponse<String>> response = tryGet(client, request);
            if (response.isPresent()) {
                return response.get();
            }
            Thread.sleep(200);
        }
        return fail("no answer from /api/health within " + STARTUP_LIMIT + ": " + Files.readString(stderr));
    }

    private static Optional<HttpResponse<String>> tryGet(HttpClient client, HttpRequest request)
            throws IOException, InterruptedException {
        try {
            return Optional.of(client.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (ConnectException e) {
            return Optional.empty();
        }
    }
}
