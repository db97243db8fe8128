package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.occucompare.analytics.similar.PairDistribution;
import org.occucompare.analytics.similar.SimilarityIndex;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.model.Retrieval;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SourceKind;
import org.occucompare.core.model.UsState;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.Lookup;
import org.occucompare.core.source.Miss;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.core.source.OccupationSource;
import org.occucompare.core.source.Suggestions;
import org.occucompare.web.places.Gazetteer;
import org.occucompare.web.places.OewsArea;
import org.occucompare.web.store.row.AreaRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local store as an {@link OccupationSource}: occupations with every section the official files give, wages
 * and projections for the nation and the places asked, many occupations and places in one round trip, descriptor
 * vectors of all occupations, and title search. O*NET occupations with a detailed code ({@code .01} and so on) take
 * their SOC's wages and projections, marked inherited. Thread-safe.
 */
public final class OccupationStore implements OccupationSource {
    private static final Logger LOG = LoggerFactory.getLogger(OccupationStore.class);
    /** The most codes one query's {@code in (…)} list takes (see {@link #assemble}). */
    static final int IN_LIST_LIMIT = 100;
    private final Database database;
    private final Clock clock;
    private final AtomicReference<Map.Entry<Long, Gazetteer>> gazetteer = new AtomicReference<>();

    /**
     * A source over a store.
     *
     * @param database the store
     * @param clock the clock for retrieval times
     */
    public OccupationStore(Database database, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * {@inheritDoc} Every section the official files give, with the wages and projections of the nation and of each
     * place the store holds figures for (states and BLS areas; a city or ZIP code adds nothing), in one query per
     * section for all keys. A title is matched exactly, ignoring case. The store has no cache, so
     * {@code freshness} does not matter, and it never answers {@link Miss.Kind#UNAVAILABLE}: a failing database
     * fails the whole call.
     *
     * @throws OccupationException {@code INVALID_INPUT} for an empty list of places, {@code INTERNAL} when the
     *     database fails
     */
    @Override
    public Lookup fetch(List<OccupationKey> keys, List<Location> places, Set<Section> sections,
            Freshness freshness) {
        List<OccupationKey> asked = OccupationSource.distinctKeys(keys, places, sections, freshness);
        Map<OccupationKey, OccupationCode> codes = new LinkedHashMap<>();
        for (OccupationKey key : asked) {
            if (key instanceof OccupationKey.Code c) {
                codes.put(key, c.code());
            } else if (key instanceof OccupationKey.Title t) {
                codeOfTitle(t.title()).ifPresent(code -> codes.put(key, code));
            }
        }
        Map<OccupationCode, Occupation> found = read(codes.values(), places, sections);
        Map<OccupationKey, Occupation> occupations = new LinkedHashMap<>();
        List<Miss> misses = new ArrayList<>();
        for (OccupationKey key : asked) {
            Occupation o = codes.containsKey(key) ? found.get(codes.get(key)) : null;
            if (o == null) {
                misses.add(Suggestions.miss(key, this, Optional.empty()));
            } else {
                occupations.put(key, o.only(sections));
            }
        }
        return new Lookup(occupations, misses);
    }

    /** Many occupations with wages and projections for the nation and each place, in one query per section. */
    private Map<OccupationCode, Occupation> read(Collection<OccupationCode> codes, List<Location> places,
            Set<Section> sections) {
        List<String> wanted = codes.stream().map(OccupationCode::value).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Retrieval retrieval = Retrieval.of(places.get(0), clock.instant(), SourceKind.ONET);
        return database.read(handle -> assemble(handle, wanted, ladders(handle, places), sections, retrieval));
    }

    /**
     * Many occupations of the dataset version the handle defines, with wages and projections for the given places,
     * in one query per section for each {@value #IN_LIST_LIMIT} codes. H2 checks every row an index lookup returns
     * against the whole {@code in (…)} list of bound values, one comparison per value: with every occupation of the
     * full import in one list (1,016 codes, 230,733 rating rows) the ratings query alone took 17 s; lists of at most
     * {@value #IN_LIST_LIMIT} keep that check small while each query stays an index lookup. Sections not asked for
     * are not read.
     */
    static Map<OccupationCode, Occupation> assemble(Handle handle, List<String> wanted, List<Location> places,
            Set<Section> sections, Retrieval retrieval) {
        return assemble(handle, wanted, places, sections, retrieval, IN_LIST_LIMIT);
    }

    /** As {@link #assemble(Handle, List, List, Set, Retrieval)}, with at most {@code limit} codes per query. */
    static Map<OccupationCode, Occupation> assemble(Handle handle, List<String> wanted, List<Location> places,
            Set<Section> sections, Retrieval retrieval, int limit) {
        OccupationDao dao = handle.attach(OccupationDao.class);
        Provenances provenance = Provenances.of(handle.attach(SourceDao.class).sources());
        List<String> areaKeys = ModelMapping.areaKeys(places);
        Map<OccupationCode, Occupation> byCode = new LinkedHashMap<>();
        for (int from = 0; from < wanted.size(); from += limit) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + limit));
            List<StoredOccupation> found = dao.occupations(chunk);
            List<String> socs = found.stream().map(StoredOccupation::socCode).distinct().toList();
            List<String> present = found.stream().map(StoredOccupation::code).toList();
            SectionRows rows = SectionRows.read(dao, present.isEmpty() ? chunk : present,
                    socs.isEmpty() ? List.of("") : socs, areaKeys, sections);
            for (StoredOccupation o : found) {
                Occupation occupation = OccupationAssembler.assemble(o, rows, retrieval, provenance);
                byCode.put(occupation.code(), occupation);
            }
        }
        return byCode;
    }

    /**
     * Whether the local store holds a section: the official files the importer reads have it. The others (career
     * videos, handbook and state links, training programs, the industry pattern) come only from CareerOneStop, so
     * where the store answered, they are "available with a CareerOneStop token" rather than "not requested".
     *
     * @param section the section, never null
     */
    public static boolean holds(Section section) {
        return OccupationAssembler.SECTIONS.contains(section);
    }

    /**
     * The gazetteer of OEWS areas of the dataset version readers use; {@link Gazetteer#EMPTY} when the store holds
     * no area list. Read once per dataset version.
     */
    public Gazetteer gazetteer() {
        Map.Entry<Long, Gazetteer> cached = gazetteer.get();
        if (cached != null && cached.getKey() == database.currentId()) {
            return cached.getValue(); // places are resolved on every request: no round trip for them
        }
        return database.read(this::gazetteer);
    }

    private Gazetteer gazetteer(Handle handle) {
        long version = handle.attach(DatasetDao.class).currentId().orElse(DatasetDao.NONE);
        Map.Entry<Long, Gazetteer> cached = gazetteer.get();
        if (cached != null && cached.getKey() == version) {
            return cached.getValue();
        }
        Gazetteer read = new Gazetteer(handle.attach(AreaDao.class).areas().stream().map(OccupationStore::area)
                .toList());
        gazetteer.set(Map.entry(version, read));
        return read;
    }

    private static OewsArea area(AreaRow row) {
        List<UsState> states = java.util.Arrays.stream(row.states().split(",")).map(UsState::fromPostalCode)
                .flatMap(Optional::stream).toList();
        return new OewsArea(row.code(), row.name(), states, row.kind().equals("metro"));
    }

    /** Every place with the places set beside it: a city's or ZIP code's area and state, an area's state. */
    private List<Location> ladders(Handle handle, List<Location> places) {
        Gazetteer areas = gazetteer(handle);
        List<Location> all = new ArrayList<>();
        for (Location place : places) {
            all.add(place);
            try {
                all.addAll(areas.resolve(place).ladder());
            } catch (OccupationException e) {
                // a ZIP code of no state: the place alone, which the store holds nothing for
            }
        }
        return all;
    }

    /** The code of every occupation the store holds, in code order; never null. */
    public List<OccupationCode> codes() {
        return database.read(h -> h.attach(OccupationDao.class).allTitles()).stream()
                .map(e -> OccupationCode.parse(e.getKey())).toList();
    }

    /**
     * The similarity index of a dataset version, as the import that wrote the version prepared it (or a reader kept
     * it later, see {@link #keepSimilarity}).
     *
     * @param version the version, such as {@link #currentVersion()} gave
     * @return the index, or empty when the store holds none for the version, or one an older version of OccuCompare
     *     wrote; never null
     */
    public Optional<SimilarityIndex> similarityIndex(long version) {
        return database.read(version, PreparedSimilarity::index);
    }

    /**
     * The importance cosines of all pairs of occupations of a dataset version, which calibrate skill overlap: the
     * part of {@link #similarityIndex} a comparison needs, read without the rest.
     *
     * @param version the version, such as {@link #currentVersion()} gave
     * @return the distribution, or empty as for {@link #similarityIndex}; never null
     */
    public Optional<PairDistribution> importanceCosines(long version) {
        return database.read(version, PreparedSimilarity::importanceCosines);
    }

    /**
     * Every occupation of a dataset version, with its national figures: what a similarity index of that version is
     * built from.
     *
     * @param version the version, such as {@link #currentVersion()} gave
     * @return the version and its occupations in code order, never null
     */
    public StoredDataset everyOccupation(long version) {
        return database.read(version, h -> new StoredDataset(version, PreparedSimilarity.everyOccupation(h)));
    }

    /**
     * The number of the dataset version readers use now, asked of the store at most once a second
     * ({@link Database#currentId()}), as the response cache's stamp is; {@value DatasetDao#NONE} before anything was
     * loaded.
     */
    public long currentVersion() {
        return database.currentId();
    }

    /**
     * Keeps the similarity index of a dataset version that has none (a version imported before indexes were kept
     * with the data), so later processes read it instead of building it. When another process keeps one at the same
     * time, its index, which is the same, stays.
     *
     * @param version the version the index was built from, as {@link #everyOccupation()} gave it
     * @param index the index of every occupation of that version with the default weights, never null
     */
    public void keepSimilarity(long version, SimilarityIndex index) {
        requireNonNull(index, "index is null");
        if (version == DatasetDao.NONE) {
            return;
        }
        try {
            database.jdbi().useTransaction(h -> PreparedSimilarity.keep(h, version, index));
        } catch (JdbiException e) {
            // another process kept it first (the same index), or the version was pruned meanwhile
            LOG.debug("Did not keep the similarity index of dataset version {}: {}", version, e.getMessage());
        }
    }

    /**
     * Every occupation of one dataset version.
     *
     * @param version the version's number; {@value DatasetDao#NONE} for a store that holds no data yet
     * @param occupations its occupations with their national figures, in code order, never null
     */
    public record StoredDataset(long version, List<Occupation> occupations) {
        public StoredDataset {
            occupations = List.copyOf(requireNonNull(occupations, "occupations is null"));
        }
    }

    /** The skill, knowledge or ability descriptors of every rated occupation, by code; never null. */
    public Map<OccupationCode, List<Descriptor>> descriptorVectors(DescriptorKind kind) {
        String domain = kind == DescriptorKind.ABILITY ? "ABILITY" : kind.name();
        List<StoredRating> ratings = database.read(h -> h.attach(OccupationDao.class)
                .ratingsOfDomain(domain));
        Map<String, List<StoredRating>> byCode = new LinkedHashMap<>();
        ratings.forEach(r -> byCode.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r));
        Map<OccupationCode, List<Descriptor>> vectors = new LinkedHashMap<>();
        byCode.forEach((code, list) -> vectors.put(OccupationCode.parse(code),
                OccupationAssembler.descriptors(list, domain, kind)));
        return vectors;
    }

    @Override
    public List<OccupationSummary> search(String words, int limit) {
        requireNonNull(words, "words is null");
        if (limit < 1) {
            throw OccupationException.invalidInput("The search limit must be at least 1, not " + limit + ".");
        }
        return database.read(h -> TitleSearch.search(h.attach(OccupationDao.class), words, limit));
    }

    @Override
    public String describe() {
        return label().orElse("local store (empty: run occucompare import)");
    }

    /** What the store holds, such as "bundled sample (O*NET 30.1, OEWS May 2024, …)", if anything. */
    public Optional<String> label() {
        return dataset().map(DatasetVersion::label);
    }

    /** Whether the store answers, and the dataset version it serves; never throws, never null. */
    public StoreStatus status() {
        return database.status();
    }

    /** Reports the store's connection-pool figures to a metrics registry (the first one given). */
    public void bindMetrics(MeterRegistry registry) {
        database.bindMetrics(registry);
    }

    /** The dataset version readers use now, or empty before anything was loaded; never null. */
    public Optional<DatasetVersion> dataset() {
        return database.currentDataset();
    }

    /** Whether the store holds no occupation yet. */
    public boolean isEmpty() {
        return database.read(h -> h.attach(OccupationDao.class).occupationCount()) == 0;
    }

    /** The data sources the store holds, with vintages and citations; never null. */
    public List<DataSourceInfo> sources() {
        return database.read(h -> h.attach(SourceDao.class).sources());
    }

    private Optional<OccupationCode> codeOfTitle(String title) {
        List<String> codes = database.read(h -> h.attach(OccupationDao.class)
                .codesWithTitle(title.strip().toLowerCase(Locale.ROOT)));
        return codes.stream().findFirst().map(OccupationCode::parse);
    }
}
