package org.occucompare.analytics.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.occucompare.analytics.builtin.BuiltInMetrics;
import org.occucompare.core.OccupationException;
import org.occucompare.core.spi.MetricDescriptor;
import org.occucompare.core.spi.MetricSpi;

/** Loads real plugin jars, compiled at test time, from a temporary plugins directory. */
class PluginLoaderTest {
    @TempDir
    static Path work;
    static PluginJars jars;

    @TempDir
    Path plugins;

    @BeforeAll
    static void compile() {
        jars = PluginJars.compile(work, PluginSources.all());
    }

    private Path jar(String file, String pkg) {
        return jars.jar(plugins.resolve(file), "org.occucompare.plugins." + pkg,
                Optional.of("org.occucompare.plugins." + pkg + ".TestPlugin"));
    }

    private PluginLoadResult load() {
        return new PluginLoader(Map.of()).load(plugins);
    }

    @Test
    void a_good_plugin_loads_after_the_built_in_metrics() {
        jar("good.jar", "good");
        PluginLoadResult result = load();
        assertThat(result.rejected()).isEmpty();
        assertThat(result.loaded()).extracting(LoadedPlugin::id).containsExactly(BuiltInMetrics.ID, "good-plugin");
        LoadedPlugin good = result.loaded().get(1);
        assertThat(good.origin()).isEqualTo("good.jar");
        assertThat(good.builtIn()).isFalse();
        assertThat(good.metrics()).extracting(MetricDescriptor::id).containsExactly("good-metric");
        assertThat(result.metrics()).extracting(m -> m.descriptor().id()).contains("median-wage-annual-usd",
                "good-metric");
    }

    @Test
    void a_duplicate_plugin_id_refuses_the_later_jar_and_names_both() {
        jar("a-good.jar", "good");
        jar("b-duplicate.jar", "duplicate");
        PluginLoadResult result = load();
        assertThat(result.loaded()).extracting(LoadedPlugin::origin).containsExactly("built-in", "a-good.jar");
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.origin()).isEqualTo("b-duplicate.jar");
            assertThat(r.pluginId()).contains("good-plugin");
            assertThat(r.reason()).contains("already used by the plugin from a-good.jar");
        });
    }

    @Test
    void a_duplicate_metric_id_is_refused_and_names_the_owner() {
        jar("a-good.jar", "good");
        jar("b-same.jar", "samemetric");
        assertThat(load().rejected()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("metric id 'good-metric' is already offered by plugin 'good-plugin' (a-good.jar)"));
    }

    @Test
    void a_plugin_built_for_another_major_version_is_refused_with_the_reason() {
        jar("newer-major.jar", "newermajor");
        assertThat(load().rejected()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("built for SPI 2.0 but this host runs SPI " + MetricSpi.VERSION).contains("rebuild the plugin"));
    }

    @Test
    void a_plugin_built_for_a_newer_minor_version_is_refused() {
        jar("newer-minor.jar", "newerminor");
        assertThat(load().rejected()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("built for SPI 1.99, newer than this host's SPI " + MetricSpi.VERSION));
    }

    @Test
    void a_version_that_is_not_major_dot_minor_is_refused() {
        jar("garbled.jar", "garbled");
        assertThat(load().rejected()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("'one' is not of the form MAJOR.MINOR"));
    }

    @Test
    void a_throwing_constructor_is_refused_with_its_message_and_the_others_load() {
        jar("a-throwing.jar", "throwing");
        jar("b-good.jar", "good");
        PluginLoadResult result = load();
        assertThat(result.loaded()).extracting(LoadedPlugin::id).containsExactly(BuiltInMetrics.ID, "good-plugin");
        assertThat(result.rejected()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("from a-throwing.jar was not loaded: its constructor failed: IllegalStateException:"
                        + " no licence key"));
    }

    @Test
    void a_jar_without_a_provider_is_refused() {
        jars.jar(plugins.resolve("bare.jar"), "org.occucompare.plugins.noprovider", Optional.empty());
        assertThat(load().rejected()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("no META-INF/services/org.occucompare.core.spi.MetricPlugin entry"));
    }

    @Test
    void a_services_entry_naming_a_missing_class_is_refused() {
        jars.jar(plugins.resolve("typo.jar"), "org.occucompare.plugins.good",
                Optional.of("org.occucompare.plugins.good.TestPlugn"));
        assertThat(load().rejected()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("META-INF/services entry is broken").contains("TestPlugn"));
    }

    @Test
    void a_plugin_that_takes_too_long_to_load_is_refused_and_the_rest_load() {
        jar("a-slow-load.jar", "slowload");
        jar("b-good.jar", "good");
        long start = System.nanoTime();
        PluginLoadResult result = new PluginLoader(Map.of(), Duration.ofMillis(300)).load(plugins);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(result.loaded()).extracting(LoadedPlugin::id).containsExactly(BuiltInMetrics.ID, "good-plugin");
        assertThat(result.rejected()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("took longer than 300 ms to load"));
    }

    @Test
    void a_sub_directory_is_one_plugin_with_its_private_jars() throws IOException {
        Files.createDirectories(plugins.resolve("nested"));
        jars.jar(plugins.resolve("nested/nested.jar"), "org.occucompare.plugins.nested",
                Optional.of("org.occucompare.plugins.nested.TestPlugin"));
        Files.createDirectories(plugins.resolve("empty"));
        PluginLoadResult result = load();
        assertThat(result.loaded()).extracting(LoadedPlugin::origin).containsExactly("built-in", "nested");
        assertThat(result.rejected()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("from empty was not loaded: the directory holds no jar"));
    }

    @Test
    void plugins_see_the_spi_and_the_model_but_not_the_application() throws Exception {
        Path jar = jar("good.jar", "good");
        try (var loader = new PluginClassLoader("good.jar", PluginCode.read(List.of(jar)),
                getClass().getClassLoader(), PluginClassLoader.HOST_PACKAGES)) {
            assertThat(loader.loadClass("org.occucompare.plugins.good.TestPlugin").getClassLoader()).isSameAs(loader);
            assertThat(loader.loadClass("org.occucompare.core.model.Occupation"))
                    .isSameAs(org.occucompare.core.model.Occupation.class);
            for (String hidden : List.of("org.apache.commons.math3.util.FastMath",
                    "org.occucompare.analytics.plugin.PluginLoader", "org.occucompare.core.source.OccupationSource")) {
                assertThatThrownBy(() -> loader.loadClass(hidden)).as(hidden)
                        .isInstanceOf(ClassNotFoundException.class);
            }
        }
    }

    @Test
    void plugins_get_only_their_own_settings_without_the_prefix() {
        jar("good.jar", "good");
        PluginLoadResult result = new PluginLoader(Map.of("occ.plugin.good-plugin.table", "2023",
                "occ.plugin.good-plugin.mode", "strict", "occ.plugin.other.secret", "x", "occ.plugin.good-plugin.",
                "empty key")).load(plugins);
        assertThat(result.loaded().get(1).metrics().get(0).description()).endsWith("config size 2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "exitonevaluate    | exit     | calls java.lang.System.exit (ends the process)",
        "haltinconstructor | <init>   | calls java.lang.Runtime.halt (ends the process)",
        "exitinstaticinit  | <clinit> | calls java.lang.System.exit (ends the process)",
        "exitinmetrics     | prepare  | calls java.lang.System.exit (ends the process)",
        "exitbyreference   | exit     | calls java.lang.System.exit (ends the process)",
        "exitbyreflection  | exit     | calls java.lang.Class.forName (reflection or method handles reach any method",
        "exitbyhandle      | exit     | calls java.lang.invoke.MethodHandles.lookup (reflection or method handles",
        "killparent        | kill     | calls java.lang.ProcessBuilder.<init> (starts or controls processes)"})
    void a_plugin_that_could_end_the_process_is_refused_before_any_of_its_code_runs(String pkg, String method,
            String call) {
        jar("a-" + pkg + ".jar", pkg);
        jar("b-good.jar", "good");
        PluginLoadResult result = load(); // had any of its code run, this test's JVM would be gone
        assertThat(result.loaded()).extracting(LoadedPlugin::id).containsExactly(BuiltInMetrics.ID, "good-plugin");
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.origin()).isEqualTo("a-" + pkg + ".jar");
            assertThat(r.reason()).startsWith("Plugin from a-" + pkg + ".jar was not loaded: its code could end or"
                    + " escape the application, which plugins may not do: it ").contains(call)
                    .contains(") in org.occucompare.plugins." + pkg + ".TestPlugin." + method);
        });
    }

    @Test
    void a_native_method_is_refused() {
        jar("native.jar", "nativecode");
        assertThat(load().rejected()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("declares the native method crash (loads native code) in"
                        + " org.occucompare.plugins.nativecode.TestPlugin"));
    }

    @Test
    void a_jar_that_is_not_a_zip_file_is_refused() throws IOException {
        Files.writeString(plugins.resolve("broken.jar"), "not a jar");
        assertThat(load().rejected()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("from broken.jar was not loaded: its jar cannot be read: ZipException"));
    }

    @Test
    void a_missing_directory_means_the_built_in_metrics_only() {
        PluginLoadResult result = new PluginLoader(Map.of()).load(plugins.resolve("nowhere"));
        assertThat(result.loaded()).extracting(LoadedPlugin::id).containsExactly(BuiltInMetrics.ID);
        assertThat(result.rejected()).isEmpty();
        assertThat(new PluginLoader(Map.of()).loadBuiltIns().metrics()).extracting(m -> m.descriptor().id())
                .containsExactly("median-wage-annual-usd", "median-wage-hourly-usd", "employment-change-pct",
                        "openings-per-100-jobs", "job-zone");
    }

    @Test
    void a_file_where_the_directory_should_be_is_invalid_input() throws IOException {
        Path file = Files.writeString(plugins.resolve("plugins.txt"), "not a directory");
        assertThatThrownBy(() -> new PluginLoader(Map.of()).load(file)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("is a file");
    }

    @Test
    void the_class_loader_shares_only_the_host_packages() {
        var loader = new PluginClassLoader("test", PluginCode.empty(), getClass().getClassLoader(),
                PluginClassLoader.HOST_PACKAGES);
        assertThat(loader.isHostClass("org.occucompare.core.spi.MetricPlugin")).isTrue();
        assertThat(loader.isHostClass("org.occucompare.core.model.wage.Deep")).isTrue();
        assertThat(loader.isHostClass("org.occucompare.core.OccupationException")).isTrue();
        assertThat(loader.isHostClass("org.occucompare.core.source.OccupationSource")).isFalse();
        assertThat(loader.isHostClass("org.occucompare.analytics.plugin.PluginLoader")).isFalse();
        assertThat(loader.isHostClass("org.jspecify.annotations.NullMarked")).isTrue();
    }
}
