package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Files written under hidden temporary names ({@code .NAME.part}) in one directory and moved into place together
 * by {@link #commit}, so that a reader never sees a half-written file and a failed piece of work leaves nothing
 * behind: {@link #close} deletes whatever was not committed. Not thread-safe.
 */
final class StagedFiles implements AutoCloseable {
    private final Path directory;
    private final Map<Path, Path> staged = new LinkedHashMap<>();

    /**
     * Creates an empty set of files.
     *
     * @param directory where the files go, never null; it must exist
     */
    StagedFiles(Path directory) {
        this.directory = requireNonNull(directory, "directory is null");
    }

    /**
     * The temporary path to write the file of this name to.
     *
     * @param name the final file name within the directory, never null
     * @return the temporary path, never null
     */
    Path stage(String name) {
        Path part = directory.resolve("." + name + ".part");
        staged.put(part, directory.resolve(name));
        return part;
    }

    /**
     * Writes a whole file under its temporary name.
     *
     * @param name the final file name within the directory, never null
     * @param bytes the content, never null
     * @throws IOException if writing fails
     */
    void write(String name, byte[] bytes) throws IOException {
        Files.write(stage(name), bytes);
    }

    /**
     * Moves every staged file into place, replacing a file of the same name, atomically where the file system can.
     *
     * @throws IOException if a move fails
     */
    void commit() throws IOException {
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            try {
                Files.move(e.getKey(), e.getValue(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        staged.clear();
    }

    /** Deletes the files staged since the last commit. */
    @Override
    public void close() throws IOException {
        for (Path part : staged.keySet()) {
            Files.deleteIfExists(part);
        }
        staged.clear();
    }
}
