package org.occucompare.analytics.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the check reads in plugin bytecode: nothing in ordinary Java, each way out in hostile code. */
class BytecodeCheckTest {
    @TempDir
    Path work;

    private List<String> findings(String pkg, String source) throws IOException {
        PluginJars.compile(work, Map.of("org.occucompare.plugins." + pkg + ".Code", source));
        List<String> found = new ArrayList<>();
        try (Stream<Path> classes = Files.walk(work.resolve("classes"))) {
            for (Path c : classes.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                found.addAll(BytecodeCheck.findings(Files.readAllBytes(c)));
            }
        }
        return found;
    }

    @Test
    void what_javac_makes_of_ordinary_java_passes() throws IOException {
        // lambdas and method references, records, enums and switches, string concatenation and switches, streams,
        // serializable lambdas, pattern matching, try-with-resources, assert, resources, threads of its own
        assertThat(findings("ordinary", """
                package org.occucompare.plugins.ordinary;

                import java.io.InputStream;
                import java.io.Serializable;
                import java.util.List;
                import java.util.function.Function;
                import java.util.function.Supplier;

                public class Code {
                    record Cell(String code, double value) { }
                    enum Kind { A, B }
                    interface SerialSupplier extends Supplier<String>, Serializable { }

                    static double run(List<Cell> cells, Object o, Kind kind, String text) throws Exception {
                        assert !cells.isEmpty() : "cells";
                        Function<Cell, Double> value = Cell::value;
                        double sum = cells.stream().map(value).mapToDouble(Double::doubleValue).sum();
                        double total = sum;
                        SerialSupplier s = () -> "serial " + total;
                        String label = switch (kind) { case A -> "a"; case B -> "b"; };
                        switch (text) { case "x": sum += 1; break; default: break; }
                        if (o instanceof Cell c && c.value() > 0) {
                            sum += c.value();
                        }
                        try (InputStream in = Code.class.getResourceAsStream("/table.csv")) {
                            sum += in == null ? 0 : in.available();
                        }
                        Thread worker = new Thread(() -> { });
                        worker.start();
                        worker.join();
                        return sum + label.length() + s.get().length() + Runtime.getRuntime().availableProcessors()
                                + Code.class.getSimpleName().length() + Kind.valueOf("A").ordinal();
                    }
                }
                """)).isEmpty();
    }

    @Test
    void every_way_out_is_named_with_the_method_it_is_in() throws IOException {
        assertThat(findings("hostile", """
                package org.occucompare.plugins.hostile;

                public class Code extends ClassLoader {
                    static void out() throws Throwable {
                        Runtime.getRuntime().exit(1);
                        Runtime.getRuntime().exec("true");
                        System.loadLibrary("evil");
                        Thread.currentThread().getThreadGroup().interrupt();
                        java.lang.reflect.Method m = Object.class.getDeclaredMethod("hashCode");
                        java.util.ServiceLoader.load(Runnable.class);
                        new javax.script.ScriptEngineManager();
                        ProcessHandle.current().pid();
                    }
                }
                """)).containsExactly(
                "extends java.lang.ClassLoader (defines classes this check never sees) in"
                        + " org.occucompare.plugins.hostile.Code",
                "calls java.lang.ClassLoader.<init> (defines classes this check never sees) in"
                        + " org.occucompare.plugins.hostile.Code.<init>",
                "calls java.lang.Runtime.exit (ends the process) in org.occucompare.plugins.hostile.Code.out",
                "calls java.lang.Runtime.exec (starts or controls processes) in"
                        + " org.occucompare.plugins.hostile.Code.out",
                "calls java.lang.System.loadLibrary (loads native code) in org.occucompare.plugins.hostile.Code.out",
                "calls java.lang.ThreadGroup.interrupt (stops or reaches other threads) in"
                        + " org.occucompare.plugins.hostile.Code.out",
                "calls java.lang.Class.getDeclaredMethod (reflection or method handles reach any method around this"
                        + " check) in org.occucompare.plugins.hostile.Code.out",
                "calls java.util.ServiceLoader.load (defines classes this check never sees) in"
                        + " org.occucompare.plugins.hostile.Code.out",
                "uses javax.script.ScriptEngineManager (JDK internals and tools run code by name) in"
                        + " org.occucompare.plugins.hostile.Code.out",
                "calls javax.script.ScriptEngineManager.<init> (JDK internals and tools run code by name) in"
                        + " org.occucompare.plugins.hostile.Code.out",
                "calls java.lang.ProcessHandle.current (starts or controls processes) in"
                        + " org.occucompare.plugins.hostile.Code.out",
                "calls java.lang.ProcessHandle.pid (starts or controls processes) in"
                        + " org.occucompare.plugins.hostile.Code.out");
    }
}
