package org.occucompare.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.OccupationKey;

class RawResponseListenerTest {
    private static final OccupationCode NURSES = OccupationCode.parse("29-1141.00");

    @Test
    void every_occupation_received_reaches_the_listener_raw_and_without_the_token_or_user_id() {
        List<RawResponse> kept = new CopyOnWriteArrayList<>();
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            var client = new CareerOneStopClient(CareerOneStopClientTest.config(server),
                    Clock.fixed(CareerOneStopClientTest.NOW, ZoneOffset.UTC), kept::add);

            client.fetch(new OccupationKey.Code(NURSES), Location.parse("CA"), Freshness.CACHED)
                    .require(new OccupationKey.Code(NURSES));
        }

        assertThat(kept).hasSize(1);
        RawResponse raw = kept.get(0);
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.receivedAt()).isEqualTo(CareerOneStopClientTest.NOW);
        assertThat(raw.requestPath()).contains("{userId}").contains("29-1141.00")
                .doesNotContain(FakeCareerOneStop.USER_ID);
        assertThat(raw.body()).contains("\"OnetTitle\": \"Registered Nurses\"").doesNotContain(FakeCareerOneStop.TOKEN);
    }

    @Test
    void a_failing_listener_does_not_fail_the_lookup() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            var client = new CareerOneStopClient(CareerOneStopClientTest.config(server),
                    Clock.fixed(CareerOneStopClientTest.NOW, ZoneOffset.UTC), raw -> {
                        throw new IllegalStateException("disk full");
                    });

            assertThat(client.fetch(new OccupationKey.Code(NURSES), Location.parse("CA"), Freshness.CACHED)
                    .occupations()).hasSize(1);
        }
    }
}
