package org.occucompare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.occucompare.web.RawHttp;
import org.occucompare.web.TestServer;

/**
 * Input that does not decode is refused with a 400 naming the parameter, never dropped or read as something else;
 * search text is matched literally, wildcards included. Sent over raw sockets: {@code java.net.http} refuses such
 * addresses.
 */
class StrictInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TWO = "occupations=29-1141.00,29-2061.00";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RawHttp.Response get(String target) throws Exception {
        return RawHttp.send(server.baseUri().getPort(), "GET", target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/compare?" + TWO + "&locations=CA,%zz|locations|%zz",
        "/api/compare.csv?" + TWO + "&locations=CA%2|locations|%2",
        "/api/charts/wages.png?" + TWO + "&scale=9%zz|scale|%zz",
        "/api/occupations?q=nurse%C3%28|q|UTF-8",
        "/api/occupations?q=%|q|%",
        "/api/occupations/29-1141.00?location=C%4|location|%4",
        "/api/compare?" + TWO + "&%zz=1|%zz|%zz"})
    void a_malformed_escape_in_the_query_is_a_400_json_error_naming_the_parameter(String target, String parameter,
            String detail) throws Exception {
        RawHttp.Response response = get(target);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.mediaType()).isEqualTo("application/json");
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(error.get("message").asText()).startsWith("Parameter " + parameter + " ").contains(detail);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/compare?" + TWO + "&locations=CA,%zz", "/search?q=nurse%zz",
        "/occupations/29-1141.00?location=%C3"})
    void a_malformed_escape_in_the_query_of_a_page_is_a_400_page_naming_the_parameter(String target)
            throws Exception {
        RawHttp.Response response = get(target);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.mediaType()).isEqualTo("text/html");
        assertThat(response.body()).contains("That request has a bad parameter").contains("Parameter ");
    }

    @Test
    void a_literal_percent_sign_written_as_25_is_accepted() throws Exception {
        RawHttp.Response response = get("/api/occupations?q=100%25");

        assertThat(response.status()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("query").asText()).isEqualTo("100%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/occupations/29-1141.0%zz", "/occupations/29-1141.0%zz", "/api/charts/%zz.png",
        "/api/occupations/29-1141.00%00"})
    void a_malformed_escape_in_the_path_is_a_400_error_page_with_the_security_headers(String target)
            throws Exception {
        RawHttp.Response response = get(target);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.header("Content-Security-Policy")).isPresent();
        assertThat(response.body()).contains("%25").doesNotContain("HTTP ERROR", "org.eclipse", "Exception");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/api/occupations/29-1141.00%C3%28|UTF-8",
        "/api/occupations/29-1141.0%u0030|UTF-16", "/api/similar/29-1141.00%E2%82|UTF-8"})
    void escapes_in_the_path_that_are_not_utf8_are_a_400_json_error_under_api(String target, String reason)
            throws Exception {
        RawHttp.Response response = get(target);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.mediaType()).isEqualTo("application/json");
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("message").asText()).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%25", "_", "%25%25", "a%25", "__"})
    void like_wildcards_in_a_search_match_only_themselves(String q) throws Exception {
        RawHttp.Response response = get("/api/occupations?q=" + q);

        assertThat(response.status()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("results")).isEmpty();
    }
}
