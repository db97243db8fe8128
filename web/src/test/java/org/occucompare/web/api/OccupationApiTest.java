package org.occucompare.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.occucompare.web.TestServer;

/** {@code /api/occupations} over the bundled sample, on a real server. */
class OccupationApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    @Test
    void search_finds_titles_and_honours_the_limit() throws Exception {
        HttpResponse<String> response = server.get("/api/occupations?q=nurse&limit=3");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("query").asText()).isEqualTo("nurse");
        assertThat(body.get("results")).hasSize(3);
        assertThat(body.get("results").findValuesAsText("code")).contains("29-1141.00");
    }

    @Test
    void search_finds_an_occupation_by_its_code() throws Exception {
        JsonNode body = json(server.get("/api/occupations?q=15-1252.00"));

        assertThat(body.get("results").get(0).get("title").asText()).isEqualTo("Software Developers");
    }

    @Test
    void sections_narrow_one_occupation_and_an_unknown_section_is_a_400_listing_the_ids() throws Exception {
        JsonNode wages = json(server.get("/api/occupations/29-1141.00?sections=wages"));
        JsonNode all = json(server.get("/api/occupations/29-1141.00"));
        HttpResponse<String> unknown = server.get("/api/occupations/29-1141.00?sections=wages,salary");

        assertThat(JSON.convertValue(wages.get("requestedSections"), String[].class)).containsExactly("WAGES");
        assertThat(wages.get("skills")).isEmpty();
        assertThat(wages.at("/wages/estimates")).isNotEmpty();
        assertThat(all.get("skills")).isNotEmpty();
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("sections").contains("'salary' is not a section").contains("work-values");
    }

    @Test
    void one_occupation_states_the_kind_of_each_wage_amount() throws Exception {
        HttpResponse<String> response = server.get("/api/occupations/11-1011.00");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode national = json(response).at("/wages/estimates").findParents("rateType").stream()
                .filter(e -> e.at("/area/key").asText().equals("US") && e.get("rateType").asText().equals("ANNUAL"))
                .findFirst().orElseThrow();
        // OEWS May 2024 national file, Chief Executives 11-1011: A_MEDIAN 206,420; A_PCT75 published as ">= 239,200"
        assertThat(national.at("/median/kind").asText()).isEqualTo("figure");
        assertThat(national.at("/median/usd").asDouble()).isEqualTo(206_420.0);
        assertThat(national.at("/p75/kind").asText()).isEqualTo("topCoded");
        assertThat(national.at("/p75/atLeastUsd").asDouble()).isEqualTo(239_200.0);
        assertThat(national.at("/p75/topCoded").asBoolean()).isTrue();
    }

    @Test
    void one_occupation_at_a_state_carries_the_state_wages() throws Exception {
        JsonNode body = json(server.get("/api/occupations/29-1141.00?location=CA"));

        JsonNode california = body.at("/wages/estimates").findParents("rateType").stream()
                .filter(e -> e.at("/area/key").asText().equals("CA") && e.get("rateType").asText().equals("ANNUAL"))
                .findFirst().orElseThrow();
        // OEWS May 2024 state file: California, 29-1141, A_MEDIAN 140,330
        assertThat(california.at("/median/usd").asDouble()).isEqualTo(140_330.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/occupations|q",
        "/api/occupations?q=nurse&limit=0|limit",
        "/api/occupations?q=nurse&limit=abc|limit",
        "/api/occupations/29-114|code",
        "/api/occupations/29-1141.00?location=Atlantis|location"})
    void bad_parameters_are_400_naming_the_parameter(String path, String parameter) throws Exception {
        HttpResponse<String> response = server.get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(error.get("message").asText()).startsWith("Parameter " + parameter + " ");
    }

    @Test
    void unknown_occupation_is_a_404_with_suggestions() throws Exception {
        HttpResponse<String> response = server.get("/api/occupations/29-1199.00");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("NOT_FOUND");
        // the sample's occupations of SOC minor group 29-11
        assertThat(error.get("message").asText()).contains("29-1199.00").contains("Did you mean")
                .contains("29-1141.00 (Registered Nurses)").contains("29-1171.00 (Nurse Practitioners)");
        // the same suggestions, for a program: the unknown input and its suggestions by code and title
        JsonNode unknown = error.get("unknown").get(0);
        assertThat(unknown.get("input").asText()).isEqualTo("29-1199.00");
        assertThat(unknown.get("suggestions").findValuesAsText("code")).contains("29-1141.00", "29-1171.00");
        assertThat(unknown.get("suggestions").findValuesAsText("title")).contains("Registered Nurses");
    }
}
