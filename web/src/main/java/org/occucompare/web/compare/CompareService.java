package org.occucompare.web.compare;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.occucompare.analytics.compare.ComparisonReport;
import org.occucompare.analytics.compare.ComparisonRequest;
import org.occucompare.analytics.plugin.MetricOutcome;
import org.occucompare.analytics.plugin.MetricStatus;
import org.occucompare.analytics.plugin.RegisteredMetric;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.Provenance;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SourceKind;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.Lookup;
import org.occucompare.core.source.Miss;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.core.source.OccupationMissException;
import org.occucompare.core.source.OccupationSource;
import org.occucompare.web.analysis.AnalysisServices;
import org.occucompare.web.places.Gazetteer;
import org.occucompare.web.places.OccupationPlaces;
import org.occucompare.web.places.OewsArea;
import org.occucompare.web.places.PlaceLevel;
import org.occucompare.web.places.PlaceLadder;
import org.occucompare.web.places.ResolvedPlace;
import org.occucompare.web.store.DataSourceInfo;
import org.occucompare.web.store.OccupationStore;

/**
 * Runs comparisons for the web app and the command line alike, without Javalin: resolves each place through the
 * store's {@link Gazetteer} (a city, ZIP code or area is compared beside its state and the nation), fetches every
 * occupation of the query at every place in one {@link OccupationSource#fetch}, keeps the inputs that match nothing
 * with their suggestions and the occupations the source failed for with the reason, and hands the rest to the
 * analytics: a comparison answers with what it has. Thread-safe.
 */
public final class CompareService {
    private final OccupationSource occupations;
    private final OccupationStore store;
    private final AnalysisServices analysis;
    private final Supplier<String> dataDescription;
    private final Consumer<String> pluginTimedOut;

    /**
     * A service over the app's data and analytics.
     *
     * @param occupations where occupations come from, never null
     * @param store the local store, which names the state projections behind state rows; never null
     * @param analysis the analytics of this process, never null
     * @param dataDescription one line on the data in use, read per comparison; never null
     */
    public CompareService(OccupationSource occupations, OccupationStore store, AnalysisServices analysis,
            Supplier<String> dataDescription) {
        this(occupations, store, analysis, dataDescription, plugin -> { });
    }

    /**
     * A service over the app's data and analytics that reports the metrics that ran out of time.
     *
     * @param occupations where occupations come from, never null
     * @param store the local store, which names the state projections behind state rows; never null
     * @param analysis the analytics of this process, never null
     * @param dataDescription one line on the data in use, read per comparison; never null
     * @param pluginTimedOut told the plugin id of each metric left out of a comparison for running past its time
     *     limit (or with its evaluation slots still held by earlier ones); never null
     */
    public CompareService(OccupationSource occupations, OccupationStore store, AnalysisServices analysis,
            Supplier<String> dataDescription, Consumer<String> pluginTimedOut) {
        this.pluginTimedOut = requireNonNull(pluginTimedOut, "pluginTimedOut is null");
        this.occupations = requireNonNull(occupations, "occupations is null");
        this.store = requireNonNull(store, "store is null");
        this.analysis = requireNonNull(analysis, "analysis is null");
        this.dataDescription = requireNonNull(dataDescription, "dataDescription is null");
    }

    /**
     * Compares.
     *
     * @param query what to compare, never null
     * @return the comparison of what could be fetched, naming any input that matched nothing and any occupation the
     *     source failed for (left out, with the reason); never null
     * @throws OccupationException {@code INVALID_INPUT} for an unknown metric id, a bare SOC code (listing the O*NET
     *     codes under it) or a reference that matched nothing or could not be fetched; {@code NOT_FOUND} with
     *     suggestions when no input matched; {@code UPSTREAM} when the source failed for every occupation found
     */
    public Comparison compare(CompareQuery query) {
        requireNonNull(query, "query is null");
        List<RegisteredMetric> metrics = metrics(query.metricIds());
        Gazetteer gazetteer = store.gazetteer();
        List<ResolvedPlace> resolved = query.locations().stream().map(gazetteer::resolve).toList();
        List<Location> requested = resolved.stream().map(ResolvedPlace::request).distinct().toList();
        Lookup lookup = query.sections()
                .map(sections -> occupations.fetch(query.keys(), requested, sections, Freshness.CACHED))
                .orElseGet(() -> occupations.fetch(query.keys(), requested, Freshness.CACHED));
        requireSome(lookup);
        List<Miss> unavailable = misses(lookup, Miss.Kind.UNAVAILABLE);
        List<Miss> unknown = misses(lookup, Miss.Kind.NOT_FOUND);
        Optional<OccupationCode> reference = query.reference().map(OccupationKey::parse).map(key -> lookup
                .occupation(key).orElseThrow(() -> OccupationException.invalidInput("The reference occupation \""
                        + key + "\" matched nothing: " + lookup.miss(key).map(Miss::message).orElse("check the code.")
                        + " Pick a reference among the occupations compared.")).code());
        List<Occupation> compared = distinct(lookup);
        resolved = PlaceLadder.answeredBySource(resolved, compared, gazetteer);
        List<Location> places = PlaceLadder.places(resolved);
        ComparisonReport report = analysis.comparisons().compare(new ComparisonRequest(compared,
                places, reference, Optional.empty()));
        report.metrics().stream().filter(m -> m.status() == MetricStatus.TIMED_OUT || m.status() == MetricStatus.BUSY)
                .forEach(m -> pluginTimedOut.accept(m.pluginId()));
        return new Comparison(query, keepMetrics(report, metrics, query), compared,
                unknown.stream().map(UnknownOccupation::of).toList(),
                unavailable.stream().map(UnavailableOccupation::of).toList(), vintages(compared),
                dataDescription.get(), PlaceLadder.notes(resolved, places, compared));
    }

    /**
     * The occupations a chart of their own figures draws (interests, education attained, industries): each
     * occupation's national record with one section, whatever the places of a comparison would be, since these
     * figures are national. One occupation is enough; inputs that match nothing are left out, but an occupation
     * the source failed for fails the whole answer, so that no chart is kept without it.
     *
     * @param inputs 1 to {@value CompareQuery#MAX_OCCUPATIONS} codes or exact titles, never null
     * @param section the section the chart draws, never null
     * @return the occupations found, in the order asked for, each once; never null or empty
     * @throws OccupationException {@code INVALID_INPUT} for no input, too many or a malformed one, or a bare SOC
     *     code (listing the O*NET codes under it); {@code NOT_FOUND} with suggestions when no input matched;
     *     {@code UPSTREAM} when the source failed for any occupation
     */
    public List<Occupation> profiles(List<String> inputs, Section section) {
        requireNonNull(inputs, "inputs is null");
        requireNonNull(section, "section is null");
        List<OccupationKey> keys = inputs.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .map(OccupationKey::parse).toList();
        if (keys.isEmpty() || keys.size() > CompareQuery.MAX_OCCUPATIONS) {
            throw OccupationException.invalidInput("Give 1 to " + CompareQuery.MAX_OCCUPATIONS + " occupations, not "
                    + keys.size() + ": O*NET-SOC codes such as 29-1141.00, or exact titles.");
        }
        Lookup lookup = occupations.fetch(keys, List.of(Location.NATIONAL), EnumSet.of(section, Section.METADATA),
                Freshness.CACHED);
        requireSome(lookup);
        // a chart kept per dataset version must not keep an occupation left out for a passing failure
        misses(lookup, Miss.Kind.UNAVAILABLE).stream().findFirst().ifPresent(m -> {
            throw m.toException();
        });
        return distinct(lookup);
    }

    /**
     * Resolves a place as typed: an area code or name, a city, a ZIP code, a state or the nation.
     *
     * @param text the place, never null
     * @return the place and how it was resolved, never null
     * @throws OccupationException {@code INVALID_INPUT} for text that is no place
     */
    public ResolvedPlace resolve(String text) {
        return store.gazetteer().resolve(text);
    }

    /**
     * A place as the data source answered it: a city or ZIP code the gazetteer placed in its state, or in an area the
     * answer holds no wages for, takes the one BLS area the answer holds ({@link PlaceLadder#answeredBySource}).
     *
     * @param place the place as resolved, never null
     * @param occupation the occupation fetched for it, never null
     * @return the place, that one or the source's area; never null
     */
    public ResolvedPlace answeredBySource(ResolvedPlace place, Occupation occupation) {
        return PlaceLadder.answeredBySource(List.of(place), List.of(occupation), store.gazetteer()).get(0);
    }

    /**
     * One occupation across every place of a level, from the local store (which holds the state and area files
     * imported; CareerOneStop answers one place per request, so it is not asked for fifty): its wages and projections
     * at every state, or at every OEWS area (the metro map's too), the other sections not read.
     *
     * @param occupation a code or exact title, never null
     * @param level states or metro areas, never null
     * @return the listing, never null
     * @throws OccupationException {@code NOT_FOUND} with suggestions for an occupation the store does not hold
     */
    public OccupationPlaces places(String occupation, PlaceLevel level) {
        OccupationKey key = OccupationKey.parse(occupation);
        Occupation found = store.fetch(List.of(key), OccupationPlaces.places(level, store.gazetteer()),
                EnumSet.of(Section.WAGES, Section.PROJECTIONS, Section.METADATA), Freshness.CACHED).require(key);
        return OccupationPlaces.of(found, level);
    }

    /** Every OEWS area the store knows, for place search; never null. */
    public List<OewsArea> areas() {
        return store.gazetteer().areas();
    }

    /**
     * The place to put in a query for a place as typed (a metro area is asked for as its first title city, which
     * every data source takes); {@link #compare} resolves it again to the area.
     *
     * @param text the place, never null
     * @return the place, never null
     * @throws OccupationException {@code INVALID_INPUT} for text that is no place
     */
    public Location place(String text) {
        return resolve(text).request();
    }

    /** Throws for a lookup that leaves nothing to draw on, or that named a SOC code instead of an occupation. */
    private static void requireSome(Lookup lookup) {
        for (Miss miss : lookup.misses()) {
            // a SOC code names no one occupation: the user must pick one
            if (miss.kind() == Miss.Kind.TOO_BROAD) {
                throw miss.toException();
            }
        }
        if (lookup.occupations().isEmpty()) {
            // nothing to compare: a source that failed says when to ask again; else nothing matched
            List<Miss> unavailable = misses(lookup, Miss.Kind.UNAVAILABLE);
            throw unavailable.isEmpty() ? new OccupationMissException(ErrorKind.NOT_FOUND,
                    misses(lookup, Miss.Kind.NOT_FOUND)) : unavailable.get(0).toException();
        }
    }

    private static List<Miss> misses(Lookup lookup, Miss.Kind kind) {
        return lookup.misses().stream().filter(m -> m.kind() == kind).toList();
    }

    /** The occupations found, each once (a title and its code find the same one), in the order asked for. */
    private static List<Occupation> distinct(Lookup lookup) {
        Map<OccupationCode, Occupation> byCode = new LinkedHashMap<>();
        lookup.occupations().values().forEach(o -> byCode.putIfAbsent(o.code(), o));
        return List.copyOf(byCode.values());
    }

    private List<RegisteredMetric> metrics(List<String> ids) {
        List<RegisteredMetric> chosen = new ArrayList<>();
        for (String id : ids) {
            chosen.add(analysis.registry().find(id).orElseThrow(() -> OccupationException.invalidInput(
                    "There is no metric \"" + id + "\": use one of " + analysis.registry().metrics().stream()
                            .map(m -> m.descriptor().id()).collect(Collectors.joining(", ")) + ".")));
        }
        return chosen;
    }

    private static ComparisonReport keepMetrics(ComparisonReport report, List<RegisteredMetric> chosen,
            CompareQuery query) {
        if (query.metricIds().isEmpty()) {
            return report;
        }
        Set<String> ids = new LinkedHashSet<>(query.metricIds());
        List<MetricOutcome> kept = report.metrics().stream().filter(m -> ids.contains(m.descriptor().id()))
                .toList();
        return new ComparisonReport(report.occupations(), report.locations(), report.reference(),
                report.referenceLocation(), report.occupationGaps(), report.locationGaps(), report.spreads(),
                report.payOverlaps(), report.locationComparisons(), report.growth(), report.education(),
                report.skillOverlaps(), kept, report.notes());
    }

    /**
     * Names each OEWS release the store's wages compared are of: the wages' provenance names their newest, and a place
     * whose newest estimate is older (a state's May 2024 file beside a metro area's May 2025 one) is of another
     * release. Wages CareerOneStop served carry its provenance and are left as they are.
     */
    private void oewsYears(List<Occupation> occupations, Map<String, SourceVintage> seen) {
        Set<String> releases = new TreeSet<>();
        for (Occupation o : occupations) {
            if (o.retrieval().via() == SourceKind.CAREERONESTOP) {
                continue;
            }
            o.wages().ifPresent(w -> w.vintages().forEach(year -> releases.add("oews:" + year)));
        }
        if (releases.size() < 2) {
            return; // one OEWS release, which the wages' provenance names: no need to ask the store
        }
        for (DataSourceInfo info : store.sources()) {
            if (releases.contains(info.sourceId())) {
                seen.putIfAbsent(SourceKind.OEWS + "|" + info.name() + "|" + info.vintage(), new SourceVintage(
                        SourceKind.OEWS, info.name(), info.vintage(), info.url(), info.citation()));
            }
        }
    }

    /** The distinct data sets behind the occupations' descriptors, wages and projections, in that order. */
    private List<SourceVintage> vintages(List<Occupation> occupations) {
        Map<String, SourceVintage> seen = new LinkedHashMap<>();
        for (Section section : List.of(Section.SKILLS, Section.WAGES, Section.PROJECTIONS)) {
            for (Occupation o : occupations) {
                o.provenance(section).ifPresent(p -> seen.putIfAbsent(p.source() + "|" + p.name() + "|"
                        + p.vintage(), SourceVintage.of(p)));
            }
            if (section == Section.WAGES) {
                oewsYears(occupations, seen);
            }
        }
        for (Occupation o : occupations) {
            for (Provenance p : o.provenance().values()) {
                seen.putIfAbsent(p.source() + "|" + p.name() + "|" + p.vintage(), SourceVintage.of(p));
            }
        }
        boolean stateProjections = occupations.stream().flatMap(o -> o.projections().stream())
                .flatMap(p -> p.rows().stream()).anyMatch(r -> r.area().usState().isPresent());
        if (stateProjections) {
            // state rows carry no provenance of their own: name the state projections the store holds
            for (DataSourceInfo info : store.sources()) {
                if (info.kind().equals(SourceKind.STATE_PROJECTIONS.name())) {
                    seen.putIfAbsent(info.sourceId(), new SourceVintage(SourceKind.STATE_PROJECTIONS, info.name(),
                            info.vintage(), info.url(), info.citation()));
                }
            }
        }
        return List.copyOf(seen.values());
    }
}
