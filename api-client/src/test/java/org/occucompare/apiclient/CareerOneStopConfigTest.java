package org.occucompare.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Section;

class CareerOneStopConfigTest {

    @Test
    void the_defaults_ask_for_everything_politely() {
        CareerOneStopConfig config = CareerOneStopConfig.of("user", "token");

        assertThat(config.baseUrl()).isEqualTo(URI.create("https://api.careeronestop.org"));
        assertThat(config.sections()).containsExactlyElementsOf(EnumSet.allOf(Section.class));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(config.maxAttempts()).isEqualTo(3);
        // a lookup never holds a request longer than the deadline, whatever the attempts would add up to
        assertThat(config.deadline()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.maxRetryAfter()).isLessThan(config.deadline());
        assertThat(config.breakerThreshold()).isEqualTo(5);
        assertThat(config.breakerCooldown()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.maxConcurrency()).isEqualTo(4);
        assertThat(config.requestsPerSecond()).isEqualTo(5);
        // a comparison of 10 occupations in one place fits in one burst
        assertThat(config.burst()).isEqualTo(10);
    }

    @Test
    void the_environment_supplies_the_credentials_and_optionally_the_base_url() {
        assertThat(CareerOneStopConfig.fromEnvironment(Map.of())).isEmpty();
        assertThat(CareerOneStopConfig.fromEnvironment(Map.of("OCCUCOMPARE_COS_USER_ID", "u",
                "OCCUCOMPARE_COS_TOKEN", " "))).isEmpty();
        assertThat(CareerOneStopConfig.fromEnvironment(Map.of("OCCUCOMPARE_COS_USER_ID", "u",
                "OCCUCOMPARE_COS_TOKEN", "t")).orElseThrow().baseUrl())
                .isEqualTo(CareerOneStopConfig.DEFAULT_BASE_URL);
        assertThat(CareerOneStopConfig.fromEnvironment(Map.of("OCCUCOMPARE_COS_USER_ID", "u",
                "OCCUCOMPARE_COS_TOKEN", "t", "OCCUCOMPARE_COS_BASE_URL", "http://127.0.0.1:8089/"))
                .orElseThrow().baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8089/"));
        assertThatThrownBy(() -> CareerOneStopConfig.fromEnvironment(Map.of("OCCUCOMPARE_COS_USER_ID", "u",
                "OCCUCOMPARE_COS_TOKEN", "t", "OCCUCOMPARE_COS_BASE_URL", "ftp://example.test")))
                .isInstanceOfSatisfying(OccupationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining("OCCUCOMPARE_COS_BASE_URL");
    }

    @Test
    void invalid_settings_are_refused_with_what_to_do() {
        CareerOneStopConfig config = CareerOneStopConfig.of("u", "t");

        assertThatThrownBy(() -> CareerOneStopConfig.of(" ", "t")).hasMessageContaining("OCCUCOMPARE_COS_USER_ID");
        assertThatThrownBy(() -> config.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("not positive");
        assertThatThrownBy(() -> config.withRetries(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("1..10");
        assertThatThrownBy(() -> config.withLimits(0, 5, 10)).hasMessageContaining("1..64");
        assertThatThrownBy(() -> config.withLimits(4, 0, 10)).hasMessageContaining("keep it low");
        assertThatThrownBy(() -> config.withLimits(4, Double.NaN, 10)).isInstanceOf(OccupationException.class);
        assertThatThrownBy(() -> config.withLimits(4, 5, 0)).hasMessageContaining("burst 0 is outside 1..100");
        assertThatThrownBy(() -> config.withLimits(4, 5, 101)).hasMessageContaining("keep it low");
    }

    @Test
    void to_string_masks_the_token_but_shows_the_rest() {
        CareerOneStopConfig config = CareerOneStopConfig.of("user-7", FakeCareerOneStop.TOKEN);

        assertThat(config.toString()).doesNotContain(FakeCareerOneStop.TOKEN)
                .contains("token=****", "userId=user-7", "maxConcurrency=4");
        assertThat(new CareerOneStopClient(config).toString()).doesNotContain(FakeCareerOneStop.TOKEN);
    }

    @Test
    void the_sections_are_copied() {
        EnumSet<Section> sections = EnumSet.of(Section.WAGES);
        CareerOneStopConfig config = CareerOneStopConfig.of("u", "t").withSections(sections);
        sections.add(Section.TASKS);

        assertThat(config.sections()).containsExactly(Section.WAGES);
        assertThatThrownBy(() -> config.sections().add(Section.SKILLS))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
