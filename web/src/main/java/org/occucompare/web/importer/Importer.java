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
import java.util.stream.Collectors;
import org.occucompare.core.OccupationException;
import org.occucompare.web.store.DataSourceInfo;
import org.occucompare.web.store.Database;
import org.occucompare.web.store.StoreImport;

/**
 * Imports official bulk files into the store as a new dataset version: every file is recognized first, then all
 * are read and written beside the version readers use, which they keep using until the import switches them over at
 * its end. A failure anywhere, a file without data rows or an import that would shrink what it replaces leaves the
 * store as it was. What the files cover replaces what the store held for it (the bundled sample is replaced whole),
 * so re-importing the same files changes nothing. Progress goes to the given stream; the summary is returned. Not
 * thread-safe.
 */
public final class Importer {
    private static final long PROGRESS_EVERY = 100_000;
    /** The share of its rows that a replaced part of the store must keep, unless the user allows less. */
    private static final double SHRINK_FLOOR = 0.5;

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
     * @throws OccupationException INVALID_INPUT for a missing, unknown or damaged file, a file without data rows
     *     or files that would shrink what they replace (unless the options allow them); the store is unchanged
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
        progress.flush();
        return database.inImport(store -> {
            if (store.dataset().filter("sample"::equals).isPresent() && !dataset.equals("sample")) {
                progress.println("  replacing the bundled sample");
                store.replaceAll();
            }
            SourceTally tally = new SourceTally();
            for (RecognizedFile file : plan.files()) {
                progress.printf("  reading %s (%s)%n", file.file().location(), file.kind().publisherName());
                progress.flush();
                long[] rows = {0};
                long read = reader.read(file, row -> {
                    store.accept(row);
                    tally.note(file, row);
                    if (++rows[0] % PROGRESS_EVERY == 0) {
                        progress.printf(Locale.ROOT, "    %,d rows…%n", rows[0]);
                    }
                });
                if (rows[0] == 0 && !options.allowEmpty()) {
                    throw OccupationException.invalidInput(file.file().location() + " holds no data rows that"
                            + " OccuCompare imports (a header only, or nothing it uses): importing it would empty"
                            + " what it covers, so nothing was imported and the store is unchanged. Download the"
                            + " file again; if it is meant to be empty, add --allow-empty.");
                }
                tally.count(file, read);
                progress.printf(Locale.ROOT, "    %,d rows%n", read);
                progress.flush();
            }
            store.finish();
            if (!options.allowShrink()) {
                refuseShrinking(store);
            }
            List<String> lines = record(store, tally, clock.instant());
            String label = store.recordDataset(dataset);
            progress.println("  preparing the similarity index of every occupation");
            progress.flush();
            store.prepareSimilarity();
            lines.add("the store now holds " + label + " as dataset version " + store.version());
            return new ImportSummary(lines, store.counts(), plan.skipped(), Duration.between(start, clock.instant()));
        });
    }

    /**
     * Refuses an import that looks like a mistake: one that replaces a part of the store (a table, an OEWS year and
     * area, …) with fewer than half its rows, as a truncated file does, or that replaces the bundled sample with
     * data holding no occupation.
     */
    private static void refuseShrinking(StoreImport store) {
        if (store.dataset().filter("sample"::equals).isPresent() && store.occupations() == 0) {
            throw OccupationException.invalidInput("The store holds the bundled sample, which an import replaces"
                    + " whole, and these files hold no O*NET occupations: the store would be left without any, so"
                    + " nothing was imported and the store is unchanged. Import the O*NET database with them (or"
                    + " first); to import them anyway, add --allow-shrink.");
        }
        List<StoreImport.Shrinkage> shrunk = store.shrunk(SHRINK_FLOOR);
        if (!shrunk.isEmpty()) {
            String parts = shrunk.stream().limit(5).map(s -> String.format(Locale.ROOT, "%s%s from %,d rows to %,d",
                    s.table(), s.scope().isEmpty() ? "" : " " + s.scope().replace('|', ' '), s.before(), s.after()))
                    .collect(Collectors.joining("; "));
            throw OccupationException.invalidInput("The import would shrink the store (" + parts
                    + (shrunk.size() > 5 ? "; and " + (shrunk.size() - 5) + " more" : "") + "), as a truncated or"
                    + " partial file does: nothing was imported and the store is unchanged. Check the files; to import"
                    + " them anyway, add --allow-shrink.");
        }
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
