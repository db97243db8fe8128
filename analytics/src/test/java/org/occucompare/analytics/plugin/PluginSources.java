package org.occucompare.analytics.plugin;

import java.util.LinkedHashMap;
import java.util.Map;

/** The sources of the test plugins: one package each, all built on one template. */
public final class PluginSources {
    private PluginSources() {
    }

    /** Every test plugin, by class name. */
    public static Map<String, String> all() {
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
        add(sources, "nested", "nested-plugin", "MetricSpi.VERSION", "", "nested-metric", "1.0");
        add(sources, "stubborn", "stubborn-plugin", "MetricSpi.VERSION", "", "stubborn-metric", "stubborn()");
        hostile(sources);
        return sources;
    }

    /** Plugins that try to end the process, or to get around the check of what they call. */
    private static void hostile(Map<String, String> sources) {
        add(sources, "exitonevaluate", "exit-on-evaluate", "MetricSpi.VERSION", "", "exit-metric", "exit()",
                "static double exit() { System.exit(3); return 1; }");
        add(sources, "haltinconstructor", "halt-in-constructor", "MetricSpi.VERSION",
                "Runtime.getRuntime().halt(3);", "halt-metric", "1.0", "");
        add(sources, "exitinstaticinit", "exit-in-static-init", "MetricSpi.VERSION", "", "static-metric", "1.0",
                "static { System.exit(3); }");
        add(sources, "exitbyreference", "exit-by-reference", "MetricSpi.VERSION", "", "reference-metric", "exit()",
                "static double exit() { java.util.function.IntConsumer c = System::exit; c.accept(3); return 1; }");
        add(sources, "exitbyreflection", "exit-by-reflection", "MetricSpi.VERSION", "", "reflection-metric",
                "exit()", "static double exit() { try { Class.forName(\"java.lang.\" + \"System\")"
                + ".getMethod(\"exit\", int.class).invoke(null, 3); } catch (Exception e) { } return 1; }");
        add(sources, "exitbyhandle", "exit-by-handle", "MetricSpi.VERSION", "", "handle-metric", "exit()",
                "static double exit() { try { java.lang.invoke.MethodHandles.lookup().findStatic(System.class,"
                + " \"exit\", java.lang.invoke.MethodType.methodType(void.class, int.class)).invokeExact(3); }"
                + " catch (Throwable e) { } return 1; }");
        add(sources, "killparent", "kill-parent", "MetricSpi.VERSION", "", "kill-metric", "kill()",
                "static double kill() { try { new ProcessBuilder(\"kill\", \"-9\", String.valueOf("
                + "ProcessHandle.current().pid())).start(); } catch (java.io.IOException e) { } return 1; }");
        add(sources, "exitinmetrics", "exit-in-metrics", "MetricSpi.VERSION", "", "metrics-metric", "1.0",
                "static void prepare(MetricContext c) { System.exit(3); }");
        add(sources, "nullresult", "null-result", "MetricSpi.VERSION", "", "null-metric", "1.0",
                "static MetricResult finish(List<MetricValue> v) { return null; }");
        add(sources, "nativecode", "native-code", "MetricSpi.VERSION", "", "native-metric", "crash()",
                "static native double crash();");
    }

    private static void add(Map<String, String> sources, String pkg, String id, String version, String constructor,
            String metricId, String valueExpression) {
        add(sources, pkg, id, version, constructor, metricId, valueExpression, "");
    }

    private static void add(Map<String, String> sources, String pkg, String id, String version, String constructor,
            String metricId, String valueExpression, String members) {
        String name = "org.occucompare.plugins." + pkg + ".TestPlugin";
        // hooks a plugin may replace through its members: what metrics(context) does first, what evaluate returns
        String hooks = (members.contains(" prepare(") ? "" : "static void prepare(MetricContext c) { }\n")
                + (members.contains(" finish(") ? "" : "static MetricResult finish(List<MetricValue> v) {"
                        + " return MetricResult.of(v); }\n");
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
                        prepare(context);
                        MetricDescriptor d = new MetricDescriptor("%s", "Test", "units", Direction.NEUTRAL,
                                "A test metric; config size " + context.config().size());
                        return List.of(new OccupationMetric() {
                            public MetricDescriptor descriptor() { return d; }
                            public MetricResult evaluate(MetricInput input) {
                                List<MetricValue> values = new ArrayList<>();
                                for (Occupation o : input.occupations()) {
                                    values.add(MetricValue.of(o.code(), %s));
                                }
                                return finish(values);
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
                    %s
                }
                """.formatted(pkg, constructor, id, version, metricId, valueExpression, hooks + members));
    }
}
