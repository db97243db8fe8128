package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code occucompare compare} with a CareerOneStop token: every occupation and place is fetched through the cache
 * from a local stand-in serving the api-client's recorded fixtures by code, and a code it does not know is left out.
 * The fixtures' figures are CareerOneStop's (OEWS May 2024): Chief Executives' national median $206,420 and a
 * top-coded 90th percentile.
 */
class CompareCareerOneStopTest {
    @TempDir
    Path tempDir;

    private HttpServer careerOneStop;

    @AfterEach
    void stop() {
        if (careerOneStop != null) {
            careerOneStop.stop(0);
        }
    }

    @Test
    void compares_occupations_fetched_from_careeronestop_and_names_the_unknown_one() throws IOException {
        Map<String, String> fixtures = Map.of("11-1011.00", "/careeronestop/chief-executives-us.json",
                "15-2051.00", "/careeronestop/data-scientists-us.json");
        careerOneStop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        careerOneStop.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String fixture = fixtures.entrySet().stream().filter(e -> path.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse("/careeronestop/not-found-404.json");
            byte[] body;
            try (InputStream in = CompareCareerOneStopTest.class.getResourceAsStream(fixture)) {
                body = in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(fixture.contains("404") ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        careerOneStop.start();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.create(Map.of("OCCUCOMPARE_DB", "jdbc:h2:file:" + tempDir.resolve("db").toAbsolutePath(),
                "OCCUCOMPARE_PLUGINS_DIR", tempDir.resolve("plugins").toString(),
                "OCCUCOMPARE_COS_USER_ID", "user-1", "OCCUCOMPARE_COS_TOKEN", "compare-test-token",
                "OCCUCOMPARE_COS_BASE_URL", "http://127.0.0.1:" + careerOneStop.getAddress().getPort()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exitCode = cli.execute("compare", "11-1011.00", "15-2051.00", "11-9999.01", "--format", "csv");

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(err.toString()).contains("11-9999.01").contains("left out");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(out.toString())).getRecords();
        CSVRecord median = rows.stream().filter(r -> r.get("occupation_code").equals("11-1011.00")
                && r.get("measure").equals("annual_wage_median")).findFirst().orElseThrow();
        assertThat(median.get("value")).isEqualTo("206420");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("occupation_code") + r.get("measure")).isEqualTo("11-1011.00annual_wage_p90");
            assertThat(r.get("qualifier")).isEqualTo("at_least");
        });
        assertThat(out.toString()).contains("# data: CareerOneStop API").doesNotContain("compare-test-token");
    }
}
