package org.occucompare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.occucompare.web.CareerOneStopStandIn;
import org.occucompare.web.CareerOneStopStandIn.Reply;
import org.occucompare.web.TestServer;

/**
 * The occupation page with a CareerOneStop token, over a stand-in serving the api-client's recorded answer for
 * Registered Nurses in California: every section the answer holds reaches the page, the switches follow
 * {@code ?sections=}, and a 404 "An error occurred" is a failure, never "no such occupation".
 */
class OccupationPageSectionsTest {
    private final AtomicBoolean failing = new AtomicBoolean();
    private CareerOneStopStandIn careerOneStop;
    private TestServer server;

    @BeforeEach
    void start() {
        careerOneStop = new CareerOneStopStandIn(() -> failing.get()
                ? Reply.json(404, "{\"Message\": \"Not found - (An error occurred)\"}")
                : Reply.fixture("registered-nurses-ca.json"));
        server = TestServer.start(careerOneStop.settings(), c -> { });
    }

    @AfterEach
    void stop() {
        server.close();
        careerOneStop.close();
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
        assertThat(page).doesNotContain("<th scope=\"col\">Mean</th>").doesNotContain(CareerOneStopStandIn.TOKEN);
    }

    @Test
    void sections_in_the_address_make_a_smaller_request() throws Exception {
        String page = server.get("/occupations/29-1141.00?location=CA&sections=wages,projections").body();

        assertThat(careerOneStop.queries()).singleElement().satisfies(query -> assertThat(List.of(query.split("&")))
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
