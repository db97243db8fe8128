package org.occucompare.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Section;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.Lookup;
import org.occucompare.core.source.OccupationKey;

/**
 * A smoke test against the real CareerOneStop API. It runs only when {@code OCCUCOMPARE_COS_USER_ID} and
 * {@code OCCUCOMPARE_COS_TOKEN} are set (see docs/careeronestop.md) and is skipped otherwise; it makes five
 * requests. It checks the shape, not figures that change with each data release.
 */
@Tag("live")
class CareerOneStopLiveTest {
    private CareerOneStopClient client;

    @BeforeEach
    void configure() {
        Optional<CareerOneStopConfig> config = CareerOneStopConfig.fromEnvironment(System.getenv());
        assumeThat(config)
                .as("OCCUCOMPARE_COS_USER_ID and OCCUCOMPARE_COS_TOKEN are not set: skipping the live CareerOneStop "
                        + "smoke test (see docs/careeronestop.md to register for a token)")
                .isPresent();
        client = new CareerOneStopClient(config.orElseThrow());
    }

    @Test
    void registered_nurses_in_california_come_back_with_every_requested_section() {
        OccupationKey key = OccupationKey.parse("29-1141.00");
        Occupation nurses = client.fetch(key, Location.parse("CA"), Freshness.CACHED).require(key);

        assertThat(nurses.title()).isEqualTo("Registered Nurses");
        assertThat(nurses.requestedSections()).hasSize(Section.values().length);
        var wages = nurses.wages().orElseThrow();
        assertThat(wages.national(RateType.ANNUAL).orElseThrow().median().lowerBound()).isPresent();
        assertThat(wages.find(Location.parse("CA"), RateType.ANNUAL)).isPresent();
        assertThat(nurses.tasks()).isNotEmpty().extracting(t -> t.id()).doesNotHaveDuplicates();
        assertThat(nurses.skills()).isNotEmpty();
        assertThat(nurses.projections().flatMap(p -> p.national())).isPresent();
    }

    @Test
    void an_exact_title_is_found_and_a_made_up_one_is_not() {
        OccupationKey title = new OccupationKey.Title("Registered Nurses");
        assertThat(client.fetch(title, Location.NATIONAL, Freshness.CACHED).require(title).code().value())
                .isEqualTo("29-1141.00");
        OccupationKey madeUp = OccupationKey.parse("Registered Nursez Of Nowhere");
        Lookup lookup = client.fetch(madeUp, Location.NATIONAL, Freshness.CACHED);
        assertThat(lookup.occupation(madeUp)).isEmpty();
        assertThat(lookup.miss(madeUp).orElseThrow().message()).isNotBlank();
    }

    @Test
    void a_batch_of_two_arrives_in_order() {
        Lookup fetched = client.fetch(
                List.of(OccupationKey.parse("29-1141.00"), OccupationKey.parse("15-2051.00")),
                List.of(Location.NATIONAL), Freshness.CACHED);

        assertThat(fetched.occupations().values()).extracting(o -> o.code().value())
                .containsExactly("29-1141.00", "15-2051.00");
    }
}
