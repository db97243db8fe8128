package org.occucompare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.occucompare.web.TestServer;
import org.occucompare.web.config.AppConfig;

/**
 * The occupation page with a CareerOneStop token, over a stand-in serving the api-client's recorded answer for
 * Registered Nurses in California: every section the answer holds reaches the page, the switches follow
 * {@code ?sections=}, and a 404 "An error occurred" is a failure, never "no such occupation".
 */
class OccupationPageSectionsTest {
    private static final String TOKEN = "page-sections-token-5e2a";
    private final AtomicBoolean failing = new AtomicBoolean();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private HttpServer careerOneStop;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        careerOneStop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        careerOneStop.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            queries.add(exchange.getRequestURI().getRawQuery());
            byte[] body;
            int status = 200;
            if (failing.get()) {
                body = "{\"Message\": \"Not found - (An error occurred)\"}".getBytes(StandardCharsets.UTF_8);
                status = 404;
            } else {
                try (InputStream in = OccupationPageSectionsTest.class
                        .getResourceAsStream("/careeronestop/registered-nurses-ca.json")) {
                    body = in.readAllBytes();
                }
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        careerOneStop.start();
        server = TestServer.start(Map.of(AppConfig.COS_USER_ID, "user-1", AppConfig.COS_TOKEN, TOKEN,
                AppConfig.COS_BASE_URL, "http://127.0.0.1:" + careerOneStop.getAddress().getPort()), c -> { });
    }

    @AfterEach
    void stop() {
        server.close();
        careerOneStop.stop(0);
    }

    @Test
    void every_section_of_the_answer_reaches_the_page() throws Exception {
        String page = server.get("/occupations/29-1141.00?location=CA").body();

        // the figures and texts of registered-nurses-ca.json
        assertThat(page).contains("href=\"https://www.bls.gov/ooh/healthcare/registered-nurses.htm\"",
                "Registered Nursing/Registered Nurse.", "General medical and surgical hospitals; private",
                "50.2 %", "Education attained by workers", "54.4 %", "Apache Spark (hot)",
                "Corresponding needs are Co-workers, Moral Values and Social Service.", "id=\"state-lmi\"");
        assertThat(page).doesNotContain("Available with a CareerOneStop token");
        // CareerOneStop sends percentiles only: no column of n/a for the mean or the employment
        assertThat(page).doesNotContain("<th scope=\"col\">Mean</th>").doesNotContain(TOKEN);
    }

    @Test
    void sections_in_the_address_make_a_smaller_request() throws Exception {
        String page = server.get("/occupations/29-1141.00?location=CA&sections=wages,projections").body();

        assertThat(queries).singleElement().satisfies(query -> assertThat(List.of(query.split("&")))
                .filteredOn(p -> p.endsWith("=true"))
                .containsExactlyInAnyOrder("wages=true", "projectedEmployment=true", "enableMetaData=true"));
        assertThat(page).contains("$140,330").doesNotContain("Apache Spark");
    }

    @Test
    void a_404_an_error_occurred_is_an_outage_not_an_unknown_occupation() throws Exception {
        failing.set(true);

        HttpResponse<String> response = server.get("/occupations/29-1141.00?location=CA");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).doesNotContain("No occupation matches");
    }
}
