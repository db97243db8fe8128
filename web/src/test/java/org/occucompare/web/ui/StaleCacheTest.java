package org.occucompare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.occucompare.web.CareerOneStopStandIn;
import org.occucompare.web.CareerOneStopStandIn.Reply;
import org.occucompare.web.TestServer;

/**
 * A stand-in CareerOneStop that answers once, then fails: the page shows the cached copy, marked stale, once it is
 * past its freshness. The stand-in serves the api-client's recorded fixture for Registered Nurses in California.
 */
class StaleCacheTest {
    private final AtomicBoolean up = new AtomicBoolean(true);
    private CareerOneStopStandIn careerOneStop;
    private TestServer server;

    @BeforeEach
    void start() {
        careerOneStop = new CareerOneStopStandIn(() -> up.get() ? Reply.fixture("registered-nurses-ca.json")
                : new Reply(503, new byte[0]));
        server = TestServer.start(careerOneStop.settings(), c -> { });
    }

    @AfterEach
    void stop() {
        server.close();
        careerOneStop.close();
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
                .doesNotContain(CareerOneStopStandIn.TOKEN);
    }
}
