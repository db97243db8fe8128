package org.occucompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every compiled model class is a record, an enum or an interface, as the model spec and web's ArchUnit rule require.
 * Catches synthetic classes too, such as the one javac emits for a switch over another class's enum.
 */
class ModelShapeTest {

    @Test
    void every_model_class_is_a_record_an_enum_or_an_interface() throws IOException, URISyntaxException {
        Path root = Path.of(Occupation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve("org/occucompare/core/model");
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .filter(n -> !n.equals("package-info.class"))
                    .map(n -> "org.occucompare.core.model." + n.substring(0, n.length() - ".class".length()))
                    .collect(Collectors.toList());
        }
        assertThat(names).hasSizeGreaterThan(40);
        assertThat(names).allSatisfy(name -> {
            Class<?> type = loadClass(name);
            assertThat(type.isRecord() || type.isEnum() || type.isInterface()).as(name).isTrue();
        });
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, ModelShapeTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }
}
