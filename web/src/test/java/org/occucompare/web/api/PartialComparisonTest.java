package org.occucompare.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.apiclient.FakeCareerOneStop;
import org.occucompare.web.TestServer;
import org.occucompare.web.cli.Cli;
import org.occucompare.web.config.AppConfig;
import picocli.CommandLine;

/**
 * CareerOneStop answers for one occupation of a comparison and fails for the other (HTTP 503 with a
 * {@code Retry-After} of 120 s, which also holds the circuit breaker open): the comparison answers 200 with the one it
 * has, and the JSON, the page, the CSV export and the command line each name the one left out and why. Only when
 * nothing could be fetched is it a 503.
 */
class PartialComparisonTest {
    private static final String CHIEFS = "11-1011.00";
    private static final String SCIENTISTS = "15-2051.00";
    private static FakeCareerOneStop careerOneStop;
    private static TestServer server;

    @TempDir
    Path tempDir;

    @BeforeAll
    static void start() {
        careerOneStop = new FakeCareerOneStop().otherwise(exchange -> {
            if (exchange.getRequestURI().getPath().contains(CHIEFS)) {
                FakeCareerOneStop.json(200, "chief-executives-us.json").respond(exchange);
            } else {
                FakeCareerOneStop.retryAfter(503, "120").respond(exchange);
            }
        });
        server = TestServer.start(settings(), config -> { });
    }

    private static Map<String, String> settings() {
        return Map.of(AppConfig.COS_USER_ID, FakeCareerOneStop.USER_ID, AppConfig.COS_TOKEN, FakeCareerOneStop.TOKEN,
                AppConfig.COS_BASE_URL, careerOneStop.baseUrl().toString());
    }

    @AfterAll
    static void stop() {
        server.close();
        careerOneStop.close();
    }

    @Test
    void the_json_compares_what_it_has_and_marks_the_occupation_it_could_not_fetch() throws Exception {
        HttpResponse<String> response = server.get("/api/compare?occupations=" + CHIEFS + "," + SCIENTISTS);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.get("figures")).hasSize(1);
        assertThat(body.get("figures").get(0).get("code").asText()).isEqualTo(CHIEFS);
        JsonNode unavailable = body.get("unavailable");
        assertThat(unavailable).hasSize(1);
        assertThat(unavailable.get(0).get("input").asText()).isEqualTo(SCIENTISTS);
        // the upstream's own pause, or what is left of it on the circuit breaker when an earlier test opened it
        assertThat(unavailable.get(0).get("reason").asText()).contains("CareerOneStop").containsPattern(
                "wait (120 s|just now)");
        assertThat(unavailable.get(0).get("retryAfterSeconds").asLong()).isBetween(1L, 120L);
        assertThat(body.get("unknown")).isEmpty();
        assertThat(response.body()).doesNotContain(FakeCareerOneStop.TOKEN);
    }

    @Test
    void the_page_says_which_occupation_is_left_out_and_when_to_try_again() throws Exception {
        HttpResponse<String> response = server.get("/compare?occupations=" + CHIEFS + "," + SCIENTISTS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("“" + SCIENTISTS + "” could not be fetched")
                .contains("left out of this comparison").containsPattern("Reload in \\d+ seconds");
    }

    @Test
    void the_csv_export_names_it_in_a_comment_line() throws Exception {
        HttpResponse<String> response = server.get("/api/compare.csv?occupations=" + CHIEFS + "," + SCIENTISTS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines().filter(l -> l.startsWith("#") && l.contains("unavailable:")))
                .singleElement().asString().contains("\"" + SCIENTISTS + "\" could not be fetched");
    }

    @Test
    void nothing_fetched_is_a_503_with_retry_after() throws Exception {
        HttpResponse<String> response = server.get("/api/compare?occupations=" + SCIENTISTS + ",15-2041.00");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(s -> assertThat(s).isBetween(1L, 120L));
    }

    @Test
    void the_command_line_prints_the_comparison_and_names_the_one_left_out() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> environment = new java.util.HashMap<>(settings());
        environment.put(AppConfig.DB, "jdbc:h2:file:" + tempDir.resolve("db").toAbsolutePath());
        environment.put(AppConfig.PLUGINS_DIR, tempDir.resolve("plugins").toString());
        CommandLine cli = Cli.create(environment);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int text = cli.execute("compare", CHIEFS, SCIENTISTS);

        assertThat(text).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Comparison of 1 occupation")
                .contains("Left out: \"" + SCIENTISTS + "\" could not be fetched");

        int csv = cli.execute("compare", CHIEFS, SCIENTISTS, "--format", "csv");

        assertThat(csv).as(err.toString()).isZero();
        assertThat(err.toString()).contains("\"" + SCIENTISTS + "\" could not be fetched, so it is left out");
    }
}
