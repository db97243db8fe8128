package org.occucompare.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.UsState;

/**
 * The test kit for metric-plugin authors, shipped in core's test-jar. Extend it, return a fresh plugin from
 * {@link #plugin()}, and JUnit runs the checks the host relies on: the id and SPI version, unique metric ids, a value
 * or a note for every occupation, determinism, order independence, finite values, graceful handling of occupations
 * without wages, skills or projections, the time limit, and the {@code META-INF/services} entry.
 *
 * <pre>{@code
 * class WageSpreadPluginTest extends MetricPluginContract {
 *     protected MetricPlugin plugin() { return new WageSpreadPlugin(); }
 * }
 * }</pre>
 */
public abstract class MetricPluginContract {
    /** The host's default time limit per evaluation. */
    protected static final long TIME_LIMIT_MILLIS = 200;

    /** {@return a new instance of the plugin under test, never null} */
    protected abstract MetricPlugin plugin();

    /** {@return the plugin's configuration for the tests (keys without the {@code occ.plugin.<id>.} prefix)} */
    protected Map<String, String> config() {
        return Map.of();
    }

    /** {@return the occupations to evaluate: by default Registered Nurses, Acute Care Nurses, Chief Executives} */
    protected List<Occupation> occupations() {
        return List.of(Fixtures.registeredNurses(), Fixtures.acuteCareNurses(), Fixtures.chiefExecutives());
    }

    /** {@return the places to evaluate: by default the nation, California, Texas and Guam} */
    protected List<Location> locations() {
        return List.of(Location.NATIONAL, new Location.State(UsState.CALIFORNIA), new Location.State(UsState.TEXAS),
                new Location.State(UsState.GUAM));
    }

    /** {@return true if the plugin's jar must list it in META-INF/services; override to skip that check} */
    protected boolean registeredAsService() {
        return true;
    }

    /** {@return the context the kit passes to {@link MetricPlugin#metrics(MetricContext)}} */
    protected MetricContext context() {
        Map<String, String> config = Map.copyOf(config());
        return new MetricContext() {
            @Override
            public String hostSpiVersion() {
                return MetricSpi.VERSION;
            }

            @Override
            public Map<String, String> config() {
                return config;
            }
        };
    }

    @Test
    void the_id_is_lower_case_letters_digits_and_hyphens() {
        assertThat(MetricDescriptor.isValidId(plugin().id())).as("id '%s'", plugin().id()).isTrue();
    }

    @Test
    void the_spi_version_is_the_one_the_plugin_was_compiled_against() {
        assertThat(plugin().spiVersion()).isEqualTo(MetricSpi.VERSION);
    }

    @Test
    void the_plugin_offers_metrics_with_unique_ids() {
        List<OccupationMetric> metrics = plugin().metrics(context());
        assertThat(metrics).isNotEmpty().doesNotContainNull();
        List<String> ids = metrics.stream().map(m -> m.descriptor().id()).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void every_occupation_gets_a_value_or_a_note() {
        MetricInput input = new MetricInput(occupations(), locations());
        for (OccupationMetric metric : plugin().metrics(context())) {
            MetricResult result = metric.evaluate(input);
            for (OccupationCode code : input.codes()) {
                boolean covered = result.values().stream().anyMatch(v -> v.code().equals(code))
                        || !result.notes().isEmpty();
                assertThat(covered).as("%s says nothing about %s", metric.descriptor().id(), code).isTrue();
            }
        }
    }

    @Test
    void values_name_only_the_input_occupations_and_places() {
        MetricInput input = new MetricInput(occupations(), locations());
        Set<OccupationCode> codes = new HashSet<>(input.codes());
        for (OccupationMetric metric : plugin().metrics(context())) {
            for (MetricValue v : metric.evaluate(input).values()) {
                assertThat(codes).contains(v.code());
                v.location().ifPresent(l -> assertThat(input.locations()).contains(l));
                v.value().ifPresent(x -> assertThat(Double.isFinite(x)).isTrue());
            }
        }
    }

    @Test
    void evaluation_is_deterministic() {
        MetricInput input = new MetricInput(occupations(), locations());
        List<OccupationMetric> first = plugin().metrics(context());
        List<OccupationMetric> second = plugin().metrics(context());
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).evaluate(input)).isEqualTo(second.get(i).evaluate(input))
                    .isEqualTo(first.get(i).evaluate(input));
        }
    }

    @Test
    void results_do_not_depend_on_the_order_of_the_input() {
        List<Occupation> shuffled = new ArrayList<>(occupations());
        List<Location> places = new ArrayList<>(locations());
        Collections.shuffle(shuffled, new Random(42));
        Collections.reverse(places);
        MetricInput original = new MetricInput(occupations(), locations());
        MetricInput reordered = new MetricInput(shuffled, places);
        for (OccupationMetric metric : plugin().metrics(context())) {
            MetricResult a = metric.evaluate(original);
            MetricResult b = metric.evaluate(reordered);
            assertThat(b.values()).containsExactlyInAnyOrderElementsOf(a.values());
        }
    }

    @Test
    void occupations_without_wages_skills_or_projections_get_notes_not_failures() {
        Occupation bare = Occupation.minimal(new OccupationCode("99-9999.00"), "An occupation without data",
                Fixtures.retrieval());
        MetricInput input = new MetricInput(List.of(bare), locations());
        for (OccupationMetric metric : plugin().metrics(context())) {
            MetricResult result = metric.evaluate(input);
            assertThat(result.values()).allSatisfy(v -> assertThat(v.value().isPresent() || !v.notes().isEmpty())
                    .isTrue());
            boolean said = !result.values().isEmpty() || !result.notes().isEmpty();
            assertThat(said).as("%s says nothing about an occupation without data", metric.descriptor().id())
                    .isTrue();
        }
    }

    @Test
    void one_evaluation_takes_well_under_the_host_time_limit() {
        MetricInput input = new MetricInput(occupations(), locations());
        for (OccupationMetric metric : plugin().metrics(context())) {
            metric.evaluate(input); // warm up class loading
            long start = System.nanoTime();
            metric.evaluate(input);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).as("%s took %d ms", metric.descriptor().id(), millis).isLessThan(TIME_LIMIT_MILLIS);
        }
    }

    @Test
    void the_plugin_is_listed_in_meta_inf_services() {
        assumeTrue(registeredAsService(), "service registration check turned off");
        Class<?> type = plugin().getClass();
        Optional<ServiceLoader.Provider<MetricPlugin>> found = ServiceLoader
                .load(MetricPlugin.class, type.getClassLoader()).stream().filter(p -> p.type().equals(type))
                .findFirst();
        assertThat(found).as("META-INF/services/%s lists %s", MetricPlugin.class.getName(), type.getName())
                .isPresent();
    }
}
