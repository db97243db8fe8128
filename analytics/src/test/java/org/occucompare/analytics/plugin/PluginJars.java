package org.occucompare.analytics.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.jspecify.annotations.NullMarked;
import org.occucompare.core.spi.MetricPlugin;

/** Compiles small plugin sources with javax.tools against the SPI alone and packs them into real jars. */
public final class PluginJars {
    private static final String SERVICE = "META-INF/services/" + MetricPlugin.class.getName();

    private final Path classes;

    private PluginJars(Path classes) {
        this.classes = classes;
    }

    /**
     * Compiles sources, each a full compilation unit keyed by its class name, against core and JSpecify only.
     *
     * @param work a scratch directory
     * @param sources class name to source
     * @return the compiled classes, ready to pack
     */
    public static PluginJars compile(Path work, Map<String, String> sources) {
        Path out = work.resolve("classes");
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(new SimpleJavaFileObject(
                Path.of(name.replace('.', '/') + ".java").toUri(), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        }));
        String classpath = location(MetricPlugin.class) + File.pathSeparator + location(NullMarked.class);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null, List.of("-classpath", classpath, "-d", out.toString(),
                "-proc:none", "--release", "17"), null, units).call();
        assertThat(ok).as("plugin sources compile:%n%s", errors).isTrue();
        return new PluginJars(out);
    }

    /**
     * Packs the classes of one package into a jar.
     *
     * @param jar where to write
     * @param pkg the package, for example {@code org.occucompare.plugins.good}
     * @param provider the class to list in META-INF/services, or empty for none
     * @return {@code jar}
     */
    public Path jar(Path jar, String pkg, Optional<String> provider) {
        Path dir = classes.resolve(pkg.replace('.', '/'));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new JarEntry(pkg.replace('.', '/') + "/" + f.getFileName()));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
            if (provider.isPresent()) {
                out.putNextEntry(new JarEntry(SERVICE));
                out.write((provider.get() + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
