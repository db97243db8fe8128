package org.occucompare.web.store;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.UsState;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.web.importer.ImportOptions;
import org.occucompare.web.importer.Importer;
import org.occucompare.web.importer.SampleBuilder;
import org.occucompare.web.importer.YearRange;

/**
 * A benchmark harness (not a test): a full import of the official files into a new store, the same import again (a
 * new dataset version carried over from the first), then the time to load one occupation and a 10 × 5 comparison
 * set. The store is a new H2 file, or the PostgreSQL database of {@code OCCUCOMPARE_BENCH_DB} (with
 * {@code OCCUCOMPARE_DB_USER} and {@code OCCUCOMPARE_DB_PASSWORD}). Numbers go to docs/performance.md. Run as that
 * file says.
 */
public final class StoreBenchmark {
    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path dir = Files.createTempDirectory("occucompare-bench");
        List<Path> files = SampleBuilder.FILES.stream().map(data::resolve).toList();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        String url = System.getenv().getOrDefault("OCCUCOMPARE_BENCH_DB",
                "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath());
        long start = System.nanoTime();
        try (Database db = Database.open(url, java.util.Optional.ofNullable(System.getenv("OCCUCOMPARE_DB_USER")),
                java.util.Optional.ofNullable(System.getenv("OCCUCOMPARE_DB_PASSWORD"))
                        .map(org.occucompare.web.config.Secret::of))) {
            Importer importer = new Importer(db, new PrintWriter(new StringWriter()), Clock.systemUTC());
            ImportOptions options = ImportOptions.NONE.withProjectionYears(YearRange.parse("2022-2032"));
            importer.importFiles(files, options);
            double importSeconds = (System.nanoTime() - start) / 1e9;
            long again = System.nanoTime();
            importer.importFiles(files, options);
            double reimportSeconds = (System.nanoTime() - again) / 1e9;
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            OccupationStore store = new OccupationStore(db, Clock.systemUTC());
            OccupationKey nurses = OccupationKey.parse("29-1141.00");
            List<OccupationKey> ten = SampleBuilder.CODES.stream().limit(10).map(OccupationKey::parse).toList();
            List<Location> five = List.of(Location.NATIONAL, new Location.State(UsState.CALIFORNIA),
                    new Location.State(UsState.TEXAS), new Location.State(UsState.NEW_YORK),
                    new Location.State(UsState.FLORIDA));
            double one = medianMillis(200, () -> store.fetch(nurses, five.get(1), Freshness.CACHED));
            double set = medianMillis(50, () -> store.fetch(ten, five, Freshness.CACHED));
            double vectors = medianMillis(10, () -> store.descriptorVectors(
                    org.occucompare.core.model.DescriptorKind.SKILL));
            double search = medianMillis(200, () -> store.search("nurse", 10));
            System.out.printf(Locale.ROOT, "%s: full import %.1f s (peak heap %.0f MB), again as a new version %.1f s,"
                    + " H2 files %.1f MB open%n", db.vendor(), importSeconds, peakHeap / 1e6, reimportSeconds,
                    size(dir) / 1e6);
            System.out.printf(Locale.ROOT, "one occupation (29-1141.00, CA): median %.2f ms%n", one);
            System.out.printf(Locale.ROOT, "10 occupations x 5 places: median %.2f ms%n", set);
            System.out.printf(Locale.ROOT, "skill vectors of all occupations: median %.1f ms%n", vectors);
            System.out.printf(Locale.ROOT, "title search 'nurse': median %.2f ms%n", search);
            if (db.vendor() == StoreVendor.H2) {
                try {
                    db.jdbi().useHandle(h -> h.execute("shutdown compact"));
                } catch (RuntimeException closedByShutdown) {
                    // H2 closes every connection on SHUTDOWN, including the one that asked
                }
            }
        }
        System.out.printf(Locale.ROOT, "database after SHUTDOWN COMPACT: %.1f MB%n", size(dir) / 1e6);
    }

    private static long size(Path dir) throws java.io.IOException {
        try (Stream<Path> walk = Files.list(dir)) {
            return walk.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double medianMillis(int runs, Runnable work) {
        for (int i = 0; i < Math.max(5, runs / 5); i++) {
            work.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
