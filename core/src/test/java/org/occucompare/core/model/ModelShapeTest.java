package org.occucompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public model type is a record, an enum or an interface, as the model spec and web's ArchUnit rule require;
 * package-private helpers (the parsers, the validation) and synthetic classes may be plain classes.
 */
class ModelShapeTest {

    @Test
    void every_public_model_type_is_a_record_an_enum_or_an_interface() throws IOException, URISyntaxException {
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
        List<Class<?>> types = names.stream().map(ModelShapeTest::loadClass).collect(Collectors.toList());
        assertThat(types).filteredOn(type -> Modifier.isPublic(type.getModifiers())).hasSizeGreaterThan(40)
                .allSatisfy(type -> assertThat(type.isRecord() || type.isEnum() || type.isInterface())
                        .as(type.getName()).isTrue());
        assertThat(types).as("the helpers behind the model are plain classes, which the rule lets pass")
                .contains(Checks.class, LocationParser.class, WageParser.class);
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, ModelShapeTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }
}
