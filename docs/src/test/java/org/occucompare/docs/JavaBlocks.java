package org.occucompare.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the fenced {@code ```java} blocks of a Markdown file. */
final class JavaBlocks {
    private JavaBlocks() {
    }

    static List<JavaSnippet> in(Path markdown) {
        List<String> lines;
        try {
            lines = Files.readAllLines(markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JavaSnippet> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```java")) {
                continue;
            }
            int start = i + 1;
            var code = new StringBuilder();
            for (i = start; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
                code.append(lines.get(i)).append('\n');
            }
            blocks.add(new JavaSnippet(markdown, start + 1, code.toString()));
        }
        return blocks;
    }
}
