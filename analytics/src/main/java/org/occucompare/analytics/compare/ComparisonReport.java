package org.occucompare.analytics.compare;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.analytics.education.EducationComparison;
import org.occucompare.analytics.growth.GrowthTable;
import org.occucompare.analytics.location.LocationComparison;
import org.occucompare.analytics.overlap.PayOverlap;
import org.occucompare.analytics.plugin.MetricOutcome;
import org.occucompare.analytics.skills.SkillOverlap;
import org.occucompare.analytics.wage.WageGap;
import org.occucompare.analytics.wage.WageSpread;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;

/**
 * Everything one comparison found. Every number in it is finite; a figure that is only a bound or unknown says so
 * with its reason. Immutable and thread-safe.
 *
 * @param occupations the occupations compared, in request order, never null
 * @param locations the places compared, in request order, never null
 * @param reference the occupation the others are measured against, never null
 * @param referenceLocation the place the others are measured against, never null
 * @param occupationGaps at each place, each other occupation's wages minus the reference's (annual, and hourly where
 *     published), never null
 * @param locationGaps for each occupation, each other place's wages minus the reference place's, never null
 * @param spreads each occupation's wage spread at each place, never null
 * @param payOverlaps at each place, the share of each other occupation earning more than the reference's median, and
 *     the other way round, never null
 * @param locationComparisons each occupation's places ranked against the nation, never null
 * @param growth each occupation's projections, national and state, never null
 * @param education education and training side by side, never null
 * @param skillOverlaps the reference against each other occupation, never null
 * @param metrics one outcome per registered metric, built-in and plugin, never null
 * @param notes about the whole comparison, for example sources and merged records, never null
 */
public record ComparisonReport(List<ComparedOccupation> occupations, List<Location> locations,
        OccupationCode reference, Location referenceLocation, List<WageGap> occupationGaps,
        List<WageGap> locationGaps, List<WageSpread> spreads, List<PayOverlap> payOverlaps,
        List<LocationComparison> locationComparisons, List<GrowthTable> growth, EducationComparison education,
        List<SkillOverlap> skillOverlaps, List<MetricOutcome> metrics, List<String> notes) {

    /** Rejects null and copies. */
    public ComparisonReport {
        occupations = List.copyOf(requireNonNull(occupations, "occupations is null"));
        locations = List.copyOf(requireNonNull(locations, "locations is null"));
        requireNonNull(reference, "reference is null");
        requireNonNull(referenceLocation, "referenceLocation is null");
        occupationGaps = List.copyOf(requireNonNull(occupationGaps, "occupationGaps is null"));
        locationGaps = List.copyOf(requireNonNull(locationGaps, "locationGaps is null"));
        spreads = List.copyOf(requireNonNull(spreads, "spreads is null"));
        payOverlaps = List.copyOf(requireNonNull(payOverlaps, "payOverlaps is null"));
        locationComparisons = List.copyOf(requireNonNull(locationComparisons, "locationComparisons is null"));
        growth = List.copyOf(requireNonNull(growth, "growth is null"));
        requireNonNull(education, "education is null");
        skillOverlaps = List.copyOf(requireNonNull(skillOverlaps, "skillOverlaps is null"));
        metrics = List.copyOf(requireNonNull(metrics, "metrics is null"));
        notes = List.copyOf(requireNonNull(notes, "notes is null"));
    }
}
