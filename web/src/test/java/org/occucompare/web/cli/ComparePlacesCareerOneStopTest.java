package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.web.TestServer;
import picocli.CommandLine;

/**
 * {@code compare --location "Chicago, IL"} over CareerOneStop, which answers a city with the national, state and BLS
 * area rows: the comparison must use the area row that came back (before, it looked wages up by the city and printed
 * n/a). The stand-in serves the recorded Registered Nurses answer with its state and area rows set to the official May
 * 2025 figures (Illinois 95,990; Chicago-Naperville-Elgin 100,490; Software Developers 134,380 in the metro).
 */
class ComparePlacesCareerOneStopTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tempDir;

    private HttpServer careerOneStop;
    private final List<String> asked = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (careerOneStop != null) {
            careerOneStop.stop(0);
        }
    }

    private static byte[] answer(String code, String title, String soc, String state, String metro)
            throws IOException {
        ObjectNode root;
        try (InputStream in = ComparePlacesCareerOneStopTest.class
                .getResourceAsStream("/careeronestop/registered-nurses-ca.json")) {
            root = (ObjectNode) JSON.readTree(in);
        }
        ObjectNode detail = (ObjectNode) root.withArray("OccupationDetail").get(0);
        detail.put("OnetCode", code).put("OnetTitle", title);
        ObjectNode wages = (ObjectNode) detail.get("Wages");
        wages.put("WageYear", "2025");
        ((ObjectNode) wages.get("SocWageInfo")).put("SocCode", soc).put("SocTitle", title);
        ArrayNode states = wages.putArray("StateWagesList");
        states.addObject().put("RateType", "Annual").put("Median", state).put("StFips", "17").put("Area", "000017")
                .put("AreaName", "Illinois");
        ArrayNode areas = wages.putArray("BLSAreaWagesList");
        areas.addObject().put("RateType", "Annual").put("Median", metro).put("StFips", "17").put("Area", "16980")
                .put("AreaName", "Chicago-Naperville-Elgin, IL-IN");
        return JSON.writeValueAsBytes(root);
    }

    /** Starts a stand-in CareerOneStop that answers every place with the Chicago metro's rows; its base URL. */
    private String startCareerOneStop() throws IOException {
        Map<String, byte[]> answers = Map.of("29-1141.00", answer("29-1141.00", "Registered Nurses", "29-1141",
                "95,990", "100,490"), "15-1252.00", answer("15-1252.00", "Software Developers", "15-1252", "132,110",
                "134,380"));
        careerOneStop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        careerOneStop.createContext("/", exchange -> {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            asked.add(path);
            byte[] body = answers.entrySet().stream().filter(e -> path.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(new byte[0]);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        careerOneStop.start();
        return "http://127.0.0.1:" + careerOneStop.getAddress().getPort();
    }

    private Map<String, String> settings(String careerOneStopUrl) {
        return Map.of("OCCUCOMPARE_DB", "jdbc:h2:file:" + tempDir.resolve("db").toAbsolutePath(),
                "OCCUCOMPARE_PLUGINS_DIR", tempDir.resolve("plugins").toString(),
                "OCCUCOMPARE_COS_USER_ID", "user-1", "OCCUCOMPARE_COS_TOKEN", "places-test-token",
                "OCCUCOMPARE_COS_BASE_URL", careerOneStopUrl);
    }

    /** Runs the CLI against the stand-in CareerOneStop. */
    private String run(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.create(settings(startCareerOneStop()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute(args)).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void a_city_is_compared_with_the_area_row_careeronestop_answered_with() throws IOException {
        String out = run("compare", "29-1141.00", "15-1252.00", "--location", "Chicago, IL");

        assertThat(asked).anySatisfy(path -> assertThat(path).contains("Chicago, IL"));
        assertThat(out).contains("Note: Chicago, IL → Chicago-Naperville-Elgin, IL-IN metro area")
                .containsPattern("29-1141\\.00 +Registered Nurses +area:16980 .*\\$100,490")
                .containsPattern("29-1141\\.00 +Registered Nurses +IL .*\\$95,990")
                .containsPattern("15-1252\\.00 +Software Developers +area:16980 .*\\$134,380");
        assertThat(out).doesNotContainPattern("Registered Nurses +area:16980 +n/a +n/a +n/a");
    }

    @Test
    void a_comparison_of_careeronestop_wages_cites_careeronestop_not_the_store_s_bulk_files() throws IOException {
        // the store under the app holds the bundled sample's OEWS May 2024 and May 2025 releases; the wages compared
        // here all came from CareerOneStop, so only its source is named
        JsonNode sources = JSON.readTree(run("compare", "29-1141.00", "15-1252.00", "--location", "Chicago, IL",
                "--format", "json")).get("sources");
        List<String> oews = sources.findParents("kind").stream().filter(s -> s.get("kind").asText().equals("OEWS"))
                .map(s -> s.get("name").asText()).toList();
        // CareerOneStop's DataSource names it "Occupational Employment and Wage Statistics (OEWS)"; the store's bulk
        // releases are "Occupational Employment and Wage Statistics", May 2024 and May 2025
        assertThat(oews).containsExactly("Occupational Employment and Wage Statistics (OEWS)");
    }

    @Test
    void a_zip_code_goes_to_careeronestop_as_the_zip_code_and_is_compared_in_its_metro() throws IOException {
        String out = run("compare", "29-1141.00", "15-1252.00", "--location", "60601");

        assertThat(asked).allSatisfy(path -> assertThat(path).contains("60601"));
        assertThat(out).contains("Note: ZIP 60601 → Cook County, IL → Chicago-Naperville-Elgin")
                .containsPattern("29-1141\\.00 +Registered Nurses +area:16980 .*\\$100,490")
                .containsPattern("29-1141\\.00 +Registered Nurses +IL .*\\$95,990");
    }

    @Test
    void a_zip_code_the_source_places_in_another_area_than_the_county_table_takes_the_source_s_area()
            throws IOException {
        // the county table puts 53140 (Kenosha County, WI) in Kenosha, WI (28450, new in 2023); a source still on the
        // older areas answers with Chicago's, whose rows the comparison then shows instead of n/a
        String out = run("compare", "29-1141.00", "15-1252.00", "--location", "53140");

        assertThat(out).contains("Note: ZIP 53140 → Chicago-Naperville-Elgin, IL-IN metro area (the area the data source"
                + " answered with)").containsPattern("29-1141\\.00 +Registered Nurses +area:16980 .*\\$100,490");
    }

    @Test
    void show_and_the_occupation_page_name_the_area_the_source_answered_a_zip_code_with() throws Exception {
        String shown = run("show", "29-1141.00", "--location", "53140", "--sections", "wages");
        assertThat(shown).startsWith("Place: ZIP 53140 → Chicago-Naperville-Elgin, IL-IN metro area (the area the"
                + " data source answered with)");
        careerOneStop.stop(0);

        try (TestServer server = TestServer.start(settings(startCareerOneStop()), config -> { })) {
            String page = server.get("/occupations/29-1141.00?location=53140").body();
            assertThat(page).contains("the area the data source answered with");
            String glance = page.substring(page.indexOf("class=\"glance\""), page.indexOf("class=\"toc\""));
            // the stand-in's Chicago row: the official May 2025 median, 100,490
            assertThat(glance).contains("Median annual wage, Chicago-Naperville-Elgin, IL-IN</dt><dd>$100,490");
        }
    }
}
