package org.occucompare.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.Occupation;

/**
 * Guards the compatibility promise of {@link MetricSpi}: dumps every public type and member of {@code core.spi} and
 * {@code core.model} (what a plugin compiles against) by reflection and compares the dump with the committed
 * {@code spi-signatures.txt}. An addition updates the file; a removal or change also needs a MAJOR bump of
 * {@link MetricSpi#VERSION} in the same commit. On a mismatch the actual dump is written to
 * {@code target/spi-signatures.actual.txt}, ready to review and copy.
 */
class SpiSignatureTest {
    private static final List<String> PACKAGES = List.of("org.occucompare.core.spi", "org.occucompare.core.model");

    @Test
    void public_spi_and_model_signatures_match_the_committed_file() throws IOException, URISyntaxException {
        String actual = String.join("\n", dump()) + "\n";
        String expected;
        try (InputStream in = SpiSignatureTest.class.getResourceAsStream("/spi-signatures.txt")) {
            assertThat(in).as("core/src/test/resources/spi-signatures.txt").isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!actual.equals(expected)) {
            Path out = Path.of("target", "spi-signatures.actual.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual);
        }
        assertThat(actual).as("public SPI/model surface changed: review core/target/spi-signatures.actual.txt, copy it"
                + " to core/src/test/resources/spi-signatures.txt, and bump MetricSpi.VERSION (MAJOR for a removal or"
                + " change, MINOR for an addition)").isEqualTo(expected);
    }

    @Test
    void the_dump_covers_the_spi_entry_point_and_the_model_aggregate() throws IOException, URISyntaxException {
        List<String> lines = dump();
        assertThat(lines).contains("interface org.occucompare.core.spi.MetricPlugin",
                "record org.occucompare.core.model.Occupation");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("MetricPlugin.spiVersion()"));
    }

    @Test
    void the_version_is_major_dot_minor() {
        assertThat(MetricSpi.VERSION).matches("\\d+\\.\\d+");
    }

    /** One line per public type, then one per public member, indented; types and members sorted. */
    static List<String> dump() throws IOException, URISyntaxException {
        Path root = Path.of(Occupation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> lines = new ArrayList<>();
        for (String pkg : PACKAGES) {
            List<Class<?>> types;
            try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
                types = files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
                        .map(n -> load(pkg + "." + n.substring(0, n.length() - ".class".length())))
                        .filter(t -> Modifier.isPublic(t.getModifiers()) && !t.isSynthetic())
                        .sorted((a, b) -> a.getName().compareTo(b.getName()))
                        .collect(Collectors.toList());
            }
            for (Class<?> type : types) {
                lines.add(kind(type) + " " + type.getName());
                lines.addAll(members(type));
            }
        }
        return lines;
    }

    private static List<String> members(Class<?> type) {
        List<String> members = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && !f.isSynthetic()) {
                members.add("    " + f.toGenericString());
            }
        }
        List<Executable> executables = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
        executables.addAll(Arrays.asList(type.getDeclaredMethods()));
        for (Executable e : executables) {
            boolean bridge = e instanceof Method && ((Method) e).isBridge();
            if (Modifier.isPublic(e.getModifiers()) && !e.isSynthetic() && !bridge) {
                members.add("    " + signature(e));
            }
        }
        members.sort(null);
        return members;
    }

    private static String signature(Executable e) {
        // Method.toGenericString names "default" for default methods, so adding a default shows up as a change
        return e.toGenericString();
    }

    private static String kind(Class<?> type) {
        if (type.isAnnotation()) {
            return "annotation";
        }
        if (type.isInterface()) {
            return "interface";
        }
        if (type.isEnum()) {
            return "enum";
        }
        return type.isRecord() ? "record" : "class";
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SpiSignatureTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }
}
