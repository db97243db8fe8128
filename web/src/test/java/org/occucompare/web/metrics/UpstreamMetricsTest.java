package org.occucompare.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.analytics.plugin.PluginJars;
import org.occucompare.analytics.plugin.PluginSources;
import org.occucompare.apiclient.FakeCareerOneStop;
import org.occucompare.web.MovableClock;
import org.occucompare.web.TestServer;
import org.occucompare.web.config.AppConfig;

/**
 * What happens upstream, in the cache and in the plugins reaches {@code /metrics}: the app runs against the local
 * CareerOneStop stand-in on a clock the test moves, with a plugin whose metric sleeps past its time limit.
 */
class UpstreamMetricsTest {
    private static final String NURSES = "/api/occupations/29-1141.00";

    @TempDir
    Path tempDir;

    @Test
    void upstream_calls_retries_errors_cache_answers_breaker_and_plugin_time_outs_are_served() throws Exception {
        Path plugins = Files.createDirectories(tempDir.resolve("plugins"));
        PluginJars.compile(tempDir, PluginSources.all().entrySet().stream()
                .filter(e -> e.getKey().contains(".slow.")).collect(Collectors.toMap(Map.Entry::getKey,
                        Map.Entry::getValue)))
                .jar(plugins.resolve("slow.jar"), "org.occucompare.plugins.slow",
                        Optional.of("org.occucompare.plugins.slow.TestPlugin"));
        MovableClock clock = new MovableClock(Instant.now());
        try (FakeCareerOneStop careerOneStop = new FakeCareerOneStop();
                TestServer server = TestServer.start(Map.of(AppConfig.COS_USER_ID, FakeCareerOneStop.USER_ID,
                        AppConfig.COS_TOKEN, FakeCareerOneStop.TOKEN, AppConfig.COS_BASE_URL,
                        careerOneStop.baseUrl().toString(), AppConfig.PLUGINS_DIR, plugins.toString()), clock,
                        config -> { })) {
            // a miss fetched on the second attempt, then a hit
            careerOneStop.then(FakeCareerOneStop.text(503, "text/plain", "busy"));
            assertThat(server.get(NURSES).statusCode()).isEqualTo(200);
            assertThat(server.get(NURSES).statusCode()).isEqualTo(200);
            // a month on, CareerOneStop asks for a pause: the record is served stale, and the breaker opens
            clock.advance(Duration.ofDays(31));
            careerOneStop.otherwise(FakeCareerOneStop.retryAfter(429, "120"));
            assertThat(server.get(NURSES).statusCode()).isEqualTo(200);
            // refused by the breaker without a request, served stale again; the plugin's metric times out
            HttpResponse<String> comparison = server.get("/api/compare?occupations=29-1141.00,15-2051.00");
            assertThat(comparison.statusCode()).as(comparison.body()).isEqualTo(200);

            String metrics = server.get("/metrics").body();

            assertThat(value(metrics, "occucompare_upstream_calls_seconds_count", "outcome=\"ok\"")).isEqualTo(1);
            assertThat(value(metrics, "occucompare_upstream_retries_total", "upstream=\"careeronestop\""))
                    .isEqualTo(1);
            assertThat(value(metrics, "occucompare_upstream_errors_total", "outcome=\"rate_limited\"")).isEqualTo(1);
            assertThat(value(metrics, "occucompare_upstream_calls_seconds_count", "outcome=\"breaker_open\""))
                    .isEqualTo(2);
            assertThat(value(metrics, "occucompare_cache_lookups_total", "result=\"miss\"")).isEqualTo(2);
            assertThat(value(metrics, "occucompare_cache_lookups_total", "result=\"hit\"")).isEqualTo(1);
            assertThat(value(metrics, "occucompare_cache_lookups_total", "result=\"stale\"")).isEqualTo(2);
            assertThat(value(metrics, "occucompare_upstream_breaker", "upstream=\"careeronestop\"")).isEqualTo(2);
            assertThat(value(metrics, "occucompare_plugin_timeouts_total", "plugin=\"slow-plugin\"")).isEqualTo(1);
            assertThat(careerOneStop.requests()).hasSize(3);
        }
    }

    /** The value of the one sample of a metric whose labels include {@code label}. */
    private static double value(String scrape, String name, String label) {
        return Arrays.stream(scrape.split("\n")).filter(l -> l.startsWith(name + "{") && l.contains(label))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).reduce((a, b) -> {
                    throw new AssertionError("two samples of " + name + " with " + label);
                }).orElseThrow(() -> new AssertionError("no sample of " + name + " with " + label + " in:\n"
                        + scrape.lines().filter(l -> l.startsWith("occucompare_")).collect(Collectors.joining("\n"))));
    }
}
