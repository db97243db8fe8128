package org.occucompare.analytics.plugin;

import java.util.LinkedHashMap;
import java.util.Map;

/** The sources of the test plugins: one package each, all built on one template. */
final class PluginSources {
    private PluginSources() {
    }

    /** Every test plugin, by class name. */
    static Map<String, String> all() {
        Map<String, String> sources = new LinkedHashMap<>();
        add(sources, "good", "good-plugin", "MetricSpi.VERSION", "", "good-metric", "1.0");
        add(sources, "duplicate", "good-plugin", "MetricSpi.VERSION", "", "other-metric", "2.0");
        add(sources, "samemetric", "same-metric-plugin", "MetricSpi.VERSION", "", "good-metric", "3.0");
        add(sources, "newermajor", "newer-major", "\"2.0\"", "", "newer-major-metric", "1.0");
        add(sources, "newerminor", "newer-minor", "\"1.99\"", "", "newer-minor-metric", "1.0");
        add(sources, "garbled", "garbled-version", "\"one\"", "", "garbled-metric", "1.0");
        add(sources, "throwing", "throwing-constructor", "MetricSpi.VERSION",
                "throw new IllegalStateException(\"no licence key\");", "throwing-metric", "1.0");
        add(sources, "noprovider", "no-provider", "MetricSpi.VERSION", "", "no-provider-metric", "1.0");
        add(sources, "slow", "slow-plugin", "MetricSpi.VERSION", "", "slow-metric",
                "sleep(5_000)");
        add(sources, "slowload", "slow-load", "MetricSpi.VERSION", "sleep(10_000);", "slow-load-metric", "1.0");
        add(sources, "nan", "nan-plugin", "MetricSpi.VERSION", "", "nan-metric", "Double.NaN");
        add(sources, "failing", "failing-plugin", "MetricSpi.VERSION", "", "failing-metric",
                "fail(\"upstream table missing\")");
        add(sources, "isolated", "isolated-plugin", "MetricSpi.VERSION", "", "isolated-metric",
                "visible(\"org.apache.commons.math3.util.FastMath\") * 10 + visible(\"org.occucompare.core.model"
                + ".Occupation\") + 100 * visible(\"org.occucompare.analytics.plugin.PluginLoader\")");
        add(sources, "nested", "nested-plugin", "MetricSpi.VERSION", "", "nested-metric", "1.0");
        add(sources, "stubborn", "stubborn-plugin", "MetricSpi.VERSION", "", "stubborn-metric", "stubborn()");
        return sources;
    }

    private static void add(Map<String, String> sources, String pkg, String id, String version, String constructor,
            String metricId, String valueExpression) {
        String name = "org.occucompare.plugins." + pkg + ".TestPlugin";
        sources.put(name, """
                package org.occucompare.plugins.%s;

                import java.util.ArrayList;
                import java.util.List;
                import org.occucompare.core.model.Occupation;
                import org.occucompare.core.spi.*;

                public class TestPlugin implements MetricPlugin {
                    public TestPlugin() { %s }
                    public String id() { return "%s"; }
                    public String spiVersion() { return %s; }
                    public List<OccupationMetric> metrics(MetricContext context) {
                        MetricDescriptor d = new MetricDescriptor("%s", "Test", "units", Direction.NEUTRAL,
                                "A test metric; config size " + context.config().size());
                        return List.of(new OccupationMetric() {
                            public MetricDescriptor descriptor() { return d; }
                            public MetricResult evaluate(MetricInput input) {
                                List<MetricValue> values = new ArrayList<>();
                                for (Occupation o : input.occupations()) {
                                    values.add(MetricValue.of(o.code(), %s));
                                }
                                return MetricResult.of(values);
                            }
                        });
                    }
                    static double sleep(long millis) {
                        try { Thread.sleep(millis); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                        return 1.0;
                    }
                    static double stubborn() {
                        while (true) {
                            try { Thread.sleep(60_000); } catch (InterruptedException ignored) { /* ignores interrupts */ }
                        }
                    }
                    static double fail(String why) { throw new IllegalStateException(why); }
                    static double visible(String className) {
                        try { Class.forName(className); return 1; } catch (ClassNotFoundException e) { return 0; }
                    }
                }
                """.formatted(pkg, constructor, id, version, metricId, valueExpression));
    }
}
