package org.occucompare.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.occucompare.web.config.AppConfig;

/**
 * A real {@link WebApp} on 127.0.0.1 and a free port over the bundled sample (loaded into a fresh H2 file database
 * in a temporary directory), with an HTTP client; close it to stop the server and delete the database.
 */
public final class TestServer implements AutoCloseable {
    /** The version the tests hand to the app: the build's own, so screenshots for the guides show it. */
    public static final String VERSION = AppVersion.current();
    /** The O*NET attribution the home page must show, word for word (the O*NET license asks for it). */
    public static final String ONET_ATTRIBUTION = "This product uses information from the O*NET 30.1 Database by the "
            + "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
            + "license. O*NET® is a trademark of USDOL/ETA.";

    private final Javalin web;
    private final Application app;
    private final Path directory;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Javalin web, Application app, Path directory) {
        this.web = web;
        this.app = app;
        this.directory = directory;
    }

    /** Starts the app exactly as {@link WebApp#create} builds it. */
    public static TestServer start() {
        return start(config -> { });
    }

    /** Starts the app with extra, test-only configuration applied after the app's own. */
    public static TestServer start(Consumer<JavalinConfig> extra) {
        return start(Map.of(), extra);
    }

    /** Starts the app with extra settings (environment variables of {@link AppConfig}) and configuration. */
    public static TestServer start(Map<String, String> settings, Consumer<JavalinConfig> extra) {
        return start(settings, Clock.systemUTC(), extra);
    }

    /** Starts the app with extra settings on a clock of the test's, for fetch times and cache ages. */
    public static TestServer start(Map<String, String> settings, Clock clock, Consumer<JavalinConfig> extra) {
        Path directory;
        try {
            directory = Files.createTempDirectory("occucompare-web-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> environment = new java.util.HashMap<>(settings);
        environment.putIfAbsent(AppConfig.DB, "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath());
        environment.putIfAbsent(AppConfig.PLUGINS_DIR, directory.resolve("plugins").toAbsolutePath().toString());
        AppConfig config = AppConfig.load(environment, Optional.empty(), directory);
        Application app = Application.open(config, clock);
        Javalin web = Javalin.create(javalin -> {
            WebApp.configure(javalin, new WebDeps(VERSION, app));
            extra.accept(javalin);
        });
        return new TestServer(web.start("127.0.0.1", 0), app, directory);
    }

    /** The JDBC address of the app's store, for tests that change a row behind its back. */
    public String databaseUrl() {
        return app.config().databaseUrl();
    }

    /** The configuration the app was opened with, for tests that open its store a second time. */
    public AppConfig config() {
        return app.config();
    }

    /** The web app, for tests that inspect its routes. */
    public Javalin app() {
        return web;
    }

    /** The base address, such as {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + web.port());
    }

    /** Sends a GET and returns the response with its body as text. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path);
    }

    /** Sends a request without a body and returns the response with its body as text. */
    public HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(baseUri().resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        web.stop();
        app.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }

    /** Sends a GET with headers (name, value, name, value…) and returns the response body as bytes. */
    public HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri().resolve(path)).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a GET and returns the response body as bytes. */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return getBytes(path, new String[0]);
    }
}
