package org.occucompare.analytics.compare;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.occucompare.analytics.education.EducationComparison;
import org.occucompare.analytics.growth.ProjectionGrowth;
import org.occucompare.analytics.internal.WageLookup;
import org.occucompare.analytics.location.LocationComparison;
import org.occucompare.analytics.location.LocationRatios;
import org.occucompare.analytics.overlap.PayOverlap;
import org.occucompare.analytics.overlap.PayOverlaps;
import org.occucompare.analytics.plugin.MetricRegistry;
import org.occucompare.analytics.similar.SimilarityIndex;
import org.occucompare.analytics.skills.CosinePercentiles;
import org.occucompare.analytics.skills.SkillOverlap;
import org.occucompare.analytics.skills.SkillOverlaps;
import org.occucompare.analytics.wage.WageGap;
import org.occucompare.analytics.wage.WageGaps;
import org.occucompare.analytics.wage.WageSpread;
import org.occucompare.analytics.wage.WageSpreads;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Section;
import org.occucompare.core.spi.MetricInput;

/**
 * Compares occupations and places: wage gaps between occupations and between places, spreads, pay overlap, places
 * against the nation, growth, education, skill overlap, and every registered metric (built-in and plugin, each
 * guarded by a time limit). Pure: the occupations come in fully fetched; nothing is read or written. Javalin-free,
 * so the web layer and the command line call it alike. Thread-safe.
 */
public final class ComparisonService {
    /** The most occupations one comparison takes. */
    public static final int MAX_OCCUPATIONS = 10;
    /** The most places one comparison takes. */
    public static final int MAX_LOCATIONS = 5;

    private final MetricRegistry registry;
    private final Duration metricTimeLimit;
    private final SkillOverlaps skillOverlaps;
    private final WageGaps gaps = new WageGaps();
    private final WageSpreads spreads = new WageSpreads();
    private final PayOverlaps payOverlaps = new PayOverlaps();
    private final LocationRatios locationRatios = new LocationRatios();
    private final ProjectionGrowth growth = new ProjectionGrowth();

    /**
     * A service with the default metric time limit and no similarity dataset (skill overlap then has no percentile
     * among pairs).
     *
     * @param registry the metrics to evaluate, never null
     */
    public ComparisonService(MetricRegistry registry) {
        this(registry, MetricRegistry.DEFAULT_TIME_LIMIT, Optional.empty());
    }

    /**
     * A service.
     *
     * @param registry the metrics to evaluate, never null
     * @param metricTimeLimit how long one metric may take per comparison, positive, never null
     * @param calibration where a raw importance cosine stands among all pairs of the whole dataset (its
     *     {@link SimilarityIndex} or the index's {@link SimilarityIndex#importanceCosines() importance cosines}), to
     *     calibrate skill overlap, or empty; never null
     */
    public ComparisonService(MetricRegistry registry, Duration metricTimeLimit,
            Optional<? extends CosinePercentiles> calibration) {
        this.registry = requireNonNull(registry, "registry is null");
        this.metricTimeLimit = requireNonNull(metricTimeLimit, "metricTimeLimit is null");
        if (metricTimeLimit.isNegative() || metricTimeLimit.isZero()) {
            throw OccupationException.invalidInput("The metric time limit must be positive.");
        }
        this.skillOverlaps = requireNonNull(calibration, "calibration is null").map(c -> new SkillOverlaps(c))
                .orElseGet(SkillOverlaps::new);
    }

    /**
     * Compares occupations at places, measured against the first occupation and the first place.
     *
     * @param occupations 1 to 10 occupations (records of one code for several places are merged), never null
     * @param locations 1 to 5 places, never null
     * @return the report, never null
     * @throws OccupationException {@code INVALID_INPUT} for too few or too many occupations or places
     */
    public ComparisonReport compare(List<Occupation> occupations, List<Location> locations) {
        return compare(ComparisonRequest.of(occupations, locations));
    }

    /**
     * Compares occupations at places.
     *
     * @param request what to compare, never null
     * @return the report, never null
     * @throws OccupationException {@code INVALID_INPUT} for too few or too many occupations or places, or a reference
     *     that is not among them
     */
    public ComparisonReport compare(ComparisonRequest request) {
        requireNonNull(request, "request is null");
        List<String> notes = new ArrayList<>();
        List<Occupation> occupations = OccupationMerger.merge(request.occupations(), notes);
        List<Location> locations = request.locations();
        validate(occupations, locations);
        Occupation ref = request.reference().map(c -> find(occupations, c)).orElse(occupations.get(0));
        Location refPlace = request.referenceLocation().orElse(locations.get(0));
        if (!locations.contains(refPlace)) {
            throw OccupationException.invalidInput("The reference place " + refPlace.key() + " is not among the"
                    + " places compared: add it, or pick one of them.");
        }
        List<WageGap> occupationGaps = new ArrayList<>();
        List<WageGap> locationGaps = new ArrayList<>();
        List<WageSpread> spreadList = new ArrayList<>();
        List<PayOverlap> overlapList = new ArrayList<>();
        for (Location place : locations) {
            for (RateType rate : rates(occupations, List.of(place))) {
                for (Occupation o : occupations) {
                    if (!o.code().equals(ref.code())) {
                        occupationGaps.add(gaps.gap(o, place, ref, place, rate));
                    }
                }
            }
            for (Occupation o : occupations) {
                if (!o.code().equals(ref.code())) {
                    overlapList.add(payOverlaps.shareAboveMedian(o, ref, place));
                    overlapList.add(payOverlaps.shareAboveMedian(ref, o, place));
                }
            }
        }
        List<LocationComparison> locationList = new ArrayList<>();
        for (Occupation o : occupations) {
            for (Location place : locations) {
                if (!place.equals(refPlace)) {
                    for (RateType rate : rates(List.of(o), List.of(place, refPlace))) {
                        locationGaps.add(gaps.gap(o, place, o, refPlace, rate));
                    }
                }
                for (RateType rate : rates(List.of(o), List.of(place))) {
                    spreadList.add(spreads.spread(o, place, rate));
                }
            }
            if (locations.stream().anyMatch(l -> !(l instanceof Location.National))) {
                for (RateType rate : rates(List.of(o), locations)) {
                    locationList.add(locationRatios.compare(o, locations, rate));
                }
            }
        }
        List<SkillOverlap> overlaps = new ArrayList<>();
        for (Occupation o : occupations) {
            if (!o.code().equals(ref.code())) {
                overlaps.add(skillOverlaps.compare(ref, o));
            }
        }
        notes.addAll(sources(occupations));
        return new ComparisonReport(occupations.stream().map(ComparisonService::compared).toList(), locations,
                ref.code(), refPlace, occupationGaps, locationGaps, spreadList, overlapList, locationList,
                occupations.stream().map(o -> growth.table(o, locations)).toList(),
                EducationComparison.of(occupations), overlaps,
                registry.evaluate(new MetricInput(occupations, locations), metricTimeLimit), notes);
    }

    /**
     * The skill overlap of two occupations, calibrated when the service has a similarity index.
     *
     * @param a the occupation moved from, never null
     * @param b the occupation moved to, never null
     * @return the overlap, never null
     */
    public SkillOverlap skillOverlap(Occupation a, Occupation b) {
        return skillOverlaps.compare(a, b);
    }

    private static void validate(List<Occupation> occupations, List<Location> locations) {
        if (occupations.isEmpty() || occupations.size() > MAX_OCCUPATIONS) {
            throw OccupationException.invalidInput("Compare 1 to " + MAX_OCCUPATIONS + " occupations, not "
                    + occupations.size() + ": remove some, or add one.");
        }
        if (locations.isEmpty() || locations.size() > MAX_LOCATIONS) {
            throw OccupationException.invalidInput("Compare 1 to " + MAX_LOCATIONS + " places, not "
                    + locations.size() + ": remove some, or add the nation (US).");
        }
        if (new HashSet<>(locations).size() != locations.size()) {
            throw OccupationException.invalidInput("A place is given twice: give each place once.");
        }
    }

    private static Occupation find(List<Occupation> occupations, OccupationCode code) {
        return occupations.stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow(() ->
                OccupationException.invalidInput("The reference occupation " + code + " is not among the occupations"
                        + " compared: add it, or pick one of them."));
    }

    /** Annual always (so a missing figure is reported); hourly where any of the occupations publishes it. */
    private static List<RateType> rates(List<Occupation> occupations, List<Location> places) {
        boolean hourly = occupations.stream().anyMatch(o -> places.stream()
                .anyMatch(p -> WageLookup.estimate(o, p, RateType.HOURLY).isPresent()));
        return hourly ? List.of(RateType.ANNUAL, RateType.HOURLY) : List.of(RateType.ANNUAL);
    }

    private static ComparedOccupation compared(Occupation o) {
        return new ComparedOccupation(o.code(), o.title(), o.wages().map(w -> WageLookup.wageSoc(o)),
                o.wages().map(w -> w.inherited()).orElse(false));
    }

    /** One line per distinct source and vintage of wages, projections and skills. */
    private static List<String> sources(List<Occupation> occupations) {
        Set<String> lines = new LinkedHashSet<>();
        for (Section s : List.of(Section.WAGES, Section.PROJECTIONS, Section.SKILLS)) {
            for (Occupation o : occupations) {
                o.provenance(s).ifPresent(p -> lines.add("Source of " + s.name().toLowerCase(Locale.ROOT)
                        + ": " + p.name() + ", " + p.vintage() + p.citation().map(c -> ". " + c).orElse("")));
            }
        }
        return List.copyOf(lines);
    }
}
