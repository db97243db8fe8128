package org.occucompare.apiclient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.occucompare.apiclient.FakeCareerOneStop.bytes;
import static org.occucompare.apiclient.FakeCareerOneStop.cutOff;
import static org.occucompare.apiclient.FakeCareerOneStop.fixture;
import static org.occucompare.apiclient.FakeCareerOneStop.fixtureAs;
import static org.occucompare.apiclient.FakeCareerOneStop.json;
import static org.occucompare.apiclient.FakeCareerOneStop.text;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.occucompare.apiclient.FakeCareerOneStop;
import org.occucompare.apiclient.UpstreamException;
import org.occucompare.apiclient.internal.json.ErrorBodyJson;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

class OccupationDetailsApiTest {
    private static final OccupationRequest NURSES = OccupationRequest.everything("29-1141.00", "CA");

    @Test
    void a_200_with_an_occupation_is_found() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            Answer answer = Apis.api(server).fetch(NURSES);

            assertThat(answer).isInstanceOfSatisfying(Answer.Found.class,
                    found -> assertThat(found.body().first().onetTitle()).isEqualTo("Registered Nurses"));
        }
    }

    @Test
    void text_json_is_accepted_as_json() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(fixtureAs(200, "text/json; charset=utf-8", "acute-care-nurses-us.json"));

            assertThat(Apis.api(server).fetch(NURSES)).isInstanceOf(Answer.Found.class);
        }
    }

    @Test
    void a_404_is_not_found_with_the_upstream_suggestion() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(json(404, "not-found-404.json"));

            assertThat(Apis.api(server).fetch(NURSES)).isEqualTo(new Answer.NotFound(
                    new ErrorBodyJson("Not found - (No data available)", "Registered Nurses", null)));
        }
    }

    @Test
    void a_404_an_error_occurred_is_an_upstream_failure_retried_not_a_miss() {
        // get-occupation-details-api.txt, Errors: 404 is "1) Not found - (An error occurred) and 2) Not found - (No
        // data available)"; only the second says the occupation is not there
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(text(404, "application/json", "{\"Message\": \"Not found - (An error occurred)\"}"));

            assertThat(Apis.api(server).fetch(NURSES)).isInstanceOf(Answer.Found.class);
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void a_404_an_error_occurred_on_every_attempt_is_an_upstream_error_naming_it() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(text(404, "text/plain", "Not found - (An error occurred)"));

            assertThatThrownBy(() -> Apis.api(server).fetch(NURSES))
                    .isInstanceOfSatisfying(UpstreamException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM);
                        assertThat(e.status()).hasValue(404);
                    })
                    .hasMessageContaining("failed 3 times")
                    .hasMessageContaining("An error occurred");
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void a_404_with_a_plain_text_body_is_not_found_without_suggestions() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(text(404, "text/plain", "Not found"));

            assertThat(Apis.api(server).fetch(NURSES)).isEqualTo(new Answer.NotFound(ErrorBodyJson.EMPTY));
        }
    }

    @Test
    void a_200_without_any_occupation_is_not_found_and_keeps_did_you_mean() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(text(200, "application/json", "{\"OccupationDetail\": [], \"RecordCount\": 0, "
                    + "\"DidYouMean\": \"Registered Nurses\"}"));

            assertThat(Apis.api(server).fetch(NURSES)).isEqualTo(
                    new Answer.NotFound(new ErrorBodyJson(null, "Registered Nurses", null)));
        }
    }

    @Test
    void a_400_is_invalid_input_carrying_the_upstream_message() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(json(400, "bad-request-400.json"));

            assertThatThrownBy(() -> Apis.api(server).fetch(OccupationRequest.everything("29-1141.00", "Narnia")))
                    .isInstanceOfSatisfying(OccupationException.class,
                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                    .hasMessageContaining("location 'Narnia' is not a city and state")
                    .hasMessageContaining("such as US, CA, 'Chicago, IL' or a ZIP code");
        }
    }

    @Test
    void a_wrong_token_is_refused_with_the_agreed_message() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            OccupationDetailsApi api = new OccupationDetailsApi(
                    Apis.settings(server.baseUrl(), "not-the-token", Duration.ofSeconds(2), 3, 4, 1_000));

            assertThatThrownBy(() -> api.fetch(NURSES))
                    .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.status()).hasValue(401))
                    .hasMessage("the CareerOneStop user id or token was refused: check OCCUCOMPARE_COS_USER_ID / "
                            + "OCCUCOMPARE_COS_TOKEN (HTTP 401).");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void an_html_page_with_status_200_is_an_upstream_format_error_quoting_an_excerpt() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(bytes(200, "text/html; charset=utf-8", fixture("error-page.html")));

            assertThatThrownBy(() -> Apis.api(server).fetch(NURSES))
                    .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.status()).hasValue(200))
                    .hasMessageContaining("an HTML page instead of JSON")
                    .hasMessageContaining("\"<!DOCTYPE html> <html> <head><title>Service Unavailable</title>");
        }
    }

    @Test
    void html_served_as_json_is_recognised_too() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(bytes(200, "application/json", fixture("error-page.html")));

            assertThatThrownBy(() -> Apis.api(server).fetch(NURSES)).hasMessageContaining("an HTML page");
        }
    }

    @Test
    void a_truncated_body_is_an_upstream_format_error_with_a_short_excerpt() {
        byte[] whole = fixture("registered-nurses-ca.json");
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(bytes(200, "application/json", Arrays.copyOf(whole, 700)));

            assertThatThrownBy(() -> Apis.api(server).fetch(NURSES))
                    .isInstanceOf(UpstreamException.class)
                    .hasMessageContaining("a body we cannot read")
                    .hasMessageContaining("\"{ \"OccupationDetail\": [ { \"OnetTitle\": \"Registered Nurses\"")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(500));
        }
    }

    @Test
    void a_connection_closed_mid_body_is_retried_like_a_reset() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(cutOff("registered-nurses-ca.json"));

            assertThat(Apis.api(server).fetch(NURSES)).isInstanceOf(Answer.Found.class);
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void other_client_errors_and_redirects_are_upstream_errors_naming_the_status() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.then(text(405, "text/plain", "Method Not Allowed"), text(302, "text/plain", ""));

            assertThatThrownBy(() -> Apis.api(server).fetch(NURSES))
                    .isInstanceOf(UpstreamException.class)
                    .hasMessageContaining("HTTP 405")
                    .hasMessageContaining("\"Method Not Allowed\"");
            assertThatThrownBy(() -> Apis.api(server).fetch(NURSES))
                    .isInstanceOf(UpstreamException.class)
                    .hasMessageContaining("redirects are not followed");
        }
    }
}
