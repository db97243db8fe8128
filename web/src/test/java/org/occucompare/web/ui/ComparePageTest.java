package org.occucompare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occucompare.web.TestServer;

/** The compare page over the bundled sample, on a real server: the URL is the state. */
class ComparePageTest {
    private static final String PAGE = "/compare?occupations=15-1252.00,15-1211.00,11-1011.00&locations=US,CA"
            + "&reference=15-1252.00";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void page_shows_the_occupations_side_by_side_with_sources_and_top_codes() throws Exception {
        HttpResponse<String> response = server.get(PAGE);

        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body();
        // OEWS May 2024: Software Developers 15-1252 national A_MEDIAN 133,080; Chief Executives A_PCT90 >= 239,200
        assertThat(body).contains("<td>$133,080</td>").contains("≥ $239,200");
        assertThat(body).contains("title=\"Source: Occupational Employment and Wage Statistics, May 2024\"");
        assertThat(body).contains("id=\"citations\"").contains("O*NET® is a trademark of USDOL/ETA");
        assertThat(body).contains("id=\"wages-annual\"", "id=\"wages-hourly\"", "id=\"projections\"",
                "id=\"education\"", "id=\"skills\"", "id=\"metrics\"");
    }

    @Test
    void every_chart_has_its_image_and_three_downloads_beside_its_own_table_in_its_section() throws Exception {
        String body = server.get(PAGE).body();

        for (String kind : new String[] {"wages", "locations", "growth", "skills"}) {
            assertThat(body).contains("id=\"chart-" + kind + "\"",
                    "<img src=\"/api/charts/" + kind + ".png?occupations=15-1252.00,15-1211.00,11-1011.00",
                    "href=\"/api/charts/" + kind + ".svg?", "href=\"/api/charts/" + kind + ".pdf?");
        }
        // each chart in the section of its figures, the figures in one table each: no second copies
        assertThat(sectionOf(body, "wages-h")).contains("id=\"chart-wages\"", "id=\"chart-locations\"",
                "id=\"wages-annual\"");
        assertThat(sectionOf(body, "outlook-h")).contains("id=\"chart-growth\"", "id=\"projections\"");
        assertThat(sectionOf(body, "skills-h")).contains("id=\"chart-skills\"", "id=\"skill-overlap\"");
        assertThat(body).doesNotContain("<h2>Charts</h2>").doesNotContain("chart-table-");
        for (String table : new String[] {"wages-annual", "wages-hourly", "projections", "skill-overlap"}) {
            assertThat(body.split("<table[^>]* id=\"" + table + "\"", -1)).as(table).hasSize(2);
        }
        assertThat(body).contains("id=\"download-csv\" href=\"/api/compare.csv?occupations=")
                .contains("id=\"download-json\" href=\"/api/compare?occupations=");
    }

    @Test
    void page_opens_with_each_occupation_at_a_glance_and_a_table_of_contents() throws Exception {
        String body = server.get(PAGE).body();

        String glance = body.substring(body.indexOf("id=\"glance-table\""), body.indexOf("class=\"toc\""));
        assertThat(glance).contains("<th scope=\"col\">Median annual wage, United States</th>",
                "<th scope=\"col\">Median annual wage, California</th>", "Projected growth, United States",
                "Typical entry education", "Bright Outlook");
        for (String code : new String[] {"15-1252.00", "15-1211.00", "11-1011.00"}) {
            assertThat(glance).contains("<a href=\"/occupations/" + code + "\">");
        }
        // each median at a glance is the one in the wage table, and no figure reads 0
        assertThat(glance).doesNotContain("$0").doesNotContain(">0<");
        String annual = sectionOf(body, "wages-h");
        java.util.regex.Matcher median = java.util.regex.Pattern.compile("<td>(\\$[0-9,]+)</td>").matcher(glance);
        int medians = 0;
        while (median.find()) {
            assertThat(annual).contains("<td>" + median.group(1) + "</td>");
            medians++;
        }
        assertThat(medians).as("medians at a glance").isGreaterThanOrEqualTo(4);
        for (String anchor : new String[] {"selection-h", "wages-h", "outlook-h", "education-h", "skills-h",
            "metrics-h", "notes-h"}) {
            assertThat(body).contains("<a href=\"#" + anchor + "\">").contains("id=\"" + anchor + "\"");
        }
    }

    @Test
    void a_comparison_in_a_state_alone_still_shows_the_median_in_the_nation_at_a_glance() throws Exception {
        String body = server.get("/compare?occupations=15-1252.00,15-1211.00&locations=TX").body();

        String glance = body.substring(body.indexOf("id=\"glance-table\""), body.indexOf("class=\"toc\""));
        assertThat(glance).contains("Median annual wage, Texas</th>", "Median annual wage, United States</th>");
    }

    /** The page from a heading to the next h2. */
    private static String sectionOf(String body, String heading) {
        int start = body.indexOf("id=\"" + heading + "\"");
        assertThat(start).as(heading).isPositive();
        int end = body.indexOf("<h2", start);
        return body.substring(start, end < 0 ? body.length() : end);
    }

    @Test
    void selection_changes_are_links_and_plain_forms() throws Exception {
        String body = server.get(PAGE).body();

        // removing Chief Executives keeps the others, the places and the reference
        assertThat(body).contains("href=\"/compare?occupations=15-1252.00,15-1211.00&amp;locations=US,CA"
                + "&amp;reference=15-1252.00\"");
        assertThat(body).contains("href=\"/compare?occupations=15-1252.00,15-1211.00,11-1011.00&amp;locations=US,CA"
                + "&amp;reference=15-1211.00\">make reference</a>");
        assertThat(body).contains("<form class=\"inline\" action=\"/compare\" method=\"get\" id=\"add-occupation\">");
    }

    @Test
    void adding_an_occupation_or_a_place_redirects_to_the_new_address() throws Exception {
        HttpResponse<String> added = server.get("/compare?occupations=15-1252.00,15-1211.00&locations=US"
                + "&reference=15-1252.00&add=29-1141.00");
        HttpResponse<String> place = server.get("/compare?occupations=15-1252.00,15-1211.00&locations=US"
                + "&reference=15-1252.00&addLocation=TX");

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location")).hasValue("/compare?occupations=15-1252.00,15-1211.00,"
                + "29-1141.00&locations=US&reference=15-1252.00");
        assertThat(place.headers().firstValue("Location")).hasValue("/compare?occupations=15-1252.00,15-1211.00"
                + "&locations=US,TX&reference=15-1252.00");
    }

    @Test
    void compare_with_from_the_occupation_page_adds_the_second_occupation_at_that_place() throws Exception {
        HttpResponse<String> response = server.get("/compare?occupations=29-1141.00&locations=CA&add=29-1171.00");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/compare?occupations=29-1141.00,29-1171.00"
                + "&locations=CA&reference=29-1141.00");
    }

    @Test
    void unknown_code_in_the_link_is_named_with_suggestions() throws Exception {
        HttpResponse<String> response = server.get("/compare?occupations=15-1252.00,15-1211.00,Registered%20Nurse");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("class=\"unknown\"").contains("“Registered Nurse” matches no occupation")
                .contains("Registered Nurses (29-1141.00)");
    }

    @Test
    void link_of_only_unknown_codes_is_a_404_page() throws Exception {
        HttpResponse<String> response = server.get("/compare?occupations=29-1199.00,29-1198.00");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>Not found</h1>").contains("29-1199.00");
    }

    @Test
    void too_many_occupations_is_a_400_page_saying_why() throws Exception {
        HttpResponse<String> response = server.get("/compare?occupations=11-1011.00,11-1021.00,11-3031.00,"
                + "11-9111.00,13-1111.00,13-2011.00,15-1211.00,15-1212.00,15-1252.00,15-2051.00,17-2051.00");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("That request has a bad parameter").contains("10");
    }

    @Test
    void occupation_page_lists_similar_occupations_that_link_to_a_comparison() throws Exception {
        String body = server.get("/occupations/29-1141.00").body();

        assertThat(body).contains("<ul id=\"similar\">").contains("href=\"/compare?occupations=29-1141.00,");
    }
}
