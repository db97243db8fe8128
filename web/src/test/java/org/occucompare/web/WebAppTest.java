package org.occucompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.occucompare.apiclient.UpstreamException;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

class WebAppTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer server;

    @BeforeAll
    static void start_the_app_with_routes_that_fail() {
        server = TestServer.start(config -> {
            config.routes.get("/api/test/fail/{kind}", ctx -> {
                throw new OccupationException(ErrorKind.valueOf(ctx.pathParam("kind")),
                        "Failure of kind " + ctx.pathParam("kind") + ": do something else.");
            });
            config.routes.get("/api/test/bug", ctx -> {
                throw new IllegalStateException("secret internal detail");
            });
            config.routes.get("/api/test/unavailable", ctx -> {
                throw new UpstreamException(OptionalInt.empty(), "/v1/occupation", "CareerOneStop did not answer.",
                        null);
            });
            config.routes.get("/api/test/unavailable-for/{seconds}", ctx -> {
                throw new UpstreamException(OptionalInt.of(503), "/v1/occupation", "CareerOneStop answered 503.",
                        null, Optional.of(Duration.ofMillis(Long.parseLong(ctx.pathParam("seconds")))));
            });
            config.routes.get("/test/unavailable", ctx -> {
                throw new UpstreamException(OptionalInt.of(503), "/v1/occupation", "CareerOneStop answered 503.",
                        null);
            });
            config.routes.get("/test/page-fails", ctx -> {
                throw OccupationException.notFound("No such occupation: try a search.");
            });
        });
    }

    @AfterAll
    static void stop_the_app() {
        server.close();
    }

    @Test
    void health_answers_ok_with_the_version_and_the_dataset_version_as_json() throws Exception {
        HttpResponse<String> response = server.get("/api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("version").asText()).isEqualTo(TestServer.VERSION);
        assertThat(body.get("dataset").get("version").asLong()).isEqualTo(1L);
        assertThat(body.get("dataset").get("kind").asText()).isEqualTo("sample");
        assertThat(body.get("dataset").get("label").asText()).startsWith("bundled sample (");
    }

    @Test
    void home_page_is_html_titled_occucompare_with_the_onet_attribution() throws Exception {
        HttpResponse<String> response = server.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<title>OccuCompare</title>");
        assertThat(visibleText(response.body())).contains(TestServer.ONET_ATTRIBUTION);
    }

    @Test
    void stylesheet_of_the_home_page_is_served() throws Exception {
        HttpResponse<String> response = server.get("/occucompare.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/health", "/api/no-such-thing", "/no-such-page", "/api/test/bug",
        "/api/test/fail/UPSTREAM"})
    void every_response_carries_the_security_headers(String path) throws Exception {
        HttpResponse<String> response = server.get(path);

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void unknown_api_path_is_a_404_json_error() throws Exception {
        HttpResponse<String> response = server.get("/api/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(error.get("message").asText()).contains("GET /api/no-such-thing");
    }

    @Test
    void unknown_page_is_a_404_html_page_naming_the_path() throws Exception {
        HttpResponse<String> response = server.get("/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("/no-such-page").contains("<h1>Not found</h1>");
    }

    @Test
    void wrong_method_on_an_api_path_is_a_json_error() throws Exception {
        HttpResponse<String> response = server.send("DELETE", "/api/health");

        assertThat(response.statusCode()).isBetween(400, 499);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isNotBlank();
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @Test
    void upstream_that_does_not_answer_is_a_503_with_retry_after() throws Exception {
        HttpResponse<String> response = server.get("/api/test/unavailable");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("60");
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("UNAVAILABLE");
        assertThat(error.get("message").asText()).contains("try again in 60 seconds");
    }

    @ParameterizedTest
    @CsvSource({"120000, 120, 120 seconds", "1500, 2, 2 seconds", "10, 1, 1 second"})
    void a_503_passes_on_the_retry_after_the_upstream_asked_for(long millis, String header, String text)
            throws Exception {
        HttpResponse<String> response = server.get("/api/test/unavailable-for/" + millis);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue(header);
        assertThat(JSON.readTree(response.body()).get("error").get("message").asText())
                .contains("try again in " + text + ".");
    }

    @Test
    void upstream_down_on_a_page_is_a_503_page() throws Exception {
        HttpResponse<String> response = server.get("/test/unavailable");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(response.body()).contains("The data source is unavailable", "try again in 60 seconds");
    }

    @ParameterizedTest
    @CsvSource({"NOT_FOUND, 404", "INVALID_INPUT, 400", "UPSTREAM, 502", "INTERNAL, 500"})
    void each_error_kind_maps_to_its_status_with_a_json_body(String kind, int status) throws Exception {
        HttpResponse<String> response = server.get("/api/test/fail/" + kind);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo(kind);
        assertThat(error.get("message").asText()).isEqualTo("Failure of kind " + kind + ": do something else.");
        assertThat(response.body()).doesNotContain("at org.occucompare");
    }

    @Test
    void unexpected_exception_is_a_500_without_details_or_stack_trace() throws Exception {
        HttpResponse<String> response = server.get("/api/test/bug");

        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("INTERNAL");
        assertThat(response.body()).doesNotContain("secret internal detail", "IllegalStateException", "at org.");
    }

    @Test
    void failure_of_a_page_is_an_html_page_with_the_mapped_status() throws Exception {
        HttpResponse<String> response = server.get("/test/page-fails");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<p id=\"error-message\" class=\"error\" data-code=\"NOT_FOUND\">"
                + "No such occupation: try a search.</p>");
    }

    private static String visibleText(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace(" .", ".");
    }
}
