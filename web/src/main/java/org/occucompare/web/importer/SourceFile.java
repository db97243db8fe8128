package org.occucompare.web.importer;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * One file to import: a plain file or an entry of a zip archive.
 *
 * @param name the file name without folders, such as {@code Skills.xlsx}
 * @param location where it is, for messages, such as {@code db_30_1_text.zip!/db_30_1_text/Skills.txt}
 * @param opener opens the file's bytes; each call opens a new stream
 */
public record SourceFile(String name, String location, Opener opener) {
    /** Opens the bytes of a source file. */
    @FunctionalInterface
    public interface Opener {
        /** A new stream over the file's bytes; the caller closes it. */
        InputStream open() throws IOException;
    }

    public SourceFile {
        requireNonNull(name, "name is null");
        requireNonNull(location, "location is null");
        requireNonNull(opener, "opener is null");
    }

    /** A new stream over the file's bytes; the caller closes it. */
    public InputStream open() throws IOException {
        return opener.open();
    }

    /** The name without its extension, such as {@code Skills}. */
    public String baseName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The lower-case extension without the dot, such as {@code xlsx}, or an empty string. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
