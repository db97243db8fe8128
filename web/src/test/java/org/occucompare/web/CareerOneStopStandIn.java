package org.occucompare.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.occucompare.web.config.AppConfig;

/**
 * A real local HTTP server standing in for CareerOneStop: it answers every request with what the given supplier
 * returns (the api-client's recorded fixtures, or a failure) and records each request's query string.
 */
public final class CareerOneStopStandIn implements AutoCloseable {
    /** The token the stand-in's settings carry. */
    public static final String TOKEN = "stand-in-token-3f9b";

    /** One answer: a status and a JSON body. */
    public record Reply(int status, byte[] body) {
        /** A 200 with an api-client fixture, such as {@code registered-nurses-ca.json}. */
        public static Reply fixture(String name) {
            try (InputStream in = CareerOneStopStandIn.class.getResourceAsStream("/careeronestop/" + name)) {
                return new Reply(200, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A status with a JSON body given as text. */
        public static Reply json(int status, String body) {
            return new Reply(status, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final HttpServer server;
    private final List<String> queries = new CopyOnWriteArrayList<>();

    /**
     * Starts the stand-in on a free loopback port.
     *
     * @param replies what to answer, asked per request
     */
    public CareerOneStopStandIn(Supplier<Reply> replies) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            queries.add(String.valueOf(exchange.getRequestURI().getRawQuery()));
            Reply reply = replies.get();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        });
        server.start();
    }

    /** The settings that point the app at this stand-in, with a user id and {@link #TOKEN}. */
    public Map<String, String> settings() {
        return Map.of(AppConfig.COS_USER_ID, "user-1", AppConfig.COS_TOKEN, TOKEN, AppConfig.COS_BASE_URL,
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The query string of every request so far, in arrival order. */
    public List<String> queries() {
        return List.copyOf(queries);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
