package org.occucompare.web;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.occucompare.apiclient.CareerOneStopClient;
import org.occucompare.apiclient.CareerOneStopConfig;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Section;
import org.occucompare.core.source.OccupationSource;
import org.occucompare.web.analysis.AnalysisServices;
import org.occucompare.web.compare.CompareService;
import org.occucompare.web.config.AppConfig;
import org.occucompare.web.importer.BundledSample;
import org.occucompare.web.metrics.AppMetrics;
import org.occucompare.web.store.CachedOccupationSource;
import org.occucompare.web.store.DefaultSections;
import org.occucompare.web.store.Database;
import org.occucompare.web.store.OccupationStore;
import org.occucompare.web.store.ResponseArchive;
import org.occucompare.web.store.SharedRequestRate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of {@code serve} and the research commands: everything a process runs on, opened once from
 * the {@link AppConfig} in one place and closed in reverse order. The local store (filled with the bundled sample
 * on first start); the occupation source, which is the store or, when a CareerOneStop user id and token are set,
 * the live API behind the store's read-through cache (each raw answer kept in the store); the analytics with the
 * plugins loaded; and the comparison service. If opening fails half-way, what was opened is closed before the
 * failure is thrown. Thread-safe; close it to release the database.
 */
public final class Application implements AutoCloseable {
    /** The name CareerOneStop answers are kept under in the store's cache and archive. */
    public static final String CAREERONESTOP = "careeronestop";
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final AppConfig config;
    private final Database database;
    private final AppMetrics metrics;
    private final boolean sampleLoaded;
    private final OccupationStore store;
    private final ResponseArchive archive;
    private final OccupationSource occupations;
    private final AnalysisServices analysis;
    private final CompareService compare;

    private Application(AppConfig config, Database database, Clock clock, AppMetrics metrics) {
        this.config = config;
        this.database = database;
        this.metrics = metrics;
        this.sampleLoaded = BundledSample.loadIfEmpty(database);
        this.store = new OccupationStore(database, clock);
        this.archive = new ResponseArchive(database);
        OccupationSource source = config.hasCareerOneStop()
                ? new CachedOccupationSource(careerOneStop(config, clock, archive, database, metrics), database,
                        CAREERONESTOP, config.cacheFreshness(), clock, config.cosDeadline(),
                        result -> metrics.cacheLookup(CAREERONESTOP, result))
                : store;
        // every source fetches all sections when a request names none; only a narrower default needs the wrapper
        this.occupations = config.sections().equals(Section.all()) ? source
                : new DefaultSections(source, config.sections());
        this.analysis = AnalysisServices.load(config, store);
        this.compare = new CompareService(occupations, store, analysis, this::describe,
                plugin -> metrics.pluginTimeout(plugin));
    }

    /**
     * Opens everything a configuration describes.
     *
     * @param config the configuration, never null
     * @param clock the clock for fetch times and ages, never null
     * @return the open application, never null
     * @throws OccupationException when the database cannot be opened, the bundled sample cannot be loaded, the
     *     CareerOneStop settings are invalid or the plugins directory cannot be read; nothing stays open then
     */
    public static Application open(AppConfig config, Clock clock) {
        return open(config, clock, AppMetrics.create());
    }

    /**
     * Opens everything a configuration describes, recording what happens upstream, in the cache and in the plugins
     * into the given metrics.
     *
     * @param config the configuration, never null
     * @param clock the clock for fetch times and ages, never null
     * @param metrics where upstream calls, cache answers and plugin time-outs are recorded, never null
     * @return the open application, never null
     * @throws OccupationException as {@link #open(AppConfig, Clock)}
     */
    public static Application open(AppConfig config, Clock clock, AppMetrics metrics) {
        requireNonNull(config, "config is null");
        requireNonNull(clock, "clock is null");
        requireNonNull(metrics, "metrics is null");
        Database database = Database.open(config);
        try {
            return new Application(config, database, clock, metrics);
        } catch (RuntimeException e) {
            LOG.debug("Startup failed; closing the local store {}", config.databaseUrl());
            database.close();
            throw e;
        }
    }

    private static CareerOneStopClient careerOneStop(AppConfig config, Clock clock, ResponseArchive archive,
            Database database, AppMetrics metrics) {
        CareerOneStopConfig cos = CareerOneStopConfig
                .of(config.cosUserId().orElseThrow(), config.cosToken().orElseThrow().reveal())
                .withBaseUrl(config.cosBaseUrl())
                .withDeadline(config.cosDeadline());
        // the documented rate limit holds for every process on this store together, not for each one
        return new CareerOneStopClient(cos, clock,
                raw -> archive.keep(CAREERONESTOP, raw.requestPath(), raw.receivedAt(), raw.status(), raw.body()),
                metrics.upstreamListener(CAREERONESTOP), new SharedRequestRate(database, CAREERONESTOP,
                        cos.requestsPerSecond(), cos.burst(), Clock.systemUTC()));
    }

    /** Where this application records upstream calls, cache answers and plugin time-outs; never null. */
    public AppMetrics metrics() {
        return metrics;
    }

    /** The configuration this application was opened with; never null. */
    public AppConfig config() {
        return config;
    }

    /**
     * Where occupations come from: the cached CareerOneStop API when configured, else the local store; a request
     * naming no sections gets the configured ones ({@link AppConfig#sections()}); never null.
     */
    public OccupationSource occupations() {
        return occupations;
    }

    /** The local store, which also holds the dataset the similarity index covers; never null. */
    public OccupationStore store() {
        return store;
    }

    /** The raw upstream responses kept in the store; never null. */
    public ResponseArchive archive() {
        return archive;
    }

    /** The analytics of this process: plugins, metrics, the similarity index of the stored dataset; never null. */
    public AnalysisServices analysis() {
        return analysis;
    }

    /** The comparison service of the web app and the command line; never null. */
    public CompareService compare() {
        return compare;
    }

    /** Whether this process loaded the bundled sample into an empty store. */
    public boolean sampleLoaded() {
        return sampleLoaded;
    }

    /** One line on the data in use, such as "bundled sample (O*NET 30.1, OEWS May 2024, …)"; never null. */
    public String describe() {
        return !config.hasCareerOneStop() ? store.describe()
                : "CareerOneStop API (answers cached in the local store); local store: " + store.describe();
    }

    /** Closes the local store. */
    @Override
    public void close() {
        database.close();
    }
}
