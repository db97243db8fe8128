package org.occucompare.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every {@code java} block of README.md and docs/*.md against the real modules (and core's test kit), so a
 * guide cannot show code that no longer compiles. Each block is one dynamic test named after its file and line; a
 * block may use the types of the blocks before it.
 */
class DocSnippetsTest {
    private static final Path REPOSITORY = Path.of(System.getProperty("repository.dir", ".."));

    @TempDir
    Path classes;

    @TestFactory
    Stream<DynamicTest> every_java_block_in_the_guides_compiles() {
        return snippets().stream()
                .map(snippet -> DynamicTest.dynamicTest(snippet.location(), () -> assertCompiles(snippet)));
    }

    @Test
    void the_guides_show_java_code() {
        // guards the extractor itself: architecture.md shows code, so finding none means the scan is broken
        assertThat(snippets()).anySatisfy(s -> assertThat(s.location()).startsWith("architecture.md"));
    }

    @Test
    void a_block_that_does_not_compile_is_reported() {
        var broken = new JavaSnippet(Path.of("broken.md"), 3, "int x = \"not a number\";");
        assertThat(compile(broken)).contains("incompatible types");
    }

    private void assertCompiles(JavaSnippet snippet) {
        assertThat(compile(snippet)).as("%s does not compile:%n%s", snippet.location(), snippet.source()).isEmpty();
    }

    /** Compiles one snippet and returns the compiler's error output, empty when it compiled. */
    private String compile(JavaSnippet snippet) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        var errors = new StringWriter();
        JavaFileObject unit = new SimpleJavaFileObject(
                Path.of(snippet.className() + ".java").toUri(), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return snippet.source();
            }
        };
        // the classes of earlier blocks are on the class path: a guide's blocks may build on each other, in order
        List<String> options = List.of("-classpath", System.getProperty("java.class.path") + File.pathSeparator
                + classes, "-d", classes.toString(), "-proc:none", "-Xlint:none");
        boolean ok = compiler.getTask(errors, null, null, options, null, List.of(unit)).call();
        return ok ? "" : errors.toString();
    }

    private static List<JavaSnippet> snippets() {
        List<JavaSnippet> found = new ArrayList<>();
        try (Stream<Path> docs = Files.list(REPOSITORY.resolve("docs"))) {
            Stream.concat(Stream.of(REPOSITORY.resolve("README.md")), docs.filter(p -> p.toString().endsWith(".md")))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(file -> found.addAll(JavaBlocks.in(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
