package org.occucompare.web.compare;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.occucompare.analytics.compare.ComparisonReport;
import org.occucompare.analytics.compare.ComparisonRequest;
import org.occucompare.analytics.plugin.MetricOutcome;
import org.occucompare.analytics.plugin.RegisteredMetric;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
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
import org.occucompare.web.store.DataSourceInfo;
import org.occucompare.web.store.OccupationStore;

/**
 * Runs comparisons for the web app and the command line alike, without Javalin: fetches every occupation of the
 * query at every place in one {@link OccupationSource#fetch}, keeps the inputs that match nothing with their
 * suggestions, and hands the rest to the analytics. Thread-safe.
 */
public final class CompareService {
    private final OccupationSource occupations;
    private final OccupationStore store;
    private final AnalysisServices analysis;
    private final Supplier<String> dataDescription;

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
        this.occupations = requireNonNull(occupations, "occupations is null");
        this.store = requireNonNull(store, "store is null");
        this.analysis = requireNonNull(analysis, "analysis is null");
        this.dataDescription = requireNonNull(dataDescription, "dataDescription is null");
    }

    /**
     * Compares.
     *
     * @param query what to compare, never null
     * @return the comparison, naming any input that matched nothing; never null
     * @throws OccupationException {@code INVALID_INPUT} for an unknown metric id, a bare SOC code (listing the O*NET
     *     codes under it) or a reference that matched nothing; {@code NOT_FOUND} with suggestions when no input
     *     matched; {@code UPSTREAM} when the source failed for an occupation and nothing was cached
     */
    public Comparison compare(CompareQuery query) {
        requireNonNull(query, "query is null");
        List<RegisteredMetric> metrics = metrics(query.metricIds());
        Lookup lookup = query.sections()
                .map(sections -> occupations.fetch(query.keys(), query.locations(), sections, Freshness.CACHED))
                .orElseGet(() -> occupations.fetch(query.keys(), query.locations(), Freshness.CACHED));
        for (Miss miss : lookup.misses()) {
            // a SOC code names no one occupation; an unavailable one would make the comparison look complete
            if (miss.kind() != Miss.Kind.NOT_FOUND) {
                throw miss.toException();
            }
        }
        if (lookup.occupations().isEmpty()) {
            throw new OccupationMissException(ErrorKind.NOT_FOUND, lookup.misses());
        }
        Optional<OccupationCode> reference = query.reference().map(OccupationKey::parse).map(key -> lookup
                .occupation(key).orElseThrow(() -> OccupationException.invalidInput("The reference occupation \""
                        + key + "\" matched nothing: " + lookup.miss(key).map(Miss::message).orElse("check the code.")
                        + " Pick a reference among the occupations compared.")).code());
        Map<OccupationCode, Occupation> byCode = new LinkedHashMap<>();
        lookup.occupations().values().forEach(o -> byCode.putIfAbsent(o.code(), o));
        List<Occupation> compared = List.copyOf(byCode.values());
        ComparisonReport report = analysis.comparisons().compare(new ComparisonRequest(compared,
                query.locations(), reference, Optional.empty()));
        return new Comparison(query, keepMetrics(report, metrics, query), compared,
                lookup.misses().stream().map(UnknownOccupation::of).toList(), vintages(compared),
                dataDescription.get());
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

    /** The distinct data sets behind the occupations' descriptors, wages and projections, in that order. */
    private List<SourceVintage> vintages(List<Occupation> occupations) {
        Map<String, SourceVintage> seen = new LinkedHashMap<>();
        for (Section section : List.of(Section.SKILLS, Section.WAGES, Section.PROJECTIONS)) {
            for (Occupation o : occupations) {
                o.provenance(section).ifPresent(p -> seen.putIfAbsent(p.source() + "|" + p.name() + "|"
                        + p.vintage(), new SourceVintage(p.source(), p.name(), p.vintage(), p.url(), p.citation())));
            }
        }
        for (Occupation o : occupations) {
            for (Provenance p : o.provenance().values()) {
                seen.putIfAbsent(p.source() + "|" + p.name() + "|" + p.vintage(), new SourceVintage(p.source(),
                        p.name(), p.vintage(), p.url(), p.citation()));
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
