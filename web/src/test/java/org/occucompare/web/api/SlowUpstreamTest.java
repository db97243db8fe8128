package org.occucompare.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.occucompare.apiclient.FakeCareerOneStop;
import org.occucompare.web.TestServer;
import org.occucompare.web.config.AppConfig;

/**
 * A CareerOneStop that accepts requests and never answers no longer holds a request hostage: the configured
 * deadline (2 s here) ends the lookup, with the one attempt that fits in it (attempts last 4 s), and the answer says
 * so. Before the deadline, such a request was held for 3 attempts of 20 s.
 */
class SlowUpstreamTest {
    @Test
    void the_deadline_ends_a_lookup_of_an_upstream_that_never_answers() throws Exception {
        try (FakeCareerOneStop careerOneStop = new FakeCareerOneStop().otherwise(
                FakeCareerOneStop.delayed(60_000, FakeCareerOneStop.json(200, "registered-nurses-ca.json")));
                TestServer server = TestServer.start(Map.of(AppConfig.COS_USER_ID, FakeCareerOneStop.USER_ID,
                        AppConfig.COS_TOKEN, FakeCareerOneStop.TOKEN, AppConfig.COS_BASE_URL,
                        careerOneStop.baseUrl().toString(), AppConfig.COS_DEADLINE, "2"), config -> { })) {

            HttpResponse<String> response = server.get("/api/occupations/29-1141.00");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("within the 2 s a lookup may take (1 attempt")
                    .doesNotContain(FakeCareerOneStop.TOKEN);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(careerOneStop.requests()).hasSize(1);
        }
    }
}
