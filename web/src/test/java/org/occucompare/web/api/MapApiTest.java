package org.occucompare.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occucompare.web.TestServer;

/**
 * The state map on the bundled sample, on a real server. Its state rows are OEWS May 2024: Illinois's Registered
 * Nurses median is $86,410, as the official state file publishes it.
 */
class MapApiTest {
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
    void the_map_is_an_svg_with_the_title_and_source_and_its_figures_a_csv_of_every_state() throws Exception {
        HttpResponse<String> svg = server.get("/api/charts/map.svg?occupations=29-1141.00");
        assertThat(svg.statusCode()).as(svg.body()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("image/svg+xml"));
        assertThat(svg.body()).contains(">Median annual wage of Registered Nurses by state</text>", "May 2024");
        assertThat(svg.headers().firstValue("ETag")).isPresent(); // kept per dataset version, as the other charts

        HttpResponse<String> csv = server.get("/api/charts/map.csv?occupations=29-1141.00");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"occucompare-map-29-1141.00-median-annual.csv\"");
        assertThat(csv.body().split("\r\n")).hasSize(1 + 54);
        assertThat(csv.body()).contains("29-1141.00,Registered Nurses,median-annual,IL,17,Illinois,86410,figure,"
                + "May 2024\r\n");
    }

    @Test
    void the_png_honours_the_figure_size() throws Exception {
        HttpResponse<byte[]> png = server.getBytes("/api/charts/map.png?occupations=29-1141.00&size=double");
        assertThat(png.statusCode()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        // 183 mm at 300 dpi: 183 / 25.4 * 300 = 2161.4, so 2162 pixels
        assertThat(image.getWidth()).isEqualTo(2162);
    }

    @Test
    void a_bad_measure_a_measure_without_data_and_a_missing_occupation_are_400s_that_say_why() throws Exception {
        HttpResponse<String> bad = server.get("/api/charts/map.svg?occupations=29-1141.00&measure=mean");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("measure").contains("median-annual, median-hourly");

        HttpResponse<String> parities = server.get("/api/charts/map.svg?occupations=29-1141.00&measure=price-adjusted");
        assertThat(parities.statusCode()).isEqualTo(400);
        assertThat(parities.body()).contains("Regional Price Parit");

        HttpResponse<String> none = server.get("/api/charts/map.pdf");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("occupations").contains("the map shows one");

        HttpResponse<String> gif = server.get("/api/charts/map.gif?occupations=29-1141.00");
        assertThat(gif.statusCode()).isEqualTo(400);
    }

    @Test
    void the_comparison_charts_still_answer_beside_the_map_route() throws Exception {
        HttpResponse<String> wages = server.get("/api/charts/wages.svg?occupations=29-1141.00,15-1252.00");
        assertThat(wages.statusCode()).isEqualTo(200);
    }

    @Test
    void the_state_places_page_shows_the_map_its_table_of_every_state_and_the_csv_link() throws Exception {
        HttpResponse<String> page = server.get("/occupations/29-1141.00/places");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<img id=\"map-image\" src=\"/api/charts/map.svg?occupations=29-1141.00&amp;"
                + "measure=median-annual\"", "id=\"map-csv\" href=\"/api/charts/map.csv?occupations=29-1141.00&amp;"
                + "measure=median-annual\"", "<table id=\"map-table\" class=\"data\" data-sortable>");
        String table = html.substring(html.indexOf("<table id=\"map-table\""));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table.split("<tr>")).hasSize(1 + 1 + 54); // before the first row, the heading, 54 places
        assertThat(table).contains("<th scope=\"row\">Illinois</th><td data-sort=\"86410.0\">$86,410</td>");

        assertThat(server.get("/occupations/29-1141.00/places?measure=growth").body())
                .contains("Map: Projected employment change");
        HttpResponse<String> refused = server.get("/occupations/29-1141.00/places?measure=employment-per-1000");
        assertThat(refused.statusCode()).isEqualTo(400);
        // the sample's state file has no JOBS_1000 column, so no state has a figure: refused, and not offered
        assertThat(refused.body()).contains("No state has a figure of employment per 1,000 jobs", "JOBS_1000");
        assertThat(page.body()).doesNotContain("measure=employment-per-1000");
        assertThat(server.get("/occupations/15-1252.00/places?level=metro").body()).doesNotContain("map-image");
        assertThat(server.get("/occupations/29-1141.00").body()).contains(
                "<a id=\"places-map\" href=\"/occupations/29-1141.00/places\">");
    }
}
