package org.occucompare.web.source;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.occucompare.apiclient.CareerOneStopClient;
import org.occucompare.apiclient.CareerOneStopConfig;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.core.source.OccupationSource;
import org.occucompare.web.config.AppConfig;
import org.occucompare.web.importer.BundledSample;
import org.occucompare.web.store.CachedOccupationSource;
import org.occucompare.web.store.Database;
import org.occucompare.web.store.OccupationStore;
import org.occucompare.web.store.ResponseArchive;

/**
 * The data the app runs on, opened once per process from the {@link AppConfig}: the local store, filled with the
 * bundled sample on first start, and — when a CareerOneStop user id and token are set — the live API behind the
 * store's read-through cache. Thread-safe; close it to release the database.
 */
public final class DataSources implements AutoCloseable {
    /** The cache key of CareerOneStop answers in the store. */
    public static final String CAREERONESTOP = "careeronestop";

    private static final Pattern BARE_SOC = Pattern.compile("\\d{2}-?\\d{4}");
    private static final Pattern CODE_LIKE = Pattern.compile("\\d{2}-\\d{4}");
    private static final int SUGGESTIONS = 5;

    private final Database database;
    private final OccupationStore store;
    private final Optional<CareerOneStopClient> careerOneStop;
    private final Optional<CachedOccupationSource> cache;
    private final boolean sampleLoaded;
    private final ResponseArchive archive;

    private DataSources(Database database, Clock clock, AppConfig config) {
        this.database = database;
        this.sampleLoaded = BundledSample.loadIfEmpty(database);
        this.store = new OccupationStore(database, clock);
        this.archive = new ResponseArchive(database);
        this.careerOneStop = config.hasCareerOneStop()
                ? Optional.of(new CareerOneStopClient(CareerOneStopConfig
                        .of(config.cosUserId().orElseThrow(), config.cosToken().orElseThrow().reveal())
                        .withBaseUrl(config.cosBaseUrl()), clock,
                        raw -> archive.keep(CAREERONESTOP, raw.requestPath(), raw.receivedAt(), raw.status(),
                                raw.body())))
                : Optional.empty();
        this.cache = careerOneStop.map(client ->
                new CachedOccupationSource(client, database, CAREERONESTOP, config.cacheFreshness(), clock));
    }

    /**
     * Opens the store of {@code config.databaseUrl()}, loading the bundled sample into it when it is empty.
     *
     * @param config the configuration, never null
     * @param clock the clock for fetch times and ages, never null
     * @return the open sources, never null
     * @throws OccupationException when the database cannot be opened
     */
    public static DataSources open(AppConfig config, Clock clock) {
        requireNonNull(config, "config is null");
        requireNonNull(clock, "clock is null");
        Database database = Database.open(config);
        try {
            return new DataSources(database, clock, config);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The local store, never null. */
    public OccupationStore store() {
        return store;
    }

    /** The raw upstream responses kept in the store, never null. */
    public ResponseArchive archive() {
        return archive;
    }

    /** Where occupations come from: the cached CareerOneStop API when configured, else the local store. */
    public OccupationSource occupations() {
        return cache.<OccupationSource>map(c -> c).orElse(store);
    }

    /** Whether this process loaded the bundled sample into an empty store. */
    public boolean sampleLoaded() {
        return sampleLoaded;
    }

    /** One line on the data in use, such as "bundled sample (O*NET 30.1, OEWS May 2024, …)"; never null. */
    public String describe() {
        return careerOneStop.isPresent()
                ? "CareerOneStop API (answers cached in the local store); local store: " + store.describe()
                : store.describe();
    }

    /**
     * Finds one occupation from user input: an O*NET-SOC code or an exact title.
     *
     * @param input the code or title as typed, never null
     * @param location the place, never null
     * @param refresh true to bypass the cache and ask CareerOneStop again
     * @return the occupation, never null
     * @throws OccupationException {@code INVALID_INPUT} for malformed input and for a bare SOC code (the message
     *     lists the O*NET codes to use instead); {@code NOT_FOUND} with suggestions when nothing matches
     */
    public Occupation lookup(String input, Location location, boolean refresh) {
        String text = requireNonNull(input, "input is null").strip();
        requireNonNull(location, "location is null");
        if (BARE_SOC.matcher(text).matches()) {
            throw bareSoc(SocCode.parse(text));
        }
        OccupationKey key = OccupationKey.parse(text);
        Optional<Occupation> found = cache.isPresent()
                ? cache.orElseThrow().find(key, location, refresh)
                : store.find(key, location);
        return found.orElseThrow(() -> notFound(text, location));
    }

    private OccupationException bareSoc(SocCode soc) {
        List<OccupationSummary> codes = careerOneStop.map(client -> client.codesUnder(soc))
                .orElseGet(() -> store.search(soc.value(), 50).stream()
                        .filter(s -> s.code().soc().equals(soc)).toList());
        if (codes.isEmpty()) {
            return OccupationException.invalidInput(soc + " is a SOC code, and no O*NET occupation under it is known"
                    + " here: use an O*NET-SOC code of the form NN-NNNN.NN, such as " + soc + ".00.");
        }
        return OccupationException.invalidInput(soc + " is a SOC code; use an O*NET-SOC code instead: "
                + codes.stream().map(s -> s.code() + " (" + s.title() + ")").collect(Collectors.joining(", ")) + ".");
    }

    /**
     * Occupations to suggest for input that matched nothing: for a code, the occupations under its SOC detailed code,
     * else its broad group (NN-NNN), minor group (NN-N) or major group (NN), the first that holds any; for words, a
     * title search. A failing search suggests
     * nothing rather than hiding the "not found".
     *
     * @param input the code or title as typed, never null
     * @return up to five suggestions, best first; never null
     */
    public List<OccupationSummary> suggestionsFor(String input) {
        String text = requireNonNull(input, "input is null").strip();
        OccupationSource source = careerOneStop.<OccupationSource>map(c -> c).orElse(store);
        try {
            if (CODE_LIKE.matcher(text).lookingAt()) {
                for (String prefix : List.of(text.substring(0, 7), text.substring(0, 6), text.substring(0, 4),
                        text.substring(0, 2))) {
                    List<OccupationSummary> near = source.search(prefix, SUGGESTIONS);
                    if (!near.isEmpty()) {
                        return near;
                    }
                }
                return List.of();
            }
            return source.search(text.replaceAll("[^A-Za-z0-9 .\\-]", " "), SUGGESTIONS);
        } catch (OccupationException e) {
            return List.of(); // suggestions are a courtesy: their failure must not hide the "not found"
        }
    }

    private OccupationException notFound(String input, Location location) {
        List<OccupationSummary> similar = suggestionsFor(input);
        String suggestions = similar.isEmpty() ? " Search for words of the title with the web app or the API."
                : " Did you mean " + similar.stream().map(s -> s.code() + " (" + s.title() + ")")
                        .collect(Collectors.joining(", ")) + "?";
        return OccupationException.notFound("No occupation matches \"" + input + "\" for " + location.displayName()
                + " in " + describe() + "." + suggestions);
    }

    @Override
    public void close() {
        database.close();
    }
}
