package org.occucompare.apiclient;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 (port 0) standing in for CareerOneStop. It checks the bearer token like the real
 * API (a wrong one gets 401), answers from a script of responders and then from a default, records every request,
 * and measures how many requests were in flight at once. Use with try-with-resources.
 */
public final class FakeCareerOneStop implements AutoCloseable {
    /** The token the fake accepts. Distinctive so that a leak is easy to find in any text. */
    public static final String TOKEN = "tok-SECRET-7Hq2xZ9vKp4Lw";
    /** The user id the fake expects. */
    public static final String USER_ID = "occucompare-test-user";

    /** Writes one answer. */
    @FunctionalInterface
    public interface Responder {
        /** Answers the exchange (and closes it). */
        void respond(HttpExchange exchange) throws IOException;
    }

    /** A request as the server saw it. */
    public record Seen(List<String> pathSegments, String rawQuery, String authorization, String accept) {
        /** The decoded keyword segment. */
        public String keyword() {
            return pathSegments.get(4);
        }

        /** The decoded location segment. */
        public String location() {
            return pathSegments.get(5);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedDeque<Responder> script = new ConcurrentLinkedDeque<>();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile Responder fallback = json(200, "registered-nurses-ca.json");

    /** Starts the server. */
    public FakeCareerOneStop() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to configure the client with. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues responders for the next requests, in order. */
    public FakeCareerOneStop then(Responder... responders) {
        script.addAll(Arrays.asList(responders));
        return this;
    }

    /** Sets the answer once the script is used up. */
    public FakeCareerOneStop otherwise(Responder responder) {
        this.fallback = responder;
        return this;
    }

    /** Every request so far, in arrival order. */
    public List<Seen> requests() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    /** The most requests that were in flight at the same moment. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            URI uri = exchange.getRequestURI();
            List<String> segments = new ArrayList<>();
            for (String raw : uri.getRawPath().split("/", -1)) {
                segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
            String authorization = Objects.toString(exchange.getRequestHeaders().getFirst("Authorization"), "");
            seen.add(new Seen(List.copyOf(segments), Objects.toString(uri.getRawQuery(), ""), authorization,
                    Objects.toString(exchange.getRequestHeaders().getFirst("Accept"), "")));
            if (!authorization.equals("Bearer " + TOKEN)) {
                text(401, "text/plain", "Authorization has been denied for this request.").respond(exchange);
                return;
            }
            Responder next = script.pollFirst();
            (next == null ? fallback : next).respond(exchange);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** A fixture from {@code src/test/resources/careeronestop}, as {@code application/json}. */
    public static Responder json(int status, String fixture) {
        return bytes(status, "application/json; charset=utf-8", fixture(fixture));
    }

    /** A fixture served with another content type, such as {@code text/json}. */
    public static Responder fixtureAs(int status, String contentType, String fixture) {
        return bytes(status, contentType, fixture(fixture));
    }

    /** A text body. */
    public static Responder text(int status, String contentType, String body) {
        return bytes(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A body with correct framing. */
    public static Responder bytes(int status, String contentType, byte[] body) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    /** A status with a {@code Retry-After} header. */
    public static Responder retryAfter(int status, String retryAfter) {
        return exchange -> {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
            text(status, "text/plain", "Too many requests").respond(exchange);
        };
    }

    /** Waits, then answers. */
    public static Responder delayed(long millis, Responder then) {
        return exchange -> {
            try {
                TimeUnit.MILLISECONDS.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            then.respond(exchange);
        };
    }

    /** Drops the connection without any answer, as a reset would. */
    public static Responder reset() {
        return exchange -> {
            exchange.close();
            throw new IOException("connection dropped on purpose");
        };
    }

    /** Promises a full fixture, sends the first half of it and closes the connection. */
    public static Responder cutOff(String fixture) {
        byte[] body = fixture(fixture);
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            exchange.close();
        };
    }

    /** The bytes of a fixture. */
    public static byte[] fixture(String name) {
        try (InputStream in = FakeCareerOneStop.class.getResourceAsStream("/careeronestop/" + name)) {
            return Objects.requireNonNull(in, "no fixture " + name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
