package org.occucompare.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occucompare.apiclient.FakeCareerOneStop;
import org.occucompare.web.TestServer;
import org.occucompare.web.config.AppConfig;

/**
 * CareerOneStop configured but not answering (or asking us to wait), and nothing cached: a 503 with Retry-After,
 * never the token.
 */
class UpstreamDownTest {
    private static final String TOKEN = "upstream-down-token-5be2";
    private static TestServer server;

    @BeforeAll
    static void start_against_a_closed_port() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        server = TestServer.start(Map.of(AppConfig.COS_USER_ID, "test-user", AppConfig.COS_TOKEN, TOKEN,
                AppConfig.COS_BASE_URL, "http://127.0.0.1:" + closed), config -> { });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void api_answers_503_with_retry_after_and_no_token() throws Exception {
        HttpResponse<String> response = server.get("/api/occupations/29-1141.00");

        assertThat(response.statusCode()).isEqualTo(503);
        // 60 s when nothing says when, or less: what is left of the circuit breaker's 30 s once earlier lookups of
        // this class opened it
        assertThat(response.headers().firstValue("Retry-After").map(Integer::parseInt)).hasValueSatisfying(
                seconds -> assertThat(seconds).satisfiesAnyOf(s -> assertThat(s).isEqualTo(60),
                        s -> assertThat(s).isBetween(1, 30)));
        JsonNode error = new ObjectMapper().readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("UNAVAILABLE");
        assertThat(response.body()).doesNotContain(TOKEN);
    }

    @Test
    void a_503_passes_on_how_long_the_upstream_asked_us_to_wait() throws Exception {
        try (FakeCareerOneStop careerOneStop = new FakeCareerOneStop();
                TestServer asked = TestServer.start(Map.of(AppConfig.COS_USER_ID, FakeCareerOneStop.USER_ID,
                        AppConfig.COS_TOKEN, FakeCareerOneStop.TOKEN, AppConfig.COS_BASE_URL,
                        careerOneStop.baseUrl().toString()), config -> { })) {
            careerOneStop.otherwise(FakeCareerOneStop.retryAfter(503, "900"));

            HttpResponse<String> response = asked.get("/api/occupations/29-1141.00");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("900");
            assertThat(response.body()).contains("try again in 900 seconds").doesNotContain(FakeCareerOneStop.TOKEN);
        }
    }

    @Test
    void page_answers_a_503_page_saying_when_to_retry() throws Exception {
        HttpResponse<String> response = server.get("/occupations/29-1141.00");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("The data source is unavailable").containsPattern("try again in (60|[1-9]|[12][0-9]|30) seconds")
                .doesNotContain(TOKEN);
    }
}
