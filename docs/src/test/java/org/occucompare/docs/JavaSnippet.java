package org.occucompare.docs;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One fenced {@code java} block of a guide, with where it stands, turned into a compilation unit.
 *
 * <p>A block that declares a type is compiled as it is. Any other block is a fragment: its {@code import} lines stay
 * at the top and the rest becomes the body of a method that may throw, so guides can show short statements.
 */
record JavaSnippet(Path file, int line, String code) {
    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+)?(?:class|record|interface|enum)\\s+(\\w+)");

    JavaSnippet {
        requireNonNull(file, "file is null");
        requireNonNull(code, "code is null");
    }

    /** The name of the class that holds this snippet. */
    String className() {
        return declaredType().orElseGet(this::wrapperName);
    }

    /** The Java source to compile. */
    String source() {
        if (declaredType().isPresent()) {
            return code;
        }
        List<String> lines = code.lines().toList();
        String imports = lines.stream().filter(JavaSnippet::isImport).collect(Collectors.joining("\n"));
        String body = lines.stream().filter(l -> !isImport(l)).collect(Collectors.joining("\n        "));
        return imports + "\n\nclass " + wrapperName() + " {\n    void snippet() throws Exception {\n        "
                + body + "\n    }\n}\n";
    }

    /** Where the snippet stands, for messages: {@code docs/architecture.md:42}. */
    String location() {
        return file.getFileName() + ":" + line;
    }

    private String wrapperName() {
        String base = file.getFileName().toString().replaceAll("[^A-Za-z0-9]", "_");
        return "Snippet_" + base + "_" + line;
    }

    private Optional<String> declaredType() {
        var matcher = TYPE_DECLARATION.matcher(code);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static boolean isImport(String line) {
        return line.startsWith("import ");
    }
}
