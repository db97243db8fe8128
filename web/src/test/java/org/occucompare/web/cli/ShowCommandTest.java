package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.web.Application;
import org.occucompare.web.config.AppConfig;
import picocli.CommandLine;

/** {@code occucompare show} end to end: over the bundled sample, and over a local stand-in for CareerOneStop. */
class ShowCommandTest {
    private static final String TOKEN = "show-test-token-7d41";

    @TempDir
    Path tempDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer careerOneStop;

    @AfterEach
    void stopServer() {
        if (careerOneStop != null) {
            careerOneStop.stop(0);
        }
    }

    private int run(Map<String, String> extraEnvironment, String... args) {
        Map<String, String> environment = new HashMap<>(extraEnvironment);
        environment.put("OCCUCOMPARE_DB", "jdbc:h2:file:" + tempDir.resolve("db").toAbsolutePath());
        environment.put("OCCUCOMPARE_PLUGINS_DIR", tempDir.resolve("plugins").toString());
        CommandLine cli = Cli.create(environment);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void shows_an_occupation_of_the_bundled_sample_as_text() {
        assertThat(run("show", "29-1141.00")).isZero();

        // OEWS May 2024 national file: Registered Nurses 29-1141 A_MEDIAN 93,600
        assertThat(out.toString()).startsWith("29-1141.00  Registered Nurses").contains("$93,600");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void the_text_carries_every_section_and_says_which_need_a_token_on_the_embedded_default() {
        assertThat(run("show", "29-1141.00")).isZero();

        String text = out.toString();
        assertThat(text).contains("Top abilities", "Interests (RIASEC, 1–7)", "Work values", "Work activities",
                "Tools and technology", "Also called", "Related occupations (O*NET)");
        // only the live API has links, videos, training programs and the industry pattern (no importer reads the
        // industry-occupation matrix)
        assertThat(text).contains("Career videos\n  available with a CareerOneStop token",
                "Occupational Outlook Handbook\n  available with a CareerOneStop token",
                "Training programs\n  available with a CareerOneStop token",
                "Industries employing it\n  available with a CareerOneStop token");
        assertThat(text).doesNotContain("Interests (RIASEC, 1–7)\n  the source has no data");
    }

    @Test
    void with_a_token_the_text_shows_the_links_programs_industries_and_work_values_characteristics()
            throws IOException {
        Map<String, String> environment = careerOneStopStandIn("/careeronestop/registered-nurses-ca.json");

        assertThat(run(environment, "show", "29-1141.00", "--location", "CA")).as(err.toString()).isZero();

        // the stand-in's answer (api-client fixture registered-nurses-ca.json)
        assertThat(out.toString()).contains("https://www.bls.gov/ooh/healthcare/registered-nurses.htm",
                "Registered Nursing/Registered Nurse.", "General medical and surgical hospitals; private",
                "50.2% of its jobs", "Apache Spark [hot]", "Relationships",
                "Corresponding needs are Co-workers, Moral Values and Social Service.");
        assertThat(out.toString()).doesNotContain("available with a CareerOneStop token");
    }

    @Test
    void shows_the_state_wage_for_a_state_location() {
        assertThat(run("show", "Registered Nurses", "--location", "California")).isZero();

        // OEWS May 2024 state file: California, 29-1141, A_MEDIAN 140,330; the nation comes first
        assertThat(out.toString()).contains("California").contains("$140,330");
        assertThat(out.toString().indexOf("United States")).isLessThan(out.toString().indexOf("California  "));
    }

    @Test
    void a_zip_code_shows_its_county_s_metro_beside_its_state_and_the_nation() {
        assertThat(run("show", "29-1141.00", "--location", "60601")).as(err.toString()).isZero();

        // GeoNames: 60601 lies in Cook County, IL, which the OEWS area definitions put in Chicago-Naperville-Elgin.
        // OEWS May 2025 metro file: 16980, 29-1141, annual median 100,490; May 2024 state file: Illinois 86,410
        assertThat(out.toString()).startsWith("Place: ZIP 60601 → Cook County, IL → Chicago-Naperville-Elgin, IL-IN"
                + " metro area (county by GeoNames; area by the OEWS area definitions)")
                .contains("$100,490").contains("$86,410").contains("$93,600");
        // the places are of different OEWS years: the heading says so, and each row names its own
        assertThat(out.toString()).contains("OEWS May 2024 and May 2025: each place shows its newest year")
                .containsPattern("Illinois +annual .*\\$86,410 .* May 2024\\R")
                .containsPattern("Chicago-Naperville-Elgin, I… annual .*\\$100,490 .* May 2025\\R");
    }

    @Test
    void json_format_prints_the_normalized_model() throws IOException {
        assertThat(run("show", "11-1011.00", "--format", "json")).isZero();

        JsonNode chiefs = new ObjectMapper().readTree(out.toString());
        assertThat(chiefs.get("code").asText()).isEqualTo("11-1011.00");
        JsonNode national = chiefs.at("/wages/estimates").findParents("rateType").stream()
                .filter(e -> e.at("/area/key").asText().equals("US") && e.get("rateType").asText().equals("ANNUAL"))
                .findFirst().orElseThrow();
        // OEWS May 2024: Chief Executives' national A_PCT90 is "#", at least $239,200
        assertThat(national.at("/p90/kind").asText()).isEqualTo("topCoded");
        assertThat(national.at("/p90/atLeastUsd").asDouble()).isEqualTo(239_200.0);
    }

    @Test
    void a_bare_soc_code_is_answered_with_the_o_net_codes_to_use() {
        assertThat(run("show", "29-1141")).isEqualTo(2);

        assertThat(err.toString()).contains("29-1141 is a SOC code").contains("29-1141.00 (Registered Nurses)")
                .hasLineCount(1);
    }

    @Test
    void an_unknown_code_is_not_found_with_exit_code_1() {
        assertThat(run("show", "29-1141.99")).isEqualTo(1);

        // suggestions come from the same SOC code, since a title search cannot suggest anything for a code
        assertThat(err.toString()).contains("No occupation matches \"29-1141.99\"")
                .contains("Did you mean 29-1141.00 (Registered Nurses)").hasLineCount(1);
    }

    @Test
    void an_unknown_place_is_bad_usage() {
        assertThat(run("show", "29-1141.00", "--location", "Atlantis")).isEqualTo(2);

        assertThat(err.toString()).contains("Atlantis").hasLineCount(1);
    }

    @Test
    void with_a_token_it_asks_careeronestop_once_and_then_answers_from_the_cache() throws IOException {
        Map<String, String> environment = careerOneStopStandIn("/careeronestop/registered-nurses-ca.json");

        assertThat(run(environment, "show", "29-1141.00", "--location", "CA")).isZero();
        assertThat(run(environment, "show", "29-1141.00", "--location", "CA")).isZero();

        assertThat(requests).hasSize(1);
        assertThat(requests.get(0)).contains("/v1/occupation/user-1/29-1141.00/CA");
        // the stand-in answers with the May 2024 California median of Registered Nurses
        assertThat(out.toString()).contains("$140,330").contains("via CareerOneStop");
        assertThat(out.toString() + err).doesNotContain(TOKEN);
        try (Application app = Application.open(AppConfig.load(Map.of("OCCUCOMPARE_DB",
                "jdbc:h2:file:" + tempDir.resolve("db").toAbsolutePath(), "OCCUCOMPARE_PLUGINS_DIR",
                tempDir.resolve("plugins").toString()), Optional.empty()), Clock.systemUTC())) {
            // the raw answer is archived under the redacted path, with the body as received
            assertThat(app.archive().body(Application.CAREERONESTOP,
                    "/v1/occupation/{userId}/29-1141.00/CA")).hasValueSatisfying(body ->
                            assertThat(body).contains("\"Median\": \"93,600\""));
        }
    }

    @Test
    void refresh_bypasses_the_cache() throws IOException {
        Map<String, String> environment = careerOneStopStandIn("/careeronestop/registered-nurses-ca.json");

        run(environment, "show", "29-1141.00", "--location", "CA");
        assertThat(run(environment, "show", "29-1141.00", "--location", "CA", "--refresh")).isZero();

        assertThat(requests).hasSize(2);
    }

    @Test
    void sections_choose_the_switches_and_the_cache_never_serves_fewer_than_asked() throws IOException {
        Map<String, String> environment = careerOneStopStandIn("/careeronestop/chief-executives-us.json");

        assertThat(run(environment, "show", "11-1011.00", "--sections", "wages")).as(err.toString()).isZero();
        String wagesOnly = out.toString();
        assertThat(run(environment, "show", "11-1011.00", "--format", "json")).isZero();
        assertThat(run(environment, "show", "11-1011.00", "--sections", "wages,skills")).isZero();

        // wages (and the metadata) first; then everything, since the entry held wages only; the third is answered
        // from the entry of everything
        assertThat(requests).hasSize(2);
        assertThat(switchesOn(requests.get(0))).containsExactlyInAnyOrder("wages", "enableMetaData");
        assertThat(switchesOn(requests.get(1))).hasSize(19);
        // the API documentation: "'100+' indicates the hourly wage is equal to or greater than $115.00"; the
        // fixture's national hourly 75th percentile is "100+"
        assertThat(wagesOnly).contains("≥ $115.00").doesNotContain("≥ $100.00");
        assertThat(wagesOnly).contains("Tasks\n  not requested from the source");
    }

    @Test
    void the_configured_sections_are_the_default_and_an_unknown_one_is_bad_usage() throws IOException {
        Map<String, String> environment = new HashMap<>(careerOneStopStandIn("/careeronestop/chief-executives-us.json"));
        environment.put("OCCUCOMPARE_SECTIONS", "skills,tasks");

        assertThat(run(environment, "show", "11-1011.00")).as(err.toString()).isZero();
        assertThat(run(environment, "show", "11-1011.00", "--sections", "salary")).isEqualTo(2);

        assertThat(switchesOn(requests.get(0))).containsExactlyInAnyOrder("skills", "tasks", "enableMetaData");
        assertThat(err.toString()).contains("'salary' is not a section").contains("work-values").hasLineCount(1);
    }

    /** The switches a recorded request turned on. */
    private static List<String> switchesOn(String request) {
        return java.util.Arrays.stream(request.substring(request.indexOf('?') + 1).split("&"))
                .filter(p -> p.endsWith("=true")).map(p -> p.substring(0, p.indexOf('='))).toList();
    }

    @Test
    void a_refused_token_is_one_clear_line_without_the_token() throws IOException {
        Map<String, String> environment = careerOneStopStandIn(null);

        assertThat(run(environment, "show", "29-1141.00")).isEqualTo(1);

        assertThat(err.toString()).contains("OCCUCOMPARE_COS_TOKEN").doesNotContain(TOKEN).hasLineCount(1);
    }

    /** Starts a stand-in that answers every request with the fixture, or 401 when it is null. */
    private Map<String, String> careerOneStopStandIn(String fixture) throws IOException {
        careerOneStop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        careerOneStop.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery());
            if (fixture == null) {
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            byte[] body;
            try (InputStream in = ShowCommandTest.class.getResourceAsStream(fixture)) {
                body = in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        careerOneStop.start();
        return Map.of("OCCUCOMPARE_COS_USER_ID", "user-1", "OCCUCOMPARE_COS_TOKEN", TOKEN,
                "OCCUCOMPARE_COS_BASE_URL", "http://127.0.0.1:" + careerOneStop.getAddress().getPort());
    }
}
