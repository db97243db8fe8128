package org.occucompare.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.occucompare.docs.PackagedApp.metric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.analytics.plugin.PluginJars;
import org.occucompare.analytics.plugin.PluginSources;
import org.occucompare.core.spi.MetricSpi;

/**
 * The hostile-plugin part of the reliability suite (issue 15): real plugin jars that throw, return NaN or null, hang,
 * ignore interrupts, end the process at every point of their life, carry a wrong SPI version, a missing class or a
 * throwing constructor, all installed at once in the packaged app. The app must start, name every refusal in
 * {@code /api/plugins} and its log, and keep answering comparisons with a note per misbehaving metric, with a bounded
 * number of threads after 200 comparisons. The figures go to {@code docs/target/hostile-plugins.txt}
 * (docs/reliability.md quotes them).
 */
class HostilePluginsIT {
    /** Plugins the app must refuse at load, by jar, with what the refusal must say. */
    private static final Map<String, String> REFUSED = new LinkedHashMap<>();
    /** Plugins that load but misbehave in every comparison, by metric id, with the note it must get. */
    private static final Map<String, String> NOTED = new LinkedHashMap<>();

    static {
        REFUSED.put("exitonevaluate", "calls java.lang.System.exit (ends the process)");
        REFUSED.put("haltinconstructor", "calls java.lang.Runtime.halt (ends the process)");
        REFUSED.put("exitinstaticinit", "calls java.lang.System.exit (ends the process) in"
                + " org.occucompare.plugins.exitinstaticinit.TestPlugin.<clinit>");
        REFUSED.put("exitinmetrics", "calls java.lang.System.exit (ends the process)");
        REFUSED.put("exitbyreference", "calls java.lang.System.exit (ends the process)");
        REFUSED.put("exitbyreflection", "calls java.lang.Class.forName (reflection or method handles");
        REFUSED.put("exitbyhandle", "calls java.lang.invoke.MethodHandles.lookup (reflection or method handles");
        REFUSED.put("killparent", "calls java.lang.ProcessBuilder.<init> (starts or controls processes)");
        REFUSED.put("nativecode", "declares the native method crash (loads native code)");
        REFUSED.put("newermajor", "built for SPI 2.0 but this host runs SPI " + MetricSpi.VERSION);
        REFUSED.put("throwing", "its constructor failed: IllegalStateException: no licence key");
        REFUSED.put("noprovider", "has no META-INF/services/org.occucompare.core.spi.MetricPlugin entry");
        REFUSED.put("missingclass", "META-INF/services entry is broken");
        REFUSED.put("slowload", "took longer than 5000 ms to load");
        NOTED.put("failing-metric", "failed and is left out: IllegalStateException: upstream table missing");
        NOTED.put("nan-metric", "is NaN, not a finite number");
        NOTED.put("null-metric", "returned no result (null)");
        NOTED.put("slow-metric", "did not finish within 200 ms");
        NOTED.put("stubborn-metric", "did not finish within 200 ms");
    }

    @TempDir
    Path work;

    @Test
    void the_app_refuses_or_contains_every_hostile_plugin_and_answers_on() throws Exception {
        Path plugins = install();
        long startup = System.nanoTime();
        try (PackagedApp.Server server = new PackagedApp(work, plugins, Map.of()).serve()) {
            long startupMillis = (System.nanoTime() - startup) / 1_000_000;
            var mapper = new ObjectMapper();

            JsonNode listed = mapper.readTree(server.ok("/api/plugins"));
            assertThat(StreamSupport.stream(listed.get("loaded").spliterator(), false).map(p -> p.get("id").asText())
                    .toList()).containsExactlyInAnyOrder("builtin",
                    "wage-spread", "failing-plugin", "nan-plugin", "null-result", "slow-plugin", "stubborn-plugin");
            Map<String, String> reasons = new LinkedHashMap<>();
            listed.get("rejected").forEach(r -> reasons.put(r.get("origin").asText(), r.get("reason").asText()));
            assertThat(reasons).hasSize(REFUSED.size());
            String log = server.log();
            REFUSED.forEach((pkg, says) -> {
                String reason = reasons.get(pkg + ".jar");
                assertThat(reason).as(pkg).startsWith("Plugin ").contains("from " + pkg + ".jar was not loaded: ")
                        .contains(says);
                assertThat(log).as("the log names %s", pkg).contains(reason);
            });

            JsonNode first = mapper.readTree(server.ok(COMPARE));
            assertNotes(first);
            long threadsBefore = threads(server.process());

            List<Long> millis = compareConcurrently(server, 200, 8);
            long threadsAfter = threads(server.process());

            assertThat(server.process().isAlive()).isTrue();
            assertThat(server.ok("/api/health")).contains("\"ok\"");
            JsonNode last = mapper.readTree(server.ok(COMPARE));
            assertThat(status(last, "stubborn-metric")).isEqualTo("BUSY");
            assertThat(notes(last, "stubborn-metric")).singleElement().asString()
                    .contains("is left out: its 4 earlier evaluations are still running past the 200 ms limit");
            assertThat(metric(last, "wage-spread-90-10").orElseThrow().at("/status").asText()).isEqualTo("OK");
            // a thread per comparison would be 200 more; the stubborn metric holds its 4 slots, Jetty a few workers
            assertThat(threadsAfter - threadsBefore).as("threads before %d, after %d", threadsBefore, threadsAfter)
                    .isLessThan(40);

            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            Files.writeString(PackagedApp.REPOSITORY.resolve("docs/target/hostile-plugins.txt"), String.format(
                    "plugins installed: %d (%d refused at load, %d loaded that misbehave, 1 good)%n"
                            + "startup to healthy: %d ms%n"
                            + "threads after the first comparison: %d; after 200 more (8 at a time): %d%n"
                            + "comparison latency over 200: median %d ms, 95th percentile %d ms, max %d ms%n",
                    REFUSED.size() + NOTED.size() + 1, REFUSED.size(), NOTED.size(), startupMillis, threadsBefore,
                    threadsAfter, sorted.get(99), sorted.get(189), sorted.get(199)), StandardCharsets.UTF_8);
        }
    }

    private static final String COMPARE = "/api/compare?occupations=29-1141.00,11-1011.00&locations=US";

    private static void assertNotes(JsonNode comparison) {
        NOTED.forEach((metricId, note) -> assertThat(notes(comparison, metricId)).as(metricId)
                .anySatisfy(n -> assertThat(n).contains(note)));
        assertThat(PackagedApp.cell(metric(comparison, "wage-spread-90-10").orElseThrow(), "29-1141.00")
                .get("value").asDouble()).isPositive();
    }

    private static List<String> notes(JsonNode comparison, String metricId) {
        JsonNode m = metric(comparison, metricId).orElseThrow(() -> new AssertionError(metricId + " is missing"));
        return StreamSupport.stream(m.at("/result/notes").spliterator(), false).map(JsonNode::asText).toList();
    }

    private static String status(JsonNode comparison, String metricId) {
        return metric(comparison, metricId).orElseThrow().at("/status").asText();
    }

    /** Runs comparisons, {@code parallel} at a time; each must answer 200. Returns each one's time. */
    private static List<Long> compareConcurrently(PackagedApp.Server server, int count, int parallel)
            throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Long>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                calls.add(callers.submit(() -> {
                    long start = System.nanoTime();
                    HttpResponse<String> response = server.get(COMPARE);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    return (System.nanoTime() - start) / 1_000_000;
                }));
            }
            List<Long> millis = new ArrayList<>();
            for (Future<Long> call : calls) {
                millis.add(call.get(60, TimeUnit.SECONDS));
            }
            return millis;
        } finally {
            callers.shutdownNow();
        }
    }

    /** The live threads of a process, from Linux's /proc. */
    private static long threads(Process process) throws Exception {
        Optional<String> line = Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                .filter(l -> l.startsWith("Threads:")).findFirst();
        return Long.parseLong(line.orElseThrow().substring("Threads:".length()).strip());
    }

    private Path install() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        PluginJars jars = PluginJars.compile(work.resolve("build"), PluginSources.all());
        List<String> runtime = List.of("failing", "nan", "nullresult", "slow", "stubborn");
        for (String pkg : concat(REFUSED.keySet(), runtime)) {
            String source = pkg.equals("missingclass") ? "good" : pkg;
            String provider = "org.occucompare.plugins." + source + (pkg.equals("missingclass") ? ".TestPlugn"
                    : ".TestPlugin");
            jars.jar(plugins.resolve(pkg + ".jar"), "org.occucompare.plugins." + source,
                    pkg.equals("noprovider") ? Optional.empty() : Optional.of(provider));
        }
        Path wageSpread = PackagedApp.REPOSITORY.resolve("plugins/wage-spread/target/occucompare-plugin-wage-spread-"
                + PackagedApp.VERSION + ".jar");
        Files.copy(wageSpread, plugins.resolve("wage-spread.jar"));
        return plugins;
    }

    private static List<String> concat(Iterable<String> a, List<String> b) {
        List<String> all = new ArrayList<>();
        a.forEach(all::add);
        all.addAll(b);
        return all;
    }
}
