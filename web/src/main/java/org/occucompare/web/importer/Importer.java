package org.occucompare.web.importer;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.occucompare.core.OccupationException;
import org.occucompare.web.store.DataSourceInfo;
import org.occucompare.web.store.Database;
import org.occucompare.web.store.StoreImport;

/**
 * Imports official bulk files into the local store in one transaction: every file is recognized first, then all are
 * read and written; a failure anywhere rolls everything back, so the previous data stays intact. What the files
 * cover replaces what the store held for it (the bundled sample is replaced whole), so re-importing the same files
 * changes nothing. Progress goes to the given stream; the summary is returned. Not thread-safe.
 */
public final class Importer {
    private static final long PROGRESS_EVERY = 100_000;

    private final Database database;
    private final PrintWriter progress;
    private final Clock clock;

    /**
     * An importer into a store.
     *
     * @param database the store
     * @param progress where progress lines go (the terminal's standard error)
     * @param clock the clock for import times
     */
    public Importer(Database database, PrintWriter progress, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.progress = requireNonNull(progress, "progress is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Imports the files behind the paths as the store's data.
     *
     * @param paths files, directories or the O*NET zip
     * @param options facts the files do not state (such as the projection round of a state export)
     * @return what was loaded, per source
     * @throws OccupationException INVALID_INPUT for a missing, unknown or damaged file; the store is unchanged
     */
    public ImportSummary importFiles(List<Path> paths, ImportOptions options) {
        return importFiles(paths, options, "import");
    }

    /** As {@link #importFiles(List, ImportOptions)}, recording the data set as {@code sample} or {@code import}. */
    public ImportSummary importFiles(List<Path> paths, ImportOptions options, String dataset) {
        Instant start = clock.instant();
        BulkFileReader reader = new BulkFileReader(options);
        BulkFileReader.Plan plan = reader.plan(paths);
        if (plan.files().isEmpty()) {
            throw OccupationException.invalidInput("Found no file to import in " + paths + ". Accepted: "
                    + FileKind.ACCEPTED + ".");
        }
        progress.printf("Importing %d file(s) into %s%n", plan.files().size(), database.url());
        return database.inImport(store -> {
            if (store.dataset().filter("sample"::equals).isPresent() && !dataset.equals("sample")) {
                progress.println("  replacing the bundled sample");
                store.clearAll();
            }
            SourceTally tally = new SourceTally();
            for (RecognizedFile file : plan.files()) {
                progress.printf("  reading %s (%s)%n", file.file().location(), file.kind().publisherName());
                long[] rows = {0};
                long read = reader.read(file, row -> {
                    store.accept(row);
                    tally.note(file, row);
                    if (++rows[0] % PROGRESS_EVERY == 0) {
                        progress.printf(Locale.ROOT, "    %,d rows…%n", rows[0]);
                    }
                });
                tally.count(file, read);
                progress.printf(Locale.ROOT, "    %,d rows%n", read);
                progress.flush();
            }
            store.finish();
            List<String> lines = record(store, tally, clock.instant());
            String label = store.recordDataset(dataset);
            lines.add("the store now holds " + label);
            return new ImportSummary(lines, store.counts(), plan.skipped(), Duration.between(start, clock.instant()));
        });
    }

    private static List<String> record(StoreImport store, SourceTally tally, Instant now) {
        List<String> lines = new ArrayList<>();
        for (SourceTally.Source s : tally.sources()) {
            long stored = store.recordSource(new DataSourceInfo(s.id(), s.kind(), s.name(), s.vintage(),
                    Optional.of(s.url()), Optional.of(s.citation()), List.copyOf(s.files()), 0, now));
            lines.add(String.format(Locale.ROOT, "%s %s: %d file(s), %,d rows read, %,d %s in the store", s.name(),
                    s.vintage(), s.files().size(), s.rowsRead(), stored,
                    s.id().equals("onet") ? "occupations" : "rows"));
        }
        return lines;
    }
}
