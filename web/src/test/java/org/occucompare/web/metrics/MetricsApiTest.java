package org.occucompare.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.occucompare.web.TestServer;

/** {@code /metrics} in Prometheus' format, and a graceful stop that finishes the requests in flight. */
class MetricsApiTest {
    @Test
    void requests_are_counted_per_route_template_with_their_status() throws Exception {
        try (TestServer server = TestServer.start()) {
            server.get("/api/occupations/29-1141.00");
            server.get("/api/occupations/15-1252.00");
            server.get("/api/occupations/99-9999.00");

            HttpResponse<String> metrics = server.get("/metrics");

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
            assertThat(metrics.body()).containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"GET\""
                    + "[^}]*route=\"/api/occupations/\\{code}\"[^}]*status=\"200\"[^}]*} 2")
                    .containsPattern("http_server_requests_seconds_count\\{[^}]*route=\"/api/occupations/\\{code}\""
                            + "[^}]*status=\"404\"[^}]*} 1")
                    .containsPattern("occucompare_dataset_version\\{[^}]*} 1")
                    .contains("hikaricp_connections", "jvm_memory_used_bytes")
                    .doesNotContain("29-1141.00");
        }
    }

    @Test
    void stopping_the_server_lets_a_request_in_flight_finish() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try (TestServer server = TestServer.start(config -> config.routes.get("/test/slow", ctx -> {
            started.countDown();
            Thread.sleep(1_500);
            ctx.result("finished");
        }))) {
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.get("/test/slow");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            server.app().stop();

            HttpResponse<String> response = slow.get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("finished");
        }
    }
}
