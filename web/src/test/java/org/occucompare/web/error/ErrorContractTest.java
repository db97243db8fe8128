package org.occucompare.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.occucompare.web.RawHttp;
import org.occucompare.web.TestServer;
import org.occucompare.web.security.SecurityHeaders;

/**
 * One error contract for every response, including the requests Jetty refuses before they reach the app: JSON
 * under {@code /api}, the HTML error page elsewhere, the security headers always; 405 with {@code Allow} for other
 * methods; method overrides ignored. Sent over raw sockets, since {@code java.net.http} refuses such requests.
 */
class ErrorContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "a".repeat(10_000);
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int port() {
        return server.baseUri().getPort();
    }

    private static RawHttp.Response send(String method, String target, String... headers) throws Exception {
        return RawHttp.send(port(), method, target, headers);
    }

    private static void assertSecurityHeaders(RawHttp.Response response) {
        SecurityHeaders.HEADERS.forEach((name, value) -> assertThat(response.header(name)).as(name).hasValue(value));
    }

    private static JsonNode jsonError(RawHttp.Response response) throws Exception {
        assertThat(response.mediaType()).isEqualTo("application/json");
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isNotBlank();
        assertThat(error.get("message").asText()).isNotBlank();
        return error;
    }

    private static void assertErrorPage(RawHttp.Response response) {
        assertThat(response.mediaType()).isEqualTo("text/html");
        assertThat(response.body()).contains("id=\"error-message\"").doesNotContain("HTTP ERROR", "org.eclipse",
                "Exception");
    }

    @Test
    void headers_too_large_under_api_are_a_431_json_error_with_the_security_headers() throws Exception {
        RawHttp.Response response = send("GET", "/api/health", "X-Padding: " + LONG);

        assertThat(response.status()).isEqualTo(431);
        assertSecurityHeaders(response);
        JsonNode error = jsonError(response);
        assertThat(error.get("code").asText()).isEqualTo("REQUEST_HEADER_FIELDS_TOO_LARGE");
        assertThat(error.get("message").asText()).contains("send fewer or smaller headers");
    }

    @Test
    void headers_too_large_on_a_page_are_a_431_error_page() throws Exception {
        RawHttp.Response response = send("GET", "/compare", "X-Padding: " + LONG);

        assertThat(response.status()).isEqualTo(431);
        assertSecurityHeaders(response);
        assertErrorPage(response);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/api/a/..;/b|400", "/api/%2e%2e;/health|400"})
    void an_ambiguous_path_under_api_is_a_json_error(String target, int status) throws Exception {
        RawHttp.Response response = send("GET", target);

        assertThat(response.status()).isEqualTo(status);
        assertSecurityHeaders(response);
        assertThat(jsonError(response).get("message").asText()).contains("Ambiguous");
    }

    @Test
    void an_expectation_the_server_cannot_meet_is_a_417_json_error_under_api() throws Exception {
        RawHttp.Response response = send("GET", "/api/health", "Expect: 100-nonsense");

        assertThat(response.status()).isEqualTo(417);
        assertSecurityHeaders(response);
        assertThat(jsonError(response).get("code").asText()).isEqualTo("EXPECTATION_FAILED");
    }

    @Test
    void a_request_line_too_long_to_read_is_a_414_error_page_with_the_security_headers() throws Exception {
        RawHttp.Response response = send("GET", "/api/occupations?q=" + LONG);

        assertThat(response.status()).isEqualTo(414);
        assertSecurityHeaders(response);
        assertErrorPage(response);
        assertThat(response.body()).contains("compare fewer occupations or places");
    }

    @Test
    void an_unsupported_http_version_is_a_505_error_page_with_the_security_headers() throws Exception {
        RawHttp.Response response = RawHttp.exchange(port(), "GET /api/health HTTP/3.0\r\nHost: x\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));

        assertThat(response.status()).isEqualTo(505);
        assertSecurityHeaders(response);
        assertErrorPage(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/x\u0001y", "/api/%00", "/a b/c"})
    void a_request_line_with_control_characters_is_a_400_error_page_with_the_security_headers(String target)
            throws Exception {
        RawHttp.Response response = send("GET", target);

        assertThat(response.status()).isEqualTo(400);
        assertSecurityHeaders(response);
        assertErrorPage(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "TRACE", "BREW"})
    void another_method_on_an_api_route_is_a_405_json_error_with_allow(String method) throws Exception {
        RawHttp.Response response = send(method, "/api/occupations/29-1141.00", "Content-Length: 0");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertSecurityHeaders(response);
        JsonNode error = jsonError(response);
        assertThat(error.get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(error.get("message").asText()).startsWith(method + " is not allowed at /api/occupations/");
    }

    @Test
    void another_method_on_a_page_is_a_405_error_page_with_allow() throws Exception {
        RawHttp.Response response = send("POST", "/compare?occupations=29-1141.00", "Content-Length: 0");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertSecurityHeaders(response);
        assertErrorPage(response);
    }

    @Test
    void another_method_on_an_unknown_path_stays_a_404() throws Exception {
        RawHttp.Response response = send("POST", "/api/no-such-thing", "Content-Length: 0");

        assertThat(response.status()).isEqualTo(404);
        assertThat(jsonError(response).get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void options_answers_the_allowed_methods_without_a_body() throws Exception {
        RawHttp.Response response = send("OPTIONS", "/api/compare");

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertSecurityHeaders(response);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void head_answers_what_get_answers_without_the_body() throws Exception {
        RawHttp.Response found = send("HEAD", "/api/health");
        RawHttp.Response missing = send("HEAD", "/api/occupations/99-9999.99");
        RawHttp.Response get = send("GET", "/api/health");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.mediaType()).isEqualTo("application/json");
        assertThat(found.header("Content-Length")).hasValue(String.valueOf(
                get.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(found.body()).isEmpty();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.mediaType()).isEqualTo("application/json");
        assertThat(missing.body()).isEmpty();
        assertSecurityHeaders(missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"})
    void a_method_override_header_is_ignored(String header) throws Exception {
        RawHttp.Response post = send("POST", "/api/health", header + ": GET", "Content-Length: 0");
        RawHttp.Response get = send("GET", "/api/health", header + ": DELETE");

        assertThat(post.status()).isEqualTo(405);
        assertThat(get.status()).isEqualTo(200);
    }
}
