package org.occucompare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.occucompare.web.TestServer;

/** The HTML pages over the bundled sample, on a real server; one store row carries a hostile title. */
class PagesTest {
    private static final String HOSTILE = "<script>alert('x')</script> Chemists & \"Co\"";
    private static TestServer server;

    @BeforeAll
    static void start_with_a_hostile_title() throws Exception {
        server = TestServer.start();
        String url = server.databaseUrl();
        // a second connection to the same embedded database, as an importer of a hostile file would leave it
        try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement update = connection.prepareStatement(
                        "update occupation set title = ?, title_lower = ? where code = '19-2031.00'")) {
            update.setString(1, HOSTILE);
            update.setString(2, HOSTILE.toLowerCase(java.util.Locale.ROOT));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void home_page_has_the_search_form_that_works_without_javascript_and_examples() throws Exception {
        String body = server.get("/").body();

        assertThat(body).contains("<form class=\"search\" action=\"/search\" method=\"get\"");
        assertThat(body).contains("name=\"q\"").contains("href=\"/compare?occupations=15-1252.00,15-1211.00");
        assertThat(body).doesNotContain("<script>").contains("<script src=\"/js/occucompare.js\" defer></script>");
    }

    @Test
    void every_example_comparison_of_the_home_page_answers() throws Exception {
        String body = server.get("/").body();
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("href=\"(/compare\\?[^\"]+)\"").matcher(body);
        int count = 0;
        while (links.find()) {
            String path = links.group(1).replace("&amp;", "&");
            assertThat(server.get(path).statusCode()).as(path).isEqualTo(200);
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(4);
    }

    @Test
    void search_page_lists_matches_with_links_to_their_pages() throws Exception {
        HttpResponse<String> response = server.get("/search?q=software");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<a href=\"/occupations/15-1252.00\">Software Developers</a>");
    }

    @Test
    void occupation_page_shows_wages_with_source_and_vintage_and_top_codes_as_bounds() throws Exception {
        String body = server.get("/occupations/11-1011.00").body();

        // OEWS May 2024 national file, Chief Executives: A_MEDIAN 206,420, A_PCT75 and A_PCT90 ">= 239,200"
        assertThat(body).contains("<td>$206,420</td>").contains("≥ $239,200");
        assertThat(body).contains("title=\"Source: Occupational Employment and Wage Statistics, May 2024\"");
    }

    @Test
    void occupation_page_on_the_embedded_default_says_which_sections_need_a_token() throws Exception {
        String body = server.get("/occupations/29-1141.00").body();

        assertThat(body).contains("Available with a CareerOneStop token")
                .contains("<h2 id=\"abilities-h\">Abilities</h2>")
                .contains("<th scope=\"col\">Mean</th>");
    }

    @Test
    void occupation_page_opens_with_the_figures_at_a_glance_and_a_table_of_contents() throws Exception {
        String body = server.get("/occupations/29-1141.00?location=CA").body();

        // OEWS May 2024: Registered Nurses' annual median is $140,330 in California and $93,600 in the nation
        String glance = body.substring(body.indexOf("class=\"glance\""), body.indexOf("class=\"toc\""));
        assertThat(glance).contains("Median annual wage, California</dt><dd>$140,330")
                .contains("Median annual wage, United States</dt><dd>$93,600").contains("Typical entry education");
        assertThat(body).contains("<a href=\"#wages-h\">").contains("id=\"wages-h\"")
                .contains("<a href=\"#links-h\">").contains("id=\"links-h\"");
    }

    @Test
    void an_occupation_in_a_city_names_the_oews_year_of_each_place_when_they_differ() throws Exception {
        String body = server.get("/occupations/29-1141.00?location=Chicago%2C+IL").body();

        // the sample: the Chicago metro file is OEWS May 2025, the Illinois and national rows May 2024
        String glance = body.substring(body.indexOf("class=\"glance\""), body.indexOf("class=\"toc\""));
        assertThat(glance).contains("Median annual wage, Chicago-Naperville-Elgin, IL-IN (May 2025)</dt><dd>$100,490")
                .contains("Median annual wage, United States (May 2024)</dt><dd>$93,600");
        String wages = body.substring(body.indexOf("<table id=\"wages\""), body.indexOf("id=\"outlook-h\""));
        assertThat(wages).contains("<tr title=\"Source: Occupational Employment and Wage Statistics, May 2025\">")
                .contains("Chicago-Naperville-Elgin, IL-IN, annual (May 2025)").contains("Illinois, annual (May 2024)")
                .contains("<p class=\"source\">Sources: Occupational Employment and Wage Statistics, May 2024;"
                        + " Occupational Employment and Wage Statistics, May 2025. Each place shows its newest OEWS"
                        + " year; the rows name theirs.</p>");
    }

    @Test
    void long_lists_keep_every_entry_in_the_page_the_rest_behind_a_disclosure() throws Exception {
        String body = server.get("/occupations/11-1011.00").body();
        JsonNode api = new ObjectMapper().readTree(server.get("/api/occupations/11-1011.00").body());
        int tasks = api.get("tasks").size();
        int skills = 0;
        for (JsonNode skill : api.get("skills")) {
            skills += skill.path("importance").isNumber() ? 1 : 0;
        }

        int taskStart = body.indexOf("id=\"tasks\"");
        String taskList = body.substring(taskStart, body.indexOf("</div>", taskStart));
        assertThat(tasks).as("tasks of the sample's Chief Executives").isGreaterThan(10);
        assertThat(taskList.split("<li>", -1)).hasSize(tasks + 1);
        assertThat(taskList).contains("<details class=\"more\"><summary>" + (tasks - 8) + " more tasks (" + tasks
                + " in all)</summary>");
        String skillList = body.substring(body.indexOf("id=\"skills-h\""), body.indexOf("</section>",
                body.indexOf("id=\"skills-h\"")));
        assertThat(skillList.split("<li>", -1)).as("every rated skill").hasSize(skills + 1);
        assertThat(skillList).contains("<ol start=\"11\">");
    }

    @Test
    void occupation_with_inherited_wages_carries_a_visible_marker() throws Exception {
        String body = server.get("/occupations/29-1141.01?location=CA").body();

        assertThat(body).contains("class=\"marker inherited\"").contains("29-1141 Registered Nurses");
        // OEWS May 2024 state file: California, 29-1141, A_MEDIAN 140,330
        assertThat(body).contains("<td>$140,330</td>");
    }

    @Test
    void hostile_title_is_escaped_on_every_page_that_shows_it() throws Exception {
        for (String path : new String[] {"/occupations/19-2031.00", "/search?q=chemists", "/search?q=19-2031.00",
            "/compare?occupations=19-2031.00,15-1252.00", "/compare?occupations=15-1252.00,19-2031.00&locations=CA"}) {
            String body = server.get(path).body();

            assertThat(body).as(path).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        }
        // the SVG chart writes the hostile title as text: escaped, never markup
        String svg = server.get("/api/charts/wages.svg?occupations=19-2031.00,15-1252.00").body();
        assertThat(svg).startsWith("<?xml").doesNotContain("<script").contains("&lt;script&gt;alert(");
    }

    @Test
    void hostile_query_is_escaped_on_the_search_page() throws Exception {
        String body = server.get("/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E").body();

        assertThat(body).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void unknown_occupation_is_a_404_page_saying_so() throws Exception {
        HttpResponse<String> response = server.get("/occupations/29-1199.00");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<h1>Not found</h1>").contains("29-1199.00")
                .contains("Did you mean").contains("29-1141.00 (Registered Nurses)")
                .contains("<a href=\"/occupations/29-1141.00\">Registered Nurses (29-1141.00)</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/occupations/nonsense", "/occupations/29-1141.00?location=Atlantis", "/search",
        "/search?q="})
    void bad_parameter_is_a_400_page_naming_it(String path) throws Exception {
        HttpResponse<String> response = server.get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("That request has a bad parameter").contains("Parameter ");
    }

    @Test
    void every_page_carries_the_onet_attribution_and_the_careeronestop_citation() throws Exception {
        for (String path : new String[] {"/", "/search?q=nurse", "/occupations/29-1141.00", "/api/docs", "/nope"}) {
            String body = server.get(path).body();

            assertThat(body).as(path).contains("id=\"attribution\"").contains("id=\"careeronestop-citation\"")
                    .contains("O*NET® is a trademark of");
        }
    }
}
