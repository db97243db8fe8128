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

        HttpResponse<String> none = server.get("/api/charts/map.pdf");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("occupations").contains("the map shows one");

        HttpResponse<String> gif = server.get("/api/charts/map.gif?occupations=29-1141.00");
        assertThat(gif.statusCode()).isEqualTo(400);
    }

    @Test
    void the_metro_map_colours_counties_by_area_and_its_csv_has_one_row_per_area() throws Exception {
        HttpResponse<String> svg = server.get("/api/charts/map.svg?occupations=29-1141.00&level=metro");
        assertThat(svg.statusCode()).as(svg.body()).isEqualTo(200);
        assertThat(svg.body()).contains(
                ">Median annual wage of Registered Nurses by metro and nonmetro area</text>", ">No figure</text>",
                ">No OEWS area known</text>", "May 2025");
        assertThat(svg.headers().firstValue("ETag")).isPresent();

        HttpResponse<String> csv = server.get("/api/charts/map.csv?occupations=29-1141.00&level=metro");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"occucompare-map-29-1141.00-median-annual-metro.csv\"");
        // the official May 2025 metro file: Chicago-Naperville-Elgin $100,490, Austin-Round Rock-San Marcos $97,890
        assertThat(csv.body()).contains(",16980,\"Chicago-Naperville-Elgin, IL-IN\",metro,IL IN,100490,figure,"
                + "May 2025,13\r\n", ",12420,\"Austin-Round Rock-San Marcos, TX\",metro,TX,97890,figure,May 2025,");
        // Software Developers, same file: Chicago $134,380
        assertThat(server.get("/api/charts/map.csv?occupations=15-1252.00&level=metro").body())
                .contains(",16980,\"Chicago-Naperville-Elgin, IL-IN\",metro,IL IN,134380,figure,May 2025,13\r\n");

        HttpResponse<byte[]> png = server.getBytes("/api/charts/map.png?occupations=29-1141.00&level=metro");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(png.body()))).isNotNull();
        HttpResponse<byte[]> pdf = server.getBytes("/api/charts/map.pdf?occupations=29-1141.00&level=metro");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void the_price_adjusted_metro_map_and_its_csv_divide_by_each_areas_price_parity() throws Exception {
        HttpResponse<String> csv = server.get("/api/charts/map.csv?occupations=29-1141.00&level=metro"
                + "&measure=price-adjusted");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        // the official May 2025 metro median, 100,490, over BEA's 2024 parity of the area, 103.595: 97,002.75
        assertThat(csv.body()).contains(",16980,\"Chicago-Naperville-Elgin, IL-IN\",metro,IL IN,97002.75,figure,"
                + "May 2025,13,103.595,2024\r\n");
        HttpResponse<String> svg = server.get("/api/charts/map.svg?occupations=29-1141.00&level=metro"
                + "&measure=price-adjusted");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).contains("<title>Price-adjusted median annual wage of Registered Nurses by metro and"
                + " nonmetro area</title>", "BEA Regional Price Parities");
        HttpResponse<byte[]> png = server.getBytes("/api/charts/map.png?occupations=29-1141.00"
                + "&measure=price-adjusted");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(png.body()))).isNotNull();
    }

    @Test
    void the_metro_map_refuses_measures_without_area_figures_and_a_bad_level_with_the_reason() throws Exception {
        HttpResponse<String> growth = server.get("/api/charts/map.svg?occupations=29-1141.00&level=metro"
                + "&measure=growth");
        assertThat(growth.statusCode()).isEqualTo(400);
        assertThat(growth.body()).contains("published by state", "level=state");
        HttpResponse<String> hourly = server.get("/api/charts/map.csv?occupations=29-1141.00&level=metro"
                + "&measure=median-hourly");
        assertThat(hourly.statusCode()).isEqualTo(400);
        assertThat(hourly.body()).contains("No metro or nonmetro area has a figure of median hourly wage");
        HttpResponse<String> county = server.get("/api/charts/map.svg?occupations=29-1141.00&level=county");
        assertThat(county.statusCode()).isEqualTo(400);
        assertThat(county.body()).contains("level", "state or metro");
    }

    @Test
    void the_metro_places_page_shows_the_metro_map_with_its_table_of_every_area_and_agrees_with_the_api()
            throws Exception {
        HttpResponse<String> page = server.get("/occupations/29-1141.00/places?level=metro");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<img id=\"map-image\" src=\"/api/charts/map.svg?occupations=29-1141.00&amp;"
                + "measure=median-annual&amp;level=metro\"", "id=\"map-csv\" href=\"/api/charts/map.csv?"
                + "occupations=29-1141.00&amp;measure=median-annual&amp;level=metro\"",
                "<a id=\"map-level\" href=\"/occupations/29-1141.00/places?level=state\">");
        String table = html.substring(html.indexOf("<table id=\"map-table\""));
        table = table.substring(0, table.indexOf("</table>"));
        String csv = server.get("/api/charts/map.csv?occupations=29-1141.00&level=metro").body();
        // one table row per CSV row: every area, metro and nonmetro
        assertThat(table.split("<tr>")).hasSize(1 + csv.split("\r\n").length);
        assertThat(table).contains("<th scope=\"row\">Chicago-Naperville-Elgin, IL-IN</th><td>Metro</td>"
                + "<td data-sort=\"100490.0\">$100,490</td>");
        // the measures offered are those with an area figure: the metro files have no hourly wages
        assertThat(html).contains("href=\"/occupations/29-1141.00/places?level=metro&amp;measure=location-quotient\"")
                .doesNotContain("measure=median-hourly").doesNotContain("measure=growth");
        assertThat(server.get("/occupations/29-1141.00/places?level=metro&measure=location-quotient").body())
                .contains("Map: Location quotient by metro and nonmetro area");
        assertThat(table).doesNotContain("BEA price parity");
        String priced = server.get("/occupations/29-1141.00/places?level=metro&measure=price-adjusted").body();
        // the price-adjusted table names each area's parity: 100,490 / 1.03595 = 97,002.75
        assertThat(priced).contains("Map: Price-adjusted median annual wage by metro and nonmetro area",
                "<th scope=\"col\">BEA price parity</th>", "<th scope=\"row\">Chicago-Naperville-Elgin, IL-IN</th>"
                        + "<td>Metro</td><td data-sort=\"97002.75", ">$97,003</td>", "<td>103.595 (2024)</td>",
                "BEA Regional Price Parities");
        assertThat(html).contains("measure=price-adjusted\"");
        assertThat(server.get("/occupations/29-1141.00/places?level=metro&measure=growth").statusCode())
                .isEqualTo(400);
        assertThat(server.get("/occupations/29-1141.00/places").body()).contains(
                "<a id=\"map-level\" href=\"/occupations/29-1141.00/places?level=metro\">");
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
        assertThat(server.get("/occupations/29-1141.00").body()).contains(
                "<a id=\"places-map\" href=\"/occupations/29-1141.00/places\">");
    }
}
