package org.occucompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.web.cli.Cli;
import org.occucompare.web.config.AppConfig;
import picocli.CommandLine;

/**
 * CareerOneStop's own "did you mean" reaches every surface: a stand-in answers 29-1141.99 with the api-client's
 * 404 fixture ({@code "DidYouMean": "Registered Nurses"}) and 29-1141.00 with Registered Nurses in California; the
 * JSON error, the error page, the compare page, the comparison's JSON and the command line all pass the suggestion
 * on, followed by similar occupations of the bundled O*NET list.
 */
class CareerOneStopSuggestionsTest {
    private static final String TOKEN = "suggestions-test-token-4e1f";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tempDir;

    private HttpServer careerOneStop;
    private Map<String, String> settings;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        careerOneStop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        careerOneStop.createContext("/", exchange -> {
            boolean unknown = exchange.getRequestURI().getRawPath().contains("29-1141.99");
            String fixture = unknown ? "/careeronestop/not-found-404.json" : "/careeronestop/registered-nurses-ca.json";
            byte[] body;
            try (InputStream in = CareerOneStopSuggestionsTest.class.getResourceAsStream(fixture)) {
                body = in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(unknown ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        careerOneStop.start();
        settings = Map.of(AppConfig.COS_USER_ID, "user-1", AppConfig.COS_TOKEN, TOKEN,
                AppConfig.COS_BASE_URL, "http://127.0.0.1:" + careerOneStop.getAddress().getPort());
        server = TestServer.start(settings, config -> { });
    }

    @AfterEach
    void stop() {
        server.close();
        careerOneStop.stop(0);
    }

    @Test
    void the_json_error_lists_the_suggestion_and_the_similar_occupations() throws Exception {
        HttpResponse<String> response = server.get("/api/occupations/29-1141.99?location=CA");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(error.get("message").asText()).contains("Did you mean \"Registered Nurses\"? Try 29-1141.00"
                + " (Registered Nurses)");
        JsonNode unknown = error.get("unknown").get(0);
        assertThat(unknown.get("input").asText()).isEqualTo("29-1141.99");
        assertThat(unknown.get("didYouMean").asText()).isEqualTo("Registered Nurses");
        // O*NET 30.1: the SOC-level occupation first (CareerOneStop's suggestion), then its detailed siblings
        assertThat(unknown.get("suggestions").findValuesAsText("code")).startsWith("29-1141.00", "29-1141.01");
        assertThat(response.body()).doesNotContain(TOKEN);
    }

    @Test
    void the_error_page_names_the_suggestion_and_links_the_similar_occupations() throws Exception {
        HttpResponse<String> response = server.get("/occupations/29-1141.99");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Did you mean \"Registered Nurses\"?")
                .contains("<a href=\"/occupations/29-1141.00\">Registered Nurses (29-1141.00)</a>");
    }

    @Test
    void a_comparison_keeps_the_suggestion_of_the_occupation_it_leaves_out() throws Exception {
        HttpResponse<String> page = server.get("/compare?occupations=29-1141.00,29-1141.99&locations=CA,US");
        JsonNode json = JSON.readTree(server.get("/api/compare?occupations=29-1141.00,29-1141.99&locations=CA,US")
                .body());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The data source suggests “Registered Nurses”.");
        assertThat(json.get("unknown").get(0).get("didYouMean").asText()).isEqualTo("Registered Nurses");
        assertThat(json.get("figures")).hasSize(1);
    }

    @Test
    void the_command_line_says_it_in_its_one_line_of_error() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> environment = new HashMap<>(settings);
        environment.put(AppConfig.DB, "jdbc:h2:file:" + tempDir.resolve("db").toAbsolutePath());
        environment.put(AppConfig.PLUGINS_DIR, tempDir.resolve("plugins").toString());
        CommandLine cli = Cli.create(environment);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exitCode = cli.execute("show", "29-1141.99", "--location", "CA");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).contains("No occupation matches \"29-1141.99\" in CareerOneStop API at ")
                .contains("Did you mean \"Registered Nurses\"? Try 29-1141.00 (Registered Nurses)")
                .hasLineCount(1).doesNotContain(TOKEN);
    }
}
