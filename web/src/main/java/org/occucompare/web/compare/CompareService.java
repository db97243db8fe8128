package org.occucompare.web.compare;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.occucompare.analytics.compare.ComparisonReport;
import org.occucompare.analytics.compare.ComparisonRequest;
import org.occucompare.analytics.plugin.MetricOutcome;
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
import org.occucompare.core.source.OccupationKey;
import org.occucompare.web.analysis.AnalysisServices;
import org.occucompare.web.source.DataSources;
import org.occucompare.web.store.DataSourceInfo;
import org.occucompare.web.store.OccupationStore;

/**
 * Runs comparisons for the web app and the command line alike, without Javalin: resolves the query's codes and
 * titles, fetches every occupation at every place (one round trip on the local store), keeps the inputs that match
 * nothing with suggestions, and hands the rest to the analytics. Thread-safe.
 */
public final class CompareService {
    private static final Pattern BARE_SOC = Pattern.compile("\\d{2}-?\\d{4}");

    private final DataSources sources;
    private final AnalysisServices analysis;

    /**
     * A service over the app's data and analytics.
     *
     * @param sources the open data sources, never null
     * @param analysis the analytics of this process, never null
     */
    public CompareService(DataSources sources, AnalysisServices analysis) {
        this.sources = requireNonNull(sources, "sources is null");
        this.analysis = requireNonNull(analysis, "analysis is null");
    }

    /**
     * Compares.
     *
     * @param query what to compare, never null
     * @return the comparison, naming any input that matched nothing; never null
     * @throws OccupationException {@code INVALID_INPUT} for an unknown metric id, a bare SOC code or a reference
     *     that matched nothing; {@code NOT_FOUND} with suggestions when no input matched; {@code UPSTREAM} when
     *     CareerOneStop fails
     */
    public Comparison compare(CompareQuery query) {
        requireNonNull(query, "query is null");
        List<RegisteredMetric> metrics = metrics(query.metricIds());
        for (String input : query.occupations()) {
            if (BARE_SOC.matcher(input).matches()) {
                sources.lookup(input, Location.NATIONAL, false); // throws the list of O*NET codes to use instead
            }
        }
        Map<String, List<Occupation>> found = new LinkedHashMap<>();
        List<UnknownOccupation> unknown = new ArrayList<>();
        if (sources.occupations() instanceof OccupationStore store) {
            fetchFromStore(store, query, found, unknown);
        } else {
            fetchOneByOne(query, found, unknown);
        }
        if (found.isEmpty()) {
            throw OccupationException.notFound(unknown.stream().map(UnknownOccupation::message)
                    .collect(Collectors.joining(" ")));
        }
        Optional<OccupationCode> reference = query.reference().map(r -> {
            List<Occupation> o = found.get(r);
            if (o == null) {
                throw OccupationException.invalidInput("The reference occupation \"" + r + "\" matched nothing: "
                        + unknown.stream().filter(u -> u.input().equals(r)).findFirst()
                                .map(UnknownOccupation::message).orElse("check the code.")
                        + " Pick a reference among the occupations compared.");
            }
            return o.get(0).code();
        });
        List<Occupation> occupations = found.values().stream().flatMap(List::stream).toList();
        ComparisonReport report = analysis.comparisons().compare(new ComparisonRequest(occupations,
                query.locations(), reference, Optional.empty()));
        return new Comparison(query, keepMetrics(report, metrics, query), mergedByCode(report, occupations),
                unknown, vintages(occupations, sources.store()), sources.describe());
    }

    private void fetchFromStore(OccupationStore store, CompareQuery query, Map<String, List<Occupation>> found,
            List<UnknownOccupation> unknown) {
        Map<String, OccupationCode> codes = new LinkedHashMap<>();
        for (String input : query.occupations()) {
            OccupationKey key = OccupationKey.parse(input);
            if (key instanceof OccupationKey.Code c) {
                codes.put(input, c.code());
            } else {
                store.find(key, Location.NATIONAL).ifPresentOrElse(o -> codes.put(input, o.code()),
                        () -> unknown.add(unknownOf(input)));
            }
        }
        Map<OccupationCode, Occupation> fetched = new LinkedHashMap<>();
        store.fetch(codes.values().stream().<OccupationKey>map(OccupationKey.Code::new).toList(), query.locations(),
                Freshness.CACHED).occupations().values().forEach(o -> fetched.put(o.code(), o));
        codes.forEach((input, code) -> {
            Occupation o = fetched.get(code);
            if (o == null) {
                unknown.add(unknownOf(input));
            } else {
                found.put(input, List.of(o));
            }
        });
    }

    private void fetchOneByOne(CompareQuery query, Map<String, List<Occupation>> found,
            List<UnknownOccupation> unknown) {
        for (String input : query.occupations()) {
            for (Location place : query.locations()) {
                try {
                    found.computeIfAbsent(input, k -> new ArrayList<>()).add(sources.lookup(input, place, false));
                } catch (OccupationException e) {
                    if (e.kind() != ErrorKind.NOT_FOUND) {
                        throw e;
                    }
                    found.remove(input);
                    unknown.add(unknownOf(input));
                    break;
                }
            }
        }
    }

    private static List<Occupation> mergedByCode(ComparisonReport report, List<Occupation> fetched) {
        List<Occupation> result = new ArrayList<>();
        for (var compared : report.occupations()) {
            List<Occupation> records = fetched.stream().filter(o -> o.code().equals(compared.code())).toList();
            result.add(records.size() == 1 ? records.get(0) : OccupationRecords.merge(records));
        }
        return result;
    }

    private UnknownOccupation unknownOf(String input) {
        return new UnknownOccupation(input, sources.suggestionsFor(input));
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
    private static List<SourceVintage> vintages(List<Occupation> occupations, OccupationStore store) {
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
