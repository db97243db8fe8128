package org.occucompare.apiclient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.occucompare.apiclient.FakeCareerOneStop.TOKEN;
import static org.occucompare.apiclient.FakeCareerOneStop.cutOff;
import static org.occucompare.apiclient.FakeCareerOneStop.delayed;
import static org.occucompare.apiclient.FakeCareerOneStop.reset;
import static org.occucompare.apiclient.FakeCareerOneStop.retryAfter;
import static org.occucompare.apiclient.FakeCareerOneStop.text;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.occucompare.apiclient.FakeCareerOneStop;
import org.occucompare.apiclient.LogCapture;

/**
 * The token must never reach a log line, a message, a {@code toString} or a stack trace, even when the upstream echoes
 * it back. Every failing path is driven through a real server while slf4j-simple's output is captured.
 */
class TokenLeakTest {
    private static final OccupationRequest NURSES = OccupationRequest.everything("29-1141.00", "CA");
    private static final String ECHO = "Authorization: Bearer " + TOKEN;

    @Test
    void no_failing_call_puts_the_token_in_a_log_line_message_or_stack_trace() {
        List<Throwable> failures = new ArrayList<>();
        String logged;
        try (LogCapture log = new LogCapture(); FakeCareerOneStop server = new FakeCareerOneStop()) {
            // each scenario gets a client of its own, so that a circuit breaker opened by one cannot refuse the next;
            // each scenario answers every attempt the same way, so the JDK client's own silent retry of a
            // dropped pooled connection cannot shift a script
            List<FakeCareerOneStop.Responder> scenarios = List.of(
                    text(500, "text/plain", ECHO),
                    retryAfter(429, "3600"),
                    reset(),
                    delayed(1_000, text(200, "application/json", "{}")),
                    cutOff("registered-nurses-ca.json"),
                    text(200, "text/html", "<html><body><pre>" + ECHO + "</pre></body></html>"),
                    text(200, "application/json", "{\"Message\": \"" + ECHO + "\", \"OccupationDetail\": [{"),
                    text(400, "application/json", "{\"Message\": \"bad token " + TOKEN + "\"}"),
                    text(404, "application/json", "{\"Message\": \"" + ECHO + "\", \"DidYouMean\": \"" + TOKEN
                            + "\"}"),
                    text(418, "text/plain", ECHO));
            for (FakeCareerOneStop.Responder scenario : scenarios) {
                server.otherwise(scenario);
                OccupationDetailsApi api = new OccupationDetailsApi(
                        Apis.settings(server.baseUrl(), TOKEN, Duration.ofMillis(300), 3, 4, 1_000));
                failures.add(catchThrowable(() -> {
                    Answer answer = api.fetch(NURSES);
                    if (answer instanceof Answer.NotFound notFound) {
                        throw new AssertionError("not found: " + notFound);
                    }
                }));
            }
            // and a wrong token, whose 401 is answered by the fake
            OccupationDetailsApi wrong = new OccupationDetailsApi(
                    Apis.settings(server.baseUrl(), TOKEN + "-old", Duration.ofMillis(300), 3, 4, 1_000));
            failures.add(catchThrowable(() -> wrong.fetch(NURSES)));
            logged = log.text();
        }

        assertThat(failures).hasSize(11).doesNotContainNull();
        assertThat(logged)
                .as("the failing calls were logged at all")
                .contains("answered HTTP 500", "closed or reset the connection",
                        "did not answer within 0.3 s", "answered HTTP 429", "GET /v1/occupation/{userId}/29-1141.00/CA")
                .doesNotContain(TOKEN)
                .doesNotContain(FakeCareerOneStop.USER_ID);
        for (Throwable failure : failures) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString()).as(failure.toString())
                    .doesNotContain(TOKEN)
                    .containsAnyOf("Exception", "Error");
        }
        assertThat(failures.get(5)).hasMessageContaining("HTML").hasMessageContaining("Bearer ****");
        assertThat(failures.get(6)).hasMessageContaining("cannot read").hasMessageContaining("Bearer ****");
        assertThat(failures.get(7)).hasMessageContaining("invalid: bad token ****");
        assertThat(failures.get(8)).hasMessageContaining("not found").hasMessageContaining("didYouMean=****");
        assertThat(failures.get(10)).hasMessageContaining("refused");
    }

    @Test
    void settings_to_string_masks_the_token() {
        TransportSettings settings =
                Apis.settings(java.net.URI.create("http://127.0.0.1:9"), TOKEN, Duration.ofSeconds(1), 3, 4, 5);

        assertThat(settings.toString()).doesNotContain(TOKEN).contains("token=****");
    }
}
