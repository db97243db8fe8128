package org.occucompare.web.importer;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.occucompare.core.OccupationException;
import org.occucompare.web.importer.SourceFiles.DirectoryEntry;

/**
 * Recognizes the official files behind a list of paths and reads them into an {@link ImportSink}. Every file is
 * recognized before any is read, so an unknown file fails the import before anything is written. Not thread-safe.
 */
public final class BulkFileReader {
    private final ImportOptions options;

    /** A reader with the given options. */
    public BulkFileReader(ImportOptions options) {
        this.options = requireNonNull(options, "options is null");
    }

    /**
     * The files behind the paths with their kinds, ordered so that O*NET comes first and national Employment
     * Projections come before state projections.
     *
     * @throws org.occucompare.core.OccupationException INVALID_INPUT naming a file that is missing, unknown or
     *     damaged, and the kinds accepted
     */
    public Plan plan(List<Path> paths) {
        List<String> skipped = new ArrayList<>();
        List<RecognizedFile> files = new ArrayList<>();
        for (DirectoryEntry entry : SourceFiles.expand(paths, skipped)) {
            Recognizer.recognize(entry, skipped).ifPresent(kind -> files.add(new RecognizedFile(entry.file(), kind)));
        }
        files.sort(Comparator.comparing(RecognizedFile::kind));
        for (RecognizedFile file : files) {
            if (file.kind() == FileKind.STATE_PROJECTIONS && options.projectionYears().isEmpty()) {
                throw OccupationException.invalidInput("The Projections Central export " + file.file().location()
                        + " names no projection years: add --projection-years with its round, such as"
                        + " --projection-years 2022-2032.");
            }
        }
        return new Plan(files, skipped);
    }

    /**
     * Reads one recognized file into the sink.
     *
     * @return the number of data rows read from the file
     */
    public long read(RecognizedFile file, ImportSink sink) {
        return switch (file.kind().family()) {
            case ONET -> OnetFileReader.read(file, sink);
            case OEWS -> file.kind() == FileKind.OEWS_WAGES ? OewsFileReader.read(file.file(), options, sink)
                    : OewsJsonReader.read(file.file(), options, sink);
            case EMPLOYMENT_PROJECTIONS -> EpWorkbookReader.read(file, sink);
            case STATE_PROJECTIONS -> StateProjectionsReader.read(file.file(), options, sink);
        };
    }

    /** Reads every file of a plan into the sink, telling {@code progress} about each file before reading it. */
    public void readAll(Plan plan, ImportSink sink, Consumer<RecognizedFile> progress) {
        for (RecognizedFile file : plan.files()) {
            progress.accept(file);
            read(file, sink);
        }
    }

    /** The options this reader was made with. */
    public ImportOptions options() {
        return options;
    }

    /**
     * What an import will read.
     *
     * @param files the recognized files, in reading order
     * @param skipped notes on files of directories and zips that are not read
     */
    public record Plan(List<RecognizedFile> files, List<String> skipped) {
        public Plan {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }
}
