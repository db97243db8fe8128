package org.occucompare.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.occucompare.apiclient.FakeCareerOneStop.json;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.Lookup;
import org.occucompare.core.source.Miss;
import org.occucompare.core.source.OccupationKey;

class CareerOneStopClientTest {
    static final Instant NOW = Instant.parse("2026-05-04T15:02:12Z");
    private static final OccupationCode NURSES = OccupationCode.parse("29-1141.00");
    private static final OccupationKey NURSES_KEY = new OccupationKey.Code(NURSES);

    static CareerOneStopConfig config(FakeCareerOneStop server) {
        return CareerOneStopConfig.of(FakeCareerOneStop.USER_ID, FakeCareerOneStop.TOKEN)
                .withBaseUrl(server.baseUrl())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withRetries(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    static CareerOneStopClient client(CareerOneStopConfig config) {
        return new CareerOneStopClient(config, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void find_by_code_asks_for_every_section_and_maps_the_answer() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            Occupation nurses = client(config(server)).fetch(NURSES_KEY, Location.parse("CA"), Freshness.CACHED)
                    .require(NURSES_KEY);

            assertThat(nurses.title()).isEqualTo("Registered Nurses");
            assertThat(nurses.wages().orElseThrow().national(RateType.ANNUAL).orElseThrow().median())
                    .isEqualTo(WageAmount.of(93_600));
            assertThat(nurses.requestedSections()).hasSize(19);
            assertThat(nurses.retrieval().retrievedAt()).isEqualTo(NOW);
            FakeCareerOneStop.Seen seen = server.requests().get(0);
            assertThat(seen.keyword()).isEqualTo("29-1141.00");
            assertThat(seen.location()).isEqualTo("CA");
            assertThat(seen.rawQuery().split("&")).hasSize(19).allMatch(p -> p.endsWith("=true"));
        }
    }

    @Test
    void a_narrower_configuration_sends_false_for_the_rest_and_records_what_was_asked() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            CareerOneStopConfig wagesOnly = config(server).withSections(EnumSet.of(Section.WAGES, Section.TASKS));
            Occupation nurses = client(wagesOnly).fetch(NURSES_KEY, Location.NATIONAL, Freshness.CACHED)
                    .require(NURSES_KEY);

            // the metadata is asked for with any section: every answer says where it came from
            assertThat(server.requests().get(0).rawQuery())
                    .contains("wages=true", "tasks=true", "skills=false", "enableMetaData=true");
            assertThat(nurses.isRequested(Section.SKILLS)).isFalse();
            assertThat(nurses.skills()).isEmpty();
            assertThat(nurses.tasks()).isNotEmpty();
        }
    }

    @Test
    void the_sections_of_one_call_choose_its_switches_whatever_the_configuration() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            Occupation nurses = client(config(server)).fetch(NURSES_KEY, Location.NATIONAL,
                    EnumSet.of(Section.SKILLS), Freshness.CACHED).require(NURSES_KEY);

            List<String> on = Arrays.stream(server.requests().get(0).rawQuery().split("&"))
                    .filter(p -> p.endsWith("=true")).toList();
            assertThat(on).containsExactlyInAnyOrder("skills=true", "enableMetaData=true");
            assertThat(nurses.requestedSections()).containsExactlyInAnyOrder(Section.SKILLS, Section.METADATA);
            assertThat(nurses.skills()).isNotEmpty();
            assertThat(nurses.wages()).isEmpty();
        }
    }

    @Test
    void titles_and_city_locations_arrive_intact() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            client(config(server)).fetch(new OccupationKey.Title("Police and Sheriff's Patrol Officers"),
                    Location.parse("Chicago, IL"), Freshness.CACHED);

            assertThat(server.requests().get(0).keyword()).isEqualTo("Police and Sheriff's Patrol Officers");
            assertThat(server.requests().get(0).location()).isEqualTo("Chicago, IL");
        }
    }

    @Test
    void a_404_is_a_miss_with_careeronestops_suggestion_first() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(json(404, "not-found-404.json"));
            CareerOneStopClient client = client(config(server));
            OccupationKey typo = OccupationKey.parse("Registerd Nurses");

            Lookup lookup = client.fetch(typo, Location.NATIONAL, Freshness.CACHED);
            assertThat(lookup.occupation(typo)).isEmpty();
            Miss miss = lookup.miss(typo).orElseThrow();
            assertThat(miss.kind()).isEqualTo(Miss.Kind.NOT_FOUND);
            assertThat(miss.didYouMean()).contains("Registered Nurses");
            assertThat(miss.suggestions()).first().isEqualTo(
                    new OccupationSummary(NURSES, "Registered Nurses", Optional.empty()));
            assertThat(miss.message()).isEqualTo("No occupation matches \"Registerd Nurses\" in " + client.describe()
                    + ". Did you mean \"Registered Nurses\"? Try 29-1141.00 (Registered Nurses).");
            assertThatThrownBy(() -> lookup.require(typo)).isInstanceOfSatisfying(OccupationException.class,
                    e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
        }
    }

    @Test
    void a_code_unknown_upstream_suggests_its_siblings_under_the_same_soc() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(FakeCareerOneStop.text(404, "text/plain", "Not found"));
            OccupationKey unknown = OccupationKey.parse("29-1141.02");

            Miss miss = client(config(server)).fetch(unknown, Location.parse("TX"), Freshness.CACHED).misses().get(0);

            assertThat(miss.suggestions()).extracting(s -> s.code().value())
                    .containsExactly("29-1141.00", "29-1141.01", "29-1141.03", "29-1141.04");
            assertThat(miss.message()).startsWith("No occupation matches \"29-1141.02\" in CareerOneStop API at ")
                    .contains(". Did you mean 29-1141.00 (Registered Nurses), 29-1141.01 (Acute Care Nurses), ");
        }
    }

    @Test
    void a_bare_soc_code_is_answered_locally_with_the_onet_codes_under_it() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            CareerOneStopClient client = client(config(server));
            OccupationKey soc = OccupationKey.parse("291141");

            Miss bare = client.fetch(soc, Location.NATIONAL, Freshness.CACHED).miss(soc).orElseThrow();

            assertThat(server.requests()).as("CareerOneStop answers 404 for it, so it is not asked").isEmpty();
            assertThat(bare.kind()).isEqualTo(Miss.Kind.TOO_BROAD);
            assertThat(bare.suggestions()).extracting(s -> s.code().value()).containsExactly(
                    "29-1141.00", "29-1141.01", "29-1141.02", "29-1141.03", "29-1141.04");
            assertThat(bare.message()).startsWith("29-1141 is a SOC code, which O*NET divides into occupations: use"
                    + " one of 29-1141.00 (Registered Nurses), 29-1141.01 (Acute Care Nurses)");
            OccupationKey aggregate = OccupationKey.parse("21-1018");
            assertThat(client.fetch(aggregate, Location.NATIONAL, Freshness.CACHED).misses().get(0).message())
                    .contains("search by title");
        }
    }

    @Test
    void a_bls_area_is_refused_before_any_request() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            assertThatThrownBy(() -> client(config(server)).fetch(NURSES_KEY, Location.parse("area:35620"),
                    Freshness.CACHED))
                    .isInstanceOfSatisfying(OccupationException.class,
                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                    .hasMessageContaining("not a BLS area (area:35620)");
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void a_refused_token_says_which_settings_to_check() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            CareerOneStopConfig wrong = CareerOneStopConfig.of(FakeCareerOneStop.USER_ID, "expired-token")
                    .withBaseUrl(server.baseUrl());

            assertThatThrownBy(() -> client(wrong).fetch(NURSES_KEY, Location.NATIONAL, Freshness.CACHED)
                    .require(NURSES_KEY))
                    .isInstanceOfSatisfying(UpstreamException.class, e -> {
                        assertThat(e.status()).hasValue(401);
                        assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM);
                    })
                    .hasMessageStartingWith("the CareerOneStop user id or token was refused: check "
                            + "OCCUCOMPARE_COS_USER_ID / OCCUCOMPARE_COS_TOKEN");
        }
    }

    @Test
    void search_runs_locally_over_the_onet_titles() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            CareerOneStopClient client = client(config(server));

            assertThat(client.search("registered nurses", 3)).first()
                    .isEqualTo(new OccupationSummary(NURSES, "Registered Nurses", Optional.empty()));
            assertThat(client.search("nurse", 2)).hasSize(2);
            assertThat(server.requests()).isEmpty();
            assertThatThrownBy(() -> client.search(" ", 5)).isInstanceOf(OccupationException.class);
            assertThatThrownBy(() -> client.search("nurse", 0)).isInstanceOf(OccupationException.class);
        }
    }

    @Test
    void describe_names_the_api_and_a_non_default_address() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            assertThat(client(config(server)).describe()).isEqualTo("CareerOneStop API at " + server.baseUrl());
            assertThat(new CareerOneStopClient(CareerOneStopConfig.of("u", "t")).describe())
                    .isEqualTo("CareerOneStop API");
        }
    }

    @Test
    void a_blank_title_falls_back_to_the_asked_one_and_without_any_is_an_upstream_error() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            server.otherwise(FakeCareerOneStop.text(200, "application/json",
                    "{\"OccupationDetail\": [{\"OnetCode\": \"29-1141.00\", \"OnetTitle\": \" \"}]}"));
            CareerOneStopClient client = client(config(server));

            OccupationKey title = new OccupationKey.Title("Registered Nurses");
            assertThat(client.fetch(title, Location.NATIONAL, Freshness.CACHED).require(title).title())
                    .isEqualTo("Registered Nurses");
            assertThat(client.fetch(NURSES_KEY, Location.NATIONAL, Freshness.CACHED).require(NURSES_KEY).title())
                    .as("the bundled list knows the code's title").isEqualTo("Registered Nurses");
            OccupationKey unknown = OccupationKey.parse("99-9999.00");
            assertThatThrownBy(() -> client.fetch(unknown, Location.NATIONAL, Freshness.CACHED).require(unknown))
                    .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.status()).hasValue(200))
                    .hasMessageContaining("an occupation we cannot use")
                    .hasMessageContaining("no title");
        }
    }

    @Test
    void every_key_is_asked_at_every_place_and_merged_into_one_occupation_in_key_order() {
        try (FakeCareerOneStop server = new FakeCareerOneStop()) {
            Lookup fetched = client(config(server)).fetch(
                    List.of(NURSES_KEY, OccupationKey.parse("Acute Care Nurses")),
                    List.of(Location.NATIONAL, Location.parse("CA")), Freshness.CACHED);

            assertThat(server.requests()).extracting(r -> r.keyword() + "@" + r.location()).containsExactlyInAnyOrder(
                    "29-1141.00@US", "29-1141.00@CA", "Acute Care Nurses@US", "Acute Care Nurses@CA");
            assertThat(fetched.occupations().keySet()).extracting(OccupationKey::toString)
                    .containsExactly("29-1141.00", "Acute Care Nurses");
            assertThat(fetched.misses()).isEmpty();
            // the stand-in answers Registered Nurses in California: the national and the CA rows, once each
            assertThat(fetched.require(NURSES_KEY).wages().orElseThrow().estimates())
                    .extracting(e -> e.area().key() + " " + e.rateType()).doesNotHaveDuplicates().contains("US ANNUAL",
                            "CA ANNUAL");
            assertThat(fetched.require(NURSES_KEY).retrieval().location())
                    .isEqualTo(Location.NATIONAL);
        }
    }
}
