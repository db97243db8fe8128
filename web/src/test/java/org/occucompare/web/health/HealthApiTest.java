package org.occucompare.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.occucompare.web.TestServer;
import org.occucompare.web.importer.BundledSample;
import org.occucompare.web.store.Database;
import org.occucompare.web.store.OccupationStore;

/** {@code /api/health} and {@code /api/ready}: liveness whatever the store does, readiness only with a dataset. */
class HealthApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_app_is_ready_on_the_bundled_sample_and_names_its_dataset_version() throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> ready = server.get("/api/ready");

            assertThat(ready.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(ready.body());
            assertThat(body.get("status").asText()).isEqualTo("ready");
            assertThat(body.get("dataset").get("version").asLong()).isEqualTo(1L);
            assertThat(body.get("problem").isNull()).isTrue();
        }
    }

    @Test
    void a_store_without_a_dataset_is_alive_but_not_ready() throws Exception {
        try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID())) {
            HealthController health = new HealthController("9.9.9", new OccupationStore(db, Clock.systemUTC()));
            Javalin app = Javalin.create(c -> {
                c.routes.get("/health", health::health);
                c.routes.get("/ready", health::ready);
            }).start("127.0.0.1", 0);
            try {
                assertThat(get(app, "/health").statusCode()).isEqualTo(200);
                HttpResponse<String> ready = get(app, "/ready");
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(JSON.readTree(ready.body()).get("problem").asText()).isEqualTo("no dataset is loaded yet");

                BundledSample.loadIfEmpty(db);
                assertThat(get(app, "/ready").statusCode()).isEqualTo(200);
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void a_store_that_does_not_answer_leaves_health_at_200_and_readiness_at_503() throws Exception {
        Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
        BundledSample.loadIfEmpty(db);
        HealthController health = new HealthController("9.9.9", new OccupationStore(db, Clock.systemUTC()));
        db.close();
        Javalin app = Javalin.create(c -> {
            c.routes.get("/health", health::health);
            c.routes.get("/ready", health::ready);
        }).start("127.0.0.1", 0);
        try {
            HttpResponse<String> alive = get(app, "/health");
            assertThat(alive.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(alive.body()).get("status").asText()).isEqualTo("ok");
            assertThat(JSON.readTree(alive.body()).get("dataset").isNull()).isTrue();

            HttpResponse<String> ready = get(app, "/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(ready.body()).get("problem").asText()).contains("does not answer");
        } finally {
            app.stop();
        }
    }

    private static HttpResponse<String> get(Javalin app, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
