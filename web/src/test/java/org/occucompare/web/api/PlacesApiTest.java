package org.occucompare.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occucompare.web.TestServer;

/**
 * Places on the bundled sample, on a real server: its metro rows are OEWS May 2025 (Chicago-Naperville-Elgin RN median
 * $100,490, Software Developers $134,380), its state and national rows May 2024 (Illinois RN median $86,410, the
 * nation's $93,600), as the official files publish them.
 */
class PlacesApiTest {
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

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode annual(JsonNode occupation, String areaKey) {
        return occupation.at("/wages/estimates").findParents("rateType").stream()
                .filter(e -> e.at("/area/key").asText().equals(areaKey) && e.get("rateType").asText().equals("ANNUAL"))
                .findFirst().orElseThrow(() -> new AssertionError("no annual estimate for " + areaKey));
    }

    @Test
    void one_occupation_in_a_city_has_the_metro_its_state_and_the_nation_each_with_its_year() throws Exception {
        HttpResponse<String> response = server.get("/api/occupations/29-1141.00?location=" + encode("Chicago, IL"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(OccupationApiController.PLACE_HEADER))
                .hasValue("Chicago, IL -> Chicago-Naperville-Elgin, IL-IN metro area (a city named in its title)");
        JsonNode body = JSON.readTree(response.body());
        JsonNode metro = annual(body, "area:16980");
        assertThat(metro.at("/median/usd").asDouble()).isEqualTo(100_490);
        assertThat(metro.get("year").asInt()).isEqualTo(2025);
        assertThat(metro.get("areaName").asText()).isEqualTo("Chicago-Naperville-Elgin, IL-IN");
        assertThat(annual(body, "IL").at("/median/usd").asDouble()).isEqualTo(86_410);
        assertThat(annual(body, "IL").get("year").asInt()).isEqualTo(2024);
        assertThat(annual(body, "US").at("/median/usd").asDouble()).isEqualTo(93_600);
    }

    @Test
    void an_area_code_a_zip_code_and_a_bad_place_are_answered_as_such() throws Exception {
        JsonNode austin = JSON.readTree(server.get("/api/occupations/15-1252.00?location=12420").body());
        assertThat(annual(austin, "area:12420").at("/median/usd").asDouble()).isEqualTo(134_120);

        // GeoNames puts 60601 in Cook County, IL; the OEWS area definitions put Cook County in 16980
        HttpResponse<String> zip = server.get("/api/occupations/29-1141.00?location=60601");
        assertThat(zip.headers().firstValue(OccupationApiController.PLACE_HEADER)).hasValue("ZIP 60601 -> Cook"
                + " County, IL -> Chicago-Naperville-Elgin, IL-IN metro area (county by GeoNames; area by the OEWS area"
                + " definitions)");
        JsonNode loop = JSON.readTree(zip.body());
        assertThat(annual(loop, "area:16980").at("/median/usd").asDouble()).isEqualTo(100_490);
        assertThat(annual(loop, "IL").at("/median/usd").asDouble()).isEqualTo(86_410);
        assertThat(annual(loop, "US").at("/median/usd").asDouble()).isEqualTo(93_600);
        // a ZIP code whose county has no area in the county table (38655, Oxford, Lafayette County, MS) is its state
        HttpResponse<String> oxford = server.get("/api/occupations/29-1141.00?location=38655");
        assertThat(oxford.statusCode()).isEqualTo(200);
        assertThat(oxford.headers().firstValue(OccupationApiController.PLACE_HEADER)).hasValue("ZIP 38655 ->"
                + " Lafayette County, MS -> Mississippi (by its USPS three-digit prefix 386; the county table gives"
                + " this county no OEWS area, so the state's wages answer)");

        HttpResponse<String> military = server.get("/api/occupations/29-1141.00?location=09001");
        assertThat(military.statusCode()).isEqualTo(400);
        assertThat(military.body()).contains("location").contains("give a state, a city or another ZIP code");
    }

    @Test
    void a_city_no_metro_title_names_is_the_metro_its_zip_codes_lie_in() throws Exception {
        HttpResponse<String> response = server.get("/api/compare?occupations=29-1141.00,15-1252.00&locations="
                + encode("Evanston, IL"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/report/locations").findValuesAsText("key")).containsExactly("area:16980", "IL", "US");
        assertThat(body.get("places").get(0).asText()).isEqualTo("Evanston, IL → Cook County, IL →"
                + " Chicago-Naperville-Elgin, IL-IN metro area (county of its ZIP codes by GeoNames; area by the OEWS"
                + " area definitions)");
    }

    @Test
    void a_comparison_in_a_city_sets_the_metro_beside_its_state_and_the_nation_and_says_the_years_differ()
            throws Exception {
        HttpResponse<String> response = server.get("/api/compare?occupations=29-1141.00,15-1252.00&locations="
                + encode("Chicago, IL"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        List<String> places = body.at("/report/locations").findValuesAsText("key");
        assertThat(places).containsExactly("area:16980", "IL", "US");
        assertThat(body.get("places").get(0).asText())
                .isEqualTo("Chicago, IL → Chicago-Naperville-Elgin, IL-IN metro area (a city named in its title)");
        assertThat(body.get("places").get(1).asText()).isEqualTo("The wages compared are of different OEWS years:"
                + " May 2025 for Chicago-Naperville-Elgin, IL-IN; May 2024 for Illinois, United States (each place"
                + " shows its newest).");
        // and both OEWS releases are named among the sources and cited, as is the wage chart's caption
        assertThat(body.get("sources").findValuesAsText("vintage")).contains("May 2025", "May 2024");
        assertThat(body.get("cite").toString()).contains("Occupational Employment and Wage Statistics, May 2025",
                "Occupational Employment and Wage Statistics, May 2024");
        assertThat(server.get("/api/charts/wages.svg?occupations=29-1141.00,15-1252.00&locations="
                + encode("Chicago, IL")).body()).contains("Sources: Occupational Employment and Wage Statistics, May"
                + " 2025; Occupational Employment and Wage Statistics, May 2024.", "The wages compared are of"
                + " different OEWS years: May 2025 for Chicago-Naperville-Elgin, IL-IN; May 2024 for Illinois,"
                + " United States");
    }

    @Test
    void the_compare_page_offers_a_place_search_over_the_areas_and_shows_the_notes() throws Exception {
        HttpResponse<String> page = server.get("/compare?occupations=29-1141.00,15-1252.00&locations="
                + encode("Chicago, IL"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"place-notes\"").contains("Chicago-Naperville-Elgin, IL-IN metro area")
                .contains("<option value=\"Austin-Round Rock-San Marcos, TX\">12420</option>")
                .contains("<option value=\"South Illinois nonmetropolitan area\">1700004</option>");

        HttpResponse<String> added = server.get("/compare?occupations=29-1141.00,15-1252.00&locations=US"
                + "&addLocation=" + encode("Austin-Round Rock-San Marcos, TX"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .contains("locations=US,Austin").contains("TX"));
    }

    @Test
    void one_occupation_across_the_metro_areas_highest_median_first_and_across_the_states() throws Exception {
        JsonNode metros = JSON.readTree(server.get("/api/occupations/15-1252.00/places?level=metro").body());

        assertThat(metros.get("level").asText()).isEqualTo("metro");
        List<String> keys = metros.get("places").findValuesAsText("key");
        assertThat(keys).hasSize(10).contains("area:16980", "area:12420");
        // May 2025 metro files: San Francisco-Oakland-Fremont 15-1252 median 186,640 is the highest of the ten
        assertThat(keys.get(0)).isEqualTo("area:41860");
        JsonNode chicago = metros.get("places").findParents("place").stream()
                .filter(p -> p.at("/place/key").asText().equals("area:16980")).findFirst().orElseThrow();
        assertThat(chicago.at("/annualMedian/usd").asDouble()).isEqualTo(134_380);
        assertThat(chicago.get("year").asInt()).isEqualTo(2025);

        JsonNode states = JSON.readTree(server.get("/api/occupations/29-1141.00/places").body());
        assertThat(states.get("level").asText()).isEqualTo("state");
        // May 2024 state file: California's RN median 140,330 is the highest
        assertThat(states.at("/places/0/place/key").asText()).isEqualTo("CA");
        assertThat(states.at("/places/0/annualMedian/usd").asDouble()).isEqualTo(140_330);

        assertThat(server.get("/api/occupations/29-1141.00/places?level=county").statusCode()).isEqualTo(400);
        HttpResponse<String> page = server.get("/occupations/15-1252.00/places?level=metro");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"places\"").contains("Chicago-Naperville-Elgin, IL-IN")
                .contains("$134,380").contains("May 2025");

        HttpResponse<String> occupation = server.get("/occupations/29-1141.00?location=" + encode("Chicago, IL"));
        assertThat(occupation.body()).contains("id=\"place-note\"")
                .contains("Chicago, IL → Chicago-Naperville-Elgin, IL-IN metro area").contains("$100,490");
    }
}
