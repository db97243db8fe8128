package org.occucompare.web.cache;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.occucompare.web.analysis.AnalysisServices;
import org.occucompare.web.store.DatasetVersion;
import org.occucompare.web.store.OccupationStore;

/**
 * Everything besides the request that a rendered answer depends on, as one value: the dataset version, the plugin
 * set and the day (exports cite the day the data were accessed). Two answers to the same request with the same
 * stamp are the same bytes. Immutable.
 *
 * @param version the dataset version, plugin fingerprint and day as one string, never null
 * @param since the earliest time at which an answer with this stamp may have been made (the latest of the dataset
 *     version's creation, the plugins' loading and the start of the day), for {@code Last-Modified}; never null
 */
public record DataStamp(String version, Instant since) {
    /** Rejects null. */
    public DataStamp {
        requireNonNull(version, "version is null");
        requireNonNull(since, "since is null");
    }

    /**
     * Reads the stamp of an app from its store (the current dataset version) and its analytics (the plugin set,
     * fixed for the process), on the UTC day of {@code clock}. The store is asked at most once per {@code reread}:
     * a kept answer then costs no database round trip, and a new dataset version, written by this process or by an
     * import in another, is served within {@code reread}.
     *
     * @param store the local store, never null
     * @param analysis the analytics with their plugins, never null
     * @param clock the clock of the day, of the plugins' loading (now) and of rereading, never null
     * @param reread how long a stamp read from the store is used, zero to read it on every call; never null
     * @return a reader of the current stamp, thread-safe, never null
     */
    public static Supplier<DataStamp> reader(OccupationStore store, AnalysisServices analysis, Clock clock,
            Duration reread) {
        requireNonNull(store, "store is null");
        requireNonNull(analysis, "analysis is null");
        requireNonNull(clock, "clock is null");
        requireNonNull(reread, "reread is null");
        Instant pluginsLoaded = clock.instant();
        String plugins = analysis.pluginFingerprint();
        Supplier<DataStamp> read = () -> {
            Instant now = clock.instant();
            LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
            Instant since = max(pluginsLoaded, day.atStartOfDay(ZoneOffset.UTC).toInstant());
            String dataset = "none";
            var version = store.dataset();
            if (version.isPresent()) {
                DatasetVersion v = version.get();
                dataset = Long.toString(v.id());
                since = max(since, v.createdAt());
            }
            return new DataStamp("dataset=" + dataset + "; plugins=" + plugins + "; day=" + day, since);
        };
        return new Reread(read, clock, reread);
    }

    /** A stamp read once per period; concurrent callers at the end of a period may read it more than once. */
    private static final class Reread implements Supplier<DataStamp> {
        private final Supplier<DataStamp> read;
        private final Clock clock;
        private final Duration period;
        private volatile @Nullable Read last;

        Reread(Supplier<DataStamp> read, Clock clock, Duration period) {
            this.read = read;
            this.clock = clock;
            this.period = period;
        }

        @Override
        public DataStamp get() {
            Instant now = clock.instant();
            Read known = last;
            if (known != null && now.isBefore(known.until())) {
                return known.stamp();
            }
            DataStamp stamp = read.get();
            last = new Read(stamp, now.plus(period));
            return stamp;
        }

        private record Read(DataStamp stamp, Instant until) {
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
