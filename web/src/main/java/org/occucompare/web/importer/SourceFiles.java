package org.occucompare.web.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

/**
 * Expands the paths given to the importer into {@link SourceFile}s: a plain file is itself, a directory is its data
 * files (three levels deep: an unpacked O*NET zip nests one folder, the OEWS JSON sets two), a zip is its entries.
 */
public final class SourceFiles {
    /** Extensions of the files the importer can read. */
    static final Set<String> DATA_EXTENSIONS = Set.of("txt", "csv", "xlsx", "json");
    /** The largest zip entry read: O*NET's largest file unpacks to about 30 MB. */
    private static final int MAX_ENTRY_BYTES = 256 << 20;

    private SourceFiles() {
    }

    /**
     * The files behind the given paths, in path order and then name order; never null.
     *
     * @param paths files, directories or zip archives
     * @param skipped receives a note for every file of a directory or zip that is not a data file
     * @throws OccupationException INVALID_INPUT when a path does not exist or a zip cannot be read
     */
    public static List<DirectoryEntry> expand(List<Path> paths, List<String> skipped) {
        List<DirectoryEntry> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw OccupationException.invalidInput("Cannot import " + path + ": no such file or directory. "
                        + "Give the path of an official file, a directory of them or the O*NET zip.");
            }
            if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
                throw OccupationException.invalidInput("Cannot import " + path + ": it is not a regular file (a"
                        + " device, pipe or socket). Give the path of an official file, a directory of them or the"
                        + " O*NET zip.");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path, 3)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        addFile(file, true, files, skipped);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                addFile(path, false, files, skipped);
            }
        }
        return List.copyOf(files);
    }

    private static void addFile(Path file, boolean inDirectory, List<DirectoryEntry> files, List<String> skipped) {
        String name = file.getFileName().toString();
        if (name.toLowerCase().endsWith(".zip")) {
            files.addAll(zipEntries(file, skipped));
            return;
        }
        SourceFile source = new SourceFile(name, file.toString(), () -> Files.newInputStream(file));
        if (inDirectory && (name.startsWith(".") || !DATA_EXTENSIONS.contains(source.extension()))) {
            skipped.add(file + " (not a data file)");
            return;
        }
        files.add(new DirectoryEntry(source, inDirectory));
    }

    private static List<DirectoryEntry> zipEntries(Path zip, List<String> skipped) {
        List<DirectoryEntry> entries = new ArrayList<>();
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = zipFile.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                String entryName = entry.getName();
                String name = entryName.substring(entryName.lastIndexOf('/') + 1);
                String location = zip + "!/" + entryName;
                SourceFile source = new SourceFile(name, location, () -> openEntry(zip, entryName));
                if (name.startsWith(".") || !DATA_EXTENSIONS.contains(source.extension())) {
                    skipped.add(location + " (not a data file)");
                } else {
                    entries.add(new DirectoryEntry(source, true));
                }
            }
        } catch (IOException e) {
            throw new OccupationException(ErrorKind.INVALID_INPUT, "Cannot read the zip archive " + zip
                    + ": it is damaged or not a zip (" + e.getMessage() + "). Download it again.", e);
        }
        entries.sort((a, b) -> a.file().location().compareTo(b.file().location()));
        return entries;
    }

    private static InputStream openEntry(Path zip, String entryName) throws IOException {
        // read the entry into memory so the archive can be closed at once: O*NET entries are at most a few MB, so
        // one far larger (a zip bomb, or not an O*NET archive) is refused rather than read into memory
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            ZipEntry entry = zipFile.getEntry(entryName);
            if (entry == null) {
                throw new IOException("entry " + entryName + " vanished from " + zip);
            }
            try (InputStream in = zipFile.getInputStream(entry)) {
                byte[] bytes = in.readNBytes(MAX_ENTRY_BYTES + 1);
                if (bytes.length > MAX_ENTRY_BYTES) {
                    throw OccupationException.invalidInput("Cannot import " + zip + "!/" + entryName + ": it unpacks"
                            + " to more than " + MAX_ENTRY_BYTES / (1 << 20) + " MB, far more than any official"
                            + " file. Give the archive as its publisher ships it.");
                }
                return new ByteArrayInputStream(bytes);
            }
        }
    }

    /**
     * A file found behind a path.
     *
     * @param file the file
     * @param inDirectory whether it came from a directory or zip (unused O*NET files there are skipped, not refused)
     */
    public record DirectoryEntry(SourceFile file, boolean inDirectory) {
    }
}
