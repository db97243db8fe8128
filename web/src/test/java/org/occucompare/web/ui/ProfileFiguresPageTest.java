package org.occucompare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occucompare.web.TestServer;

/**
 * The interest, attainment and industry figures on the occupation and compare pages of the bundled sample: each
 * chart beside its data table in its section, with its downloads; industries, which only the CareerOneStop API has,
 * say so. Figures: O*NET 30.1 {@code Interests.txt} (15-1252.00 Investigative 5.86) and Employment Projections table
 * 5.3 (15-1252 Bachelor's degree 51.9 %, 29-1141 54.4 %).
 */
class ProfileFiguresPageTest {
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
    void the_occupation_page_shows_each_chart_beside_its_table_in_its_section() throws Exception {
        String page = server.get("/occupations/15-1252.00").body();

        String interests = section(page, "<h2 id=\"interests-h\">");
        assertThat(interests).contains("<figure class=\"chart\" id=\"interests\">",
                "src=\"/api/charts/interests.png?occupations=15-1252.00&amp;width_mm=152.4&amp;dpi=192\"",
                "href=\"/api/charts/interests.csv?occupations=15-1252.00\"",
                "<th scope=\"row\">Investigative</th><td>5.86</td>");
        String education = section(page, "<h2 id=\"education-h\">");
        assertThat(education).contains("<figure class=\"chart\" id=\"attainment\">",
                "<th scope=\"row\">Bachelor's degree</th><td>51.9 %</td>",
                "href=\"/api/charts/attainment.svg?occupations=15-1252.00\"");
        String outlook = section(page, "<h2 id=\"outlook-h\">");
        assertThat(outlook).contains("id=\"industries\">Available with a CareerOneStop token.")
                .doesNotContain("/api/charts/industries.png");
    }

    @Test
    void the_compare_page_shows_attainment_and_interests_side_by_side() throws Exception {
        String page = server.get("/compare?occupations=15-1252.00,29-1141.00&locations=US").body();

        assertThat(page).contains("<figure class=\"chart\" id=\"attainment\">",
                "<th scope=\"row\">Bachelor's degree</th><td>51.9 %</td><td>54.4 %</td>",
                "<figure class=\"chart\" id=\"interests\">",
                "src=\"/api/charts/interests.png?occupations=15-1252.00,29-1141.00&amp;width_mm=152.4&amp;dpi=192\"");
        // the profile charts are not repeated among the comparison's own charts
        assertThat(page).doesNotContain("id=\"chart-interests\"").doesNotContain("id=\"chart-attainment\"");
    }

    /** The page from a heading up to the next {@code <h2}. */
    private static String section(String page, String heading) {
        int start = page.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = page.indexOf("<h2", start + heading.length());
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
