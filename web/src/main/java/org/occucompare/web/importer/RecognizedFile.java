package org.occucompare.web.importer;

import static java.util.Objects.requireNonNull;

/**
 * A file the importer recognized, with its kind.
 *
 * @param file the file
 * @param kind what it is
 */
public record RecognizedFile(SourceFile file, FileKind kind) {
    public RecognizedFile {
        requireNonNull(file, "file is null");
        requireNonNull(kind, "kind is null");
    }
}
