package org.occucompare.analytics.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.spi.Direction;
import org.occucompare.core.spi.MetricDescriptor;
import org.occucompare.core.spi.MetricInput;
import org.occucompare.core.spi.MetricResult;
import org.occucompare.core.spi.MetricValue;
import org.occucompare.core.spi.OccupationMetric;

/** Guarded evaluation: a slow, NaN-returning or failing plugin only spoils its own outcome. */
class MetricRegistryTest {
    @TempDir
    static Path work;
    @TempDir
    static Path plugins;
    static MetricRegistry registry;
    static PluginJars jars;

    @BeforeAll
    static void load() {
        jars = PluginJars.compile(work, PluginSources.all());
        for (String pkg : List.of("good", "slow", "nan", "failing")) {
            jars.jar(plugins.resolve(pkg + ".jar"), "org.occucompare.plugins." + pkg,
                    Optional.of("org.occucompare.plugins." + pkg + ".TestPlugin"));
        }
        registry = MetricRegistry.of(new PluginLoader(Map.of()).load(plugins));
        // class loading of the first evaluation is no part of what the tests time (a busy CI machine is slow at it)
        registry.evaluate(input(), Duration.ofSeconds(1));
    }

    static MetricInput input() {
        return new MetricInput(List.of(Fixtures.registeredNurses(), Fixtures.chiefExecutives()),
                List.of(Location.NATIONAL));
    }

    private static MetricOutcome outcome(List<MetricOutcome> outcomes, String metricId) {
        return outcomes.stream().filter(o -> o.descriptor().id().equals(metricId)).findFirst().orElseThrow();
    }

    @Test
    void a_slow_plugin_times_out_with_a_note_and_the_others_are_unaffected() {
        long start = System.nanoTime();
        List<MetricOutcome> outcomes = registry.evaluate(input(), Duration.ofMillis(200));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        MetricOutcome slow = outcome(outcomes, "slow-metric");
        assertThat(slow.status()).isEqualTo(MetricStatus.TIMED_OUT);
        assertThat(slow.result().values()).isEmpty();
        assertThat(slow.result().notes()).containsExactly("Plugin 'slow-plugin' metric 'slow-metric' did not finish"
                + " within 200 ms; it is left out of this comparison.");
        MetricOutcome good = outcome(outcomes, "good-metric");
        assertThat(good.status()).isEqualTo(MetricStatus.OK);
        assertThat(good.result().values()).extracting(v -> v.value().getAsDouble()).containsExactly(1.0, 1.0);
        assertThat(outcome(outcomes, "median-wage-annual-usd").status()).isEqualTo(MetricStatus.OK);
    }

    @Test
    void a_plugin_returning_nan_fails_with_a_note_naming_the_problem() {
        MetricOutcome nan = outcome(registry.evaluate(input(), Duration.ofSeconds(1)), "nan-metric");
        assertThat(nan.status()).isEqualTo(MetricStatus.FAILED);
        assertThat(nan.result().values()).isEmpty();
        assertThat(nan.result().notes()).singleElement().asString()
                .startsWith("Plugin 'nan-plugin' metric 'nan-metric' failed and is left out: OccupationException:")
                .contains("is NaN, not a finite number");
    }

    @Test
    void a_plugin_that_throws_fails_with_its_message() {
        MetricOutcome failing = outcome(registry.evaluate(input(), Duration.ofSeconds(1)), "failing-metric");
        assertThat(failing.status()).isEqualTo(MetricStatus.FAILED);
        assertThat(failing.result().notes()).containsExactly("Plugin 'failing-plugin' metric 'failing-metric' failed"
                + " and is left out: IllegalStateException: upstream table missing");
    }

    @Test
    void null_results_and_cells_for_other_occupations_are_caught() {
        OccupationMetric nulls = metric("null-metric", input -> null);
        OccupationMetric strays = metric("stray-metric", input -> MetricResult.of(List.of(
                MetricValue.of(new OccupationCode("29-1141.00"), 1),
                MetricValue.of(new OccupationCode("15-1252.00"), 2),
                MetricValue.of(new OccupationCode("29-1141.00"), new Location.State(
                        org.occucompare.core.model.UsState.OHIO), 3))));
        MetricRegistry own = MetricRegistry.of(new PluginLoadResult(List.of(), List.of(), List.of(
                new RegisteredMetric("test", false, nulls.descriptor(), nulls),
                new RegisteredMetric("test", false, strays.descriptor(), strays))));
        List<MetricOutcome> outcomes = own.evaluate(input(), Duration.ofSeconds(1));
        assertThat(outcomes.get(0).status()).isEqualTo(MetricStatus.FAILED);
        assertThat(outcomes.get(0).result().notes().get(0)).contains("returned no result (null)");
        assertThat(outcomes.get(1).status()).isEqualTo(MetricStatus.OK);
        assertThat(outcomes.get(1).result().values()).singleElement()
                .satisfies(v -> assertThat(v.value()).hasValue(1));
        assertThat(outcomes.get(1).result().notes()).singleElement().asString()
                .contains("returned 2 value(s) for occupations or places that were not asked about");
        assertThat(own.find("stray-metric")).isPresent();
        assertThat(own.find("nothing")).isEmpty();
    }

    @Test
    void two_hundred_comparisons_against_a_plugin_that_ignores_interrupts_hold_only_its_slots(@TempDir Path dir)
            throws Exception {
        for (String pkg : List.of("good", "stubborn")) {
            jars.jar(dir.resolve(pkg + ".jar"), "org.occucompare.plugins." + pkg,
                    Optional.of("org.occucompare.plugins." + pkg + ".TestPlugin"));
        }
        MetricRegistry own = MetricRegistry.of(new PluginLoader(Map.of()).load(dir), 4);
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<List<MetricOutcome>>> comparisons = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                comparisons.add(callers.submit(() -> own.evaluate(input(), Duration.ofSeconds(1))));
            }
            Map<MetricStatus, Integer> stubborn = new EnumMap<>(MetricStatus.class);
            for (Future<List<MetricOutcome>> comparison : comparisons) {
                List<MetricOutcome> outcomes = comparison.get(30, TimeUnit.SECONDS); // never a hung request
                stubborn.merge(outcome(outcomes, "stubborn-metric").status(), 1, Integer::sum);
                assertThat(outcome(outcomes, "good-metric").status()).isEqualTo(MetricStatus.OK);
                assertThat(outcome(outcomes, "median-wage-annual-usd").status()).isEqualTo(MetricStatus.OK);
            }
            // each of the 4 slots timed out once and is held for good; every other comparison skipped the metric
            assertThat(stubborn).containsOnly(Map.entry(MetricStatus.TIMED_OUT, 4), Map.entry(MetricStatus.BUSY, 196));
            assertThat(threadsInside("org.occucompare.plugins.stubborn")).isEqualTo(4);
            assertThat(own.maxThreads()).isEqualTo(4 * own.metrics().size());
        } finally {
            callers.shutdownNow();
        }
        MetricOutcome skipped = outcome(own.evaluate(input(), Duration.ofSeconds(1)), "stubborn-metric");
        assertThat(skipped.result().notes()).containsExactly("Plugin 'stubborn-plugin' metric 'stubborn-metric' is"
                + " left out: its 4 earlier evaluations are still running past the 1000 ms limit.");
    }

    @Test
    void a_slot_comes_back_when_the_overdue_evaluation_ends() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        OccupationMetric blocking = metric("blocking-metric", input -> {
            boolean released = false;
            while (!released) {
                try {
                    released = release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    // ignores interrupts, like a careless plugin
                }
            }
            return MetricResult.of(List.of(MetricValue.of(new OccupationCode("29-1141.00"), 7)));
        });
        MetricRegistry own = MetricRegistry.of(new PluginLoadResult(List.of(), List.of(),
                List.of(new RegisteredMetric("test", false, blocking.descriptor(), blocking))), 1);
        assertThat(own.evaluate(input(), Duration.ofMillis(50)).get(0).status()).isEqualTo(MetricStatus.TIMED_OUT);
        assertThat(own.evaluate(input(), Duration.ofMillis(50)).get(0).status()).isEqualTo(MetricStatus.BUSY);
        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        MetricOutcome after;
        do {
            after = own.evaluate(input(), Duration.ofSeconds(1)).get(0);
        } while (after.status() == MetricStatus.BUSY && System.nanoTime() < deadline);
        assertThat(after.status()).isEqualTo(MetricStatus.OK);
        assertThat(after.result().values()).singleElement().satisfies(v -> assertThat(v.value()).hasValue(7));
    }

    private static long threadsInside(String pkg) {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith(pkg)))
                .count();
    }

    private static OccupationMetric metric(String id, java.util.function.Function<MetricInput, MetricResult> f) {
        MetricDescriptor d = new MetricDescriptor(id, "Test", "units", Direction.NEUTRAL, "A test metric.");
        return new OccupationMetric() {
            @Override
            public MetricDescriptor descriptor() {
                return d;
            }

            @Override
            public MetricResult evaluate(MetricInput input) {
                return f.apply(input);
            }
        };
    }
}
