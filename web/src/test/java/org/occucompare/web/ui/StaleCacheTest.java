package org.occucompare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.occucompare.web.TestServer;
import org.occucompare.web.config.AppConfig;

/**
 * A stand-in CareerOneStop that answers once, then fails: the page shows the cached copy, marked stale, once it is
 * past its freshness. The stand-in serves the api-client's recorded fixture for Registered Nurses in California.
 */
class StaleCacheTest {
    private static final String TOKEN = "stale-cache-token-91c0";
    private final AtomicBoolean up = new AtomicBoolean(true);
    private HttpServer careerOneStop;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        careerOneStop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        careerOneStop.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (!up.get()) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            byte[] body;
            try (InputStream in = StaleCacheTest.class.getResourceAsStream("/careeronestop/registered-nurses-ca.json")) {
                body = in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        careerOneStop.start();
        server = TestServer.start(Map.of(AppConfig.COS_USER_ID, "user-1", AppConfig.COS_TOKEN, TOKEN,
                AppConfig.COS_BASE_URL, "http://127.0.0.1:" + careerOneStop.getAddress().getPort()), c -> { });
    }

    @AfterEach
    void stop() {
        server.close();
        careerOneStop.stop(0);
    }

    @Test
    void stale_cached_copy_is_served_with_a_visible_marker_when_the_source_is_down() throws Exception {
        // the JSON API fills the store's cache; the page is rendered first once that copy is past its freshness
        // (the server keeps a rendered page only as long as the data it shows stay fresh)
        HttpResponse<String> fresh = server.get("/api/occupations/29-1141.00?location=CA");
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(fresh.body()).contains("Registered Nurses").doesNotContain("\"stale\":true");

        try (Connection connection = DriverManager.getConnection(server.databaseUrl());
                Statement age = connection.createStatement()) {
            assertThat(age.executeUpdate("update cache_entry set fetched_at = dateadd('DAY', -90, fetched_at)"))
                    .isPositive();
        }
        up.set(false);
        HttpResponse<String> stale = server.get("/occupations/29-1141.00?location=CA");

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("class=\"marker stale\"").contains("Registered Nurses")
                .doesNotContain(TOKEN);
    }
}
