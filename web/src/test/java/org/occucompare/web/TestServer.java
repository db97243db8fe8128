package org.occucompare.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

/** A real {@link WebApp} on 127.0.0.1 and a free port, with an HTTP client; close it to stop the server. */
public final class TestServer implements AutoCloseable {
    /** The version the tests hand to the app, as the build would. */
    public static final String VERSION = "9.8.7-test";
    /** The O*NET attribution the home page must show, word for word (the O*NET license asks for it). */
    public static final String ONET_ATTRIBUTION = "This product uses information from the O*NET 30.1 Database by the "
            + "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
            + "license. O*NET® is a trademark of USDOL/ETA.";

    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Javalin app) {
        this.app = app;
    }

    /** Starts the app exactly as {@link WebApp#create} builds it. */
    public static TestServer start() {
        return start(config -> { });
    }

    /** Starts the app with extra, test-only configuration applied after the app's own. */
    public static TestServer start(Consumer<JavalinConfig> extra) {
        Javalin app = Javalin.create(config -> {
            WebApp.configure(config, new WebDeps(VERSION));
            extra.accept(config);
        });
        return new TestServer(app.start("127.0.0.1", 0));
    }

    /** The base address, such as {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + app.port());
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
        app.stop();
    }
}
