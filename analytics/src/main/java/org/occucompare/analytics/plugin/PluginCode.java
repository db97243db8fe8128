package org.occucompare.analytics.plugin;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The classes of one plugin, read from its jars once, so that what the {@link BytecodeCheck} reads is exactly what
 * the {@link PluginClassLoader} defines: nothing else of the jars (a manifest {@code Class-Path}, a multi-release
 * variant) can become plugin code. The first jar that holds a class wins, as on a class path. Immutable and
 * thread-safe.
 */
final class PluginCode {
    /** More bytecode than any plain metric needs; a guard against a zip bomb. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final List<URL> jars;
    private final Map<String, Entry> classes;

    /** One class file and the jar it came from. */
    record Entry(byte[] bytes, URL jar) {
    }

    private PluginCode(List<URL> jars, Map<String, Entry> classes) {
        this.jars = List.copyOf(jars);
        this.classes = Map.copyOf(classes);
    }

    /** {@return a plugin without classes, for tests of the class loader} */
    static PluginCode empty() {
        return new PluginCode(List.of(), Map.of());
    }

    /**
     * Reads every class of the jars.
     *
     * @param jarFiles the plugin's jars, in class path order, never null
     * @return the classes, never null
     * @throws IOException if a jar cannot be read or holds more than 64 MB of classes
     */
    static PluginCode read(List<Path> jarFiles) throws IOException {
        List<URL> urls = new ArrayList<>();
        Map<String, Entry> classes = new HashMap<>();
        long total = 0;
        for (Path file : jarFiles) {
            URL url = url(file);
            urls.add(url);
            try (JarFile jar = new JarFile(file.toFile(), false)) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry e = entries.nextElement();
                    String path = e.getName();
                    if (e.isDirectory() || !path.endsWith(".class") || path.startsWith("META-INF/")
                            || path.endsWith("module-info.class")) {
                        continue;
                    }
                    String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
                    try (InputStream in = jar.getInputStream(e)) {
                        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
                        total += bytes.length;
                        if (total > MAX_BYTES) {
                            throw new IOException("its jars hold more than " + MAX_BYTES / (1024 * 1024)
                                    + " MB of classes");
                        }
                        classes.putIfAbsent(name, new Entry(bytes, url));
                    }
                }
            }
        }
        return new PluginCode(urls, classes);
    }

    private static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("cannot turn " + file + " into a URL", e);
        }
    }

    /** {@return the jars, for resources; never null} */
    List<URL> jars() {
        return jars;
    }

    /**
     * Finds a class.
     *
     * @param binaryName such as {@code com.example.TaskCountPlugin}
     * @return the class file and its jar, or empty
     */
    Optional<Entry> find(String binaryName) {
        return Optional.ofNullable(classes.get(requireNonNull(binaryName, "binaryName is null")));
    }

    /**
     * Runs the {@link BytecodeCheck} over every class.
     *
     * @return what the plugin may not do, in class name order; empty when nothing was found
     */
    List<String> findings() {
        List<String> found = new ArrayList<>();
        new TreeMap<>(classes).forEach((name, entry) -> {
            try {
                found.addAll(BytecodeCheck.findings(entry.bytes()));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                found.add("holds the class " + name + ", which cannot be read (" + PluginRegistrar.describe(e)
                        + "): compile it for Java " + Runtime.version().feature() + " or older");
            }
        });
        return found;
    }
}
