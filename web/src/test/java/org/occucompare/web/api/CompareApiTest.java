package org.occucompare.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.occucompare.web.TestServer;
import org.occucompare.web.export.SpreadsheetView;

/** {@code /api/compare}, the CSV, the charts, similar occupations, metrics and plugins, on a real server. */
class CompareApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = "?occupations=15-1252.00,15-1211.00,29-1141.00&locations=US,CA";
    private static final String FORMULA_TITLE = "=HYPERLINK(\"http://example.invalid\",\"x\") Analysts";
    private static TestServer server;

    @BeforeAll
    static void start_with_a_formula_in_a_title() throws Exception {
        server = TestServer.start();
        try (Connection connection = DriverManager.getConnection(server.databaseUrl());
                Statement update = connection.createStatement()) {
            update.executeUpdate("update occupation set title = '" + FORMULA_TITLE.replace("'", "''")
                    + "' where code = '15-1211.00'");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void compare_answers_the_report_with_sources_and_wage_kinds() throws Exception {
        HttpResponse<String> response = server.get("/api/compare" + QUERY + "&reference=29-1141.00");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.toString()).contains("\"reference\":\"29-1141.00\"").contains("May 2024")
                .contains("\"kind\":\"figure\"").contains("\"usd\":140330.0");
    }

    @Test
    void sections_choose_what_each_compared_occupation_holds() throws Exception {
        String skillsOnly = server.get("/api/compare" + QUERY + "&sections=skills").body();
        String everything = server.get("/api/compare" + QUERY).body();

        // the query states the sections; without wages, California's median of Registered Nurses is not there
        assertThat(skillsOnly).contains("sections=skills,metadata").doesNotContain("\"usd\":140330.0");
        assertThat(everything).doesNotContain("sections=").contains("\"usd\":140330.0");
    }

    @Test
    void compare_names_unknown_codes_with_suggestions() throws Exception {
        HttpResponse<String> response = server.get("/api/compare?occupations=15-1252.00,15-1211.00,29-1199.00");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("29-1199.00").contains("unknown");
    }

    @Test
    void csv_has_a_commented_header_and_neutralizes_formulas() throws Exception {
        HttpResponse<String> response = server.get("/api/compare.csv" + QUERY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment"));
        assertThat(response.body()).startsWith("#").contains(TestServer.VERSION).contains("May 2024");
        assertThat(response.body()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK", "\"=HYPERLINK");
    }

    @Test
    void csv_opened_in_a_spreadsheet_runs_no_formula_even_from_the_query_line() throws Exception {
        String hostile = "=HYPERLINK(\"http://evil.example/\",\"x\")";
        HttpResponse<String> response = server.get("/api/compare.csv?locations=US,CA&occupations=15-1252.00,"
                + "29-1141.00," + URLEncoder.encode(hostile, StandardCharsets.UTF_8) + ",%2B1%2B1,@SUM(A1)");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("# query: ").contains("HYPERLINK(\"http://evil.example/\"");
        SpreadsheetView.assertNoFormulaCells(response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wages", "locations", "growth", "skills"})
    void every_chart_kind_renders_as_png_svg_and_pdf(String kind) throws Exception {
        HttpResponse<byte[]> png = server.getBytes("/api/charts/" + kind + ".png" + QUERY);
        HttpResponse<byte[]> print = server.getBytes("/api/charts/" + kind + ".png" + QUERY + "&scale=2");
        HttpResponse<byte[]> svg = server.getBytes("/api/charts/" + kind + ".svg" + QUERY);
        HttpResponse<byte[]> pdf = server.getBytes("/api/charts/" + kind + ".pdf" + QUERY);

        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        BufferedImage large = ImageIO.read(new ByteArrayInputStream(print.body()));
        assertThat(image.getWidth()).isPositive();
        assertThat(large.getWidth()).isEqualTo(2 * image.getWidth());
        assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(new String(svg.body(), StandardCharsets.UTF_8)).contains("<svg");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(png.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/charts/pie.png" + QUERY + "|kind",
        "/api/charts/wages.gif" + QUERY + "|format",
        "/api/charts/wages.png" + QUERY + "&scale=9|scale",
        "/api/compare?occupations=15-1252.0|occupations",
        "/api/compare?occupations=15-1252.00,15-1211.00&locations=Atlantis|locations",
        "/api/compare|occupations",
        "/api/compare" + QUERY + "&sections=wages,salary|sections",
        "/api/similar/15-1252.00?limit=500|limit"})
    void bad_parameters_are_400_naming_the_parameter(String path, String parameter) throws Exception {
        HttpResponse<String> response = server.get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(error.get("message").asText()).startsWith("Parameter " + parameter + " ");
    }

    @Test
    void more_than_ten_occupations_or_five_places_is_a_400() throws Exception {
        String eleven = "11-1011.00,11-1021.00,11-3031.00,11-9111.00,13-1111.00,13-2011.00,15-1211.00,"
                + "15-1212.00,15-1252.00,15-2051.00,17-2051.00";
        HttpResponse<String> occupations = server.get("/api/compare?occupations=" + eleven);
        HttpResponse<String> places = server.get("/api/compare?occupations=15-1252.00,15-1211.00"
                + "&locations=US,CA,TX,NY,FL,WA");

        assertThat(occupations.statusCode()).isEqualTo(400);
        assertThat(occupations.body()).contains("10");
        assertThat(places.statusCode()).isEqualTo(400);
        assertThat(places.body()).contains("5");
    }

    @Test
    void similar_lists_occupations_best_first() throws Exception {
        JsonNode body = JSON.readTree(server.get("/api/similar/29-1141.00?limit=3").body());

        assertThat(body.get("code").asText()).isEqualTo("29-1141.00");
        assertThat(body.get("similar")).hasSize(3);
        assertThat(body.get("similar").get(0).get("score").asDouble())
                .isGreaterThanOrEqualTo(body.get("similar").get(2).get("score").asDouble());
    }

    @Test
    void similar_of_an_unknown_code_is_a_404() throws Exception {
        HttpResponse<String> response = server.get("/api/similar/29-1199.00");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Did you mean");
    }

    @Test
    void metrics_and_plugins_list_the_built_ins() throws Exception {
        JsonNode metrics = JSON.readTree(server.get("/api/metrics").body());
        JsonNode plugins = JSON.readTree(server.get("/api/plugins").body());

        assertThat(metrics.get("metrics").findValuesAsText("pluginId")).isNotEmpty();
        assertThat(plugins.get("loaded").findValuesAsText("builtIn")).contains("true");
        assertThat(plugins.get("rejected").isArray()).isTrue();
    }

    @Test
    void a_soc_code_is_a_400_listing_the_occupations_under_it() throws Exception {
        HttpResponse<String> response = server.get("/api/compare?occupations=291141,29-2061.00");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("INVALID_INPUT");
        // the bundled sample holds 29-1141.00 and 29-1141.01 of SOC 29-1141
        assertThat(error.get("message").asText()).startsWith("29-1141 is a SOC code, which O*NET divides into"
                + " occupations: use one of 29-1141.00 (Registered Nurses), 29-1141.01 (Acute Care Nurses)");
        assertThat(error.get("unknown").get(0).get("suggestions").findValuesAsText("code"))
                .containsExactly("29-1141.00", "29-1141.01");
    }

    @Test
    void a_malformed_code_is_a_400_naming_the_parameter() throws Exception {
        HttpResponse<String> response = server.get("/api/compare?occupations=29-1141.0,29-2061.00");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/error/message").asText())
                .startsWith("Parameter occupations holds \"29-1141.0\": '29-1141.0' is not an O*NET code");
    }
}
