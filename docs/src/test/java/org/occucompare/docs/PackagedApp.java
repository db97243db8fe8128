package org.occucompare.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

/**
 * The packaged app ({@code web/target/occucompare.jar}) started as its own process, as a user starts it: on a
 * database and plugins directory of its own, with only the {@code OCCUCOMPARE_*} variables a test gives it.
 */
final class PackagedApp {
    static final Path REPOSITORY = Path.of(System.getProperty("repository.dir", ".."));
    static final String VERSION = System.getProperty("project.version", "0.1.0-SNAPSHOT");

    private final Path home;
    private final Path plugins;
    private final Map<String, String> environment;

    /**
     * An app that keeps its files under {@code home}.
     *
     * @param home a scratch directory
     * @param plugins the plugins directory
     * @param environment more variables, such as plugin settings
     */
    PackagedApp(Path home, Path plugins, Map<String, String> environment) {
        this.home = home;
        this.plugins = plugins;
        this.environment = Map.copyOf(environment);
    }

    /** What a command printed and how it ended. */
    record Run(int exitCode, String out, String err) {
    }

    /** Runs one command to its end (two minutes at most). */
    Run run(String... args) throws IOException, InterruptedException {
        Process process = start(args);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("occucompare " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** A running {@code serve} on a free port; close it to stop it. */
    Server serve() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Server server = new Server(start("serve", "--port", Integer.toString(port)), "http://127.0.0.1:" + port,
                home.resolve("err.txt"));
        server.awaitHealth();
        return server;
    }

    /** The log ({@code stderr}) of the last process started. */
    String log() throws IOException {
        return Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8);
    }

    private Process start(String... args) throws IOException {
        Path app = REPOSITORY.resolve("web/target/occucompare.jar");
        assertThat(app).as("the app jar is packaged before the docs module is verified").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", app.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("OCCUCOMPARE_") || name.startsWith("occ."));
        builder.environment().put("OCCUCOMPARE_DB", "jdbc:h2:file:" + home.resolve("db").toAbsolutePath());
        builder.environment().put("OCCUCOMPARE_PLUGINS_DIR", plugins.toAbsolutePath().toString());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** A served app. */
    static final class Server implements AutoCloseable {
        private final Process process;
        private final String base;
        private final Path log;
        private final HttpClient http = HttpClient.newHttpClient();

        private Server(Process process, String base, Path log) {
            this.process = process;
            this.base = base;
            this.log = log;
        }

        Process process() {
            return process;
        }

        /** GETs a path and returns the response; the app must be alive to answer. */
        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** GETs a path that must answer 200 and returns the body. */
        String ok(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
            return response.body();
        }

        String log() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        private void awaitHealth() throws InterruptedException, IOException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive()).as("the app exited while starting:%n%s", log()).isTrue();
                try {
                    if (get("/api/health").body().contains("\"ok\"")) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new AssertionError("the app did not answer /api/health within 60 s");
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** The metric of a comparison's JSON report with this id. */
    static Optional<JsonNode> metric(JsonNode report, String id) {
        return StreamSupport.stream(report.at("/report/metrics").spliterator(), false)
                .filter(m -> m.at("/descriptor/id").asText().equals(id)).findFirst();
    }

    /** The cell of one occupation in a metric. */
    static JsonNode cell(JsonNode metric, String code) {
        return StreamSupport.stream(metric.at("/result/values").spliterator(), false)
                .filter(v -> v.get("code").asText().equals(code)).findFirst().orElseThrow();
    }
}
