package org.occucompare.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.occucompare.apiclient.FakeCareerOneStop.TOKEN;
import static org.occucompare.apiclient.FakeCareerOneStop.text;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.Location;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.OccupationKey;

/**
 * The public surface end to end: whatever the upstream echoes, the token reaches no log line, exception message,
 * stack trace, miss message, batch outcome or {@code toString}. (The transport-level variant, with resets and
 * timeouts, is {@code internal.TokenLeakTest}.)
 */
class ClientTokenLeakTest {
    private static final String ECHO = "Authorization: Bearer " + TOKEN;

    @Test
    void nothing_the_client_says_or_logs_contains_the_token() {
        List<String> said = new ArrayList<>();
        String logged;
        try (LogCapture log = new LogCapture(); FakeCareerOneStop server = new FakeCareerOneStop()) {
            CareerOneStopConfig config = CareerOneStopClientTest.config(server);
            CareerOneStopClient client = CareerOneStopClientTest.client(config);
            OccupationKey nurses = OccupationKey.parse("29-1141.00");

            server.otherwise(text(503, "text/plain", ECHO));
            said.add(trace(catchThrowable(() -> client.fetch(nurses, Location.NATIONAL, Freshness.CACHED).require(nurses))));
            server.otherwise(text(200, "text/html", "<p>" + ECHO + "</p>"));
            said.add(trace(catchThrowable(() -> client.fetch(nurses, Location.NATIONAL, Freshness.CACHED).require(nurses))));
            server.otherwise(text(400, "application/json", "{\"Message\": \"" + ECHO + "\"}"));
            said.add(trace(catchThrowable(() -> client.fetch(nurses, Location.NATIONAL, Freshness.CACHED).require(nurses))));
            server.otherwise(text(404, "application/json", "{\"DidYouMean\": \"" + TOKEN + "\"}"));
            said.add(client.fetch(OccupationKey.parse("Registerd Nurses"), Location.NATIONAL, Freshness.CACHED)
                    .misses().get(0).message());
            server.otherwise(text(500, "text/plain", ECHO));
            client.fetch(List.of(nurses, OccupationKey.parse("Acute Care Nurses")),
                    List.of(Location.NATIONAL), Freshness.CACHED).misses()
                    .forEach(miss -> miss.failure().ifPresent(e -> said.add(trace(e))));
            // a wrong token that contains the right one: neither may show
            CareerOneStopClient refused = new CareerOneStopClient(
                    CareerOneStopConfig.of(FakeCareerOneStop.USER_ID, TOKEN + "x").withBaseUrl(server.baseUrl()));
            said.add(trace(catchThrowable(() -> refused.fetch(nurses, Location.NATIONAL, Freshness.CACHED).require(nurses))));
            said.add(config.toString());
            said.add(client.toString());
            logged = log.text();
        }

        assertThat(said).hasSize(9).allSatisfy(text -> assertThat(text).isNotBlank().doesNotContain(TOKEN));
        assertThat(said.get(3)).contains("Did you mean \"****\"?");
        assertThat(logged).contains("answered HTTP 503", "answered HTTP 500").doesNotContain(TOKEN);
    }

    private static String trace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
