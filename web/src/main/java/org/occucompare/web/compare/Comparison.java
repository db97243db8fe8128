package org.occucompare.web.compare;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.occucompare.analytics.compare.ComparisonReport;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.WageEstimate;

/**
 * The result of one comparison: the analytics report, the occupations it was computed from, the inputs that matched
 * nothing (with suggestions), and the data sets with their vintages. Immutable and thread-safe.
 *
 * @param query what was asked, never null
 * @param report the analytics report, with only the asked-for metrics, never null
 * @param occupations the occupations compared, in query order, one per code, never null
 * @param unknown the inputs that matched no occupation, never null
 * @param unavailable the occupations that could not be fetched (the live source failed and nothing was cached), so
 *     they are left out; never null
 * @param sources the data sets the figures come from, never null
 * @param dataDescription one line on the data in use, such as "bundled sample (O*NET 30.1, …)", never null
 * @param placeNotes how each place below the state was resolved ("Chicago, IL → Chicago-Naperville-Elgin, IL-IN
 *     metro area (…)") and, when the wages compared are of more than one OEWS year, which are of which; never null
 */
public record Comparison(CompareQuery query, ComparisonReport report, List<Occupation> occupations,
        List<UnknownOccupation> unknown, List<UnavailableOccupation> unavailable, List<SourceVintage> sources,
        String dataDescription, List<String> placeNotes) {
    /** Rejects null and copies. */
    public Comparison {
        requireNonNull(query, "query is null");
        requireNonNull(report, "report is null");
        occupations = List.copyOf(requireNonNull(occupations, "occupations is null"));
        unknown = List.copyOf(requireNonNull(unknown, "unknown is null"));
        unavailable = List.copyOf(requireNonNull(unavailable, "unavailable is null"));
        sources = List.copyOf(requireNonNull(sources, "sources is null"));
        requireNonNull(dataDescription, "dataDescription is null");
        placeNotes = List.copyOf(requireNonNull(placeNotes, "placeNotes is null"));
    }

    /** Whether every occupation asked for that exists was fetched: nothing is left out for a failing source. */
    public boolean complete() {
        return unavailable.isEmpty();
    }

    /** The occupation the others are measured against; never null. */
    public Occupation referenceOccupation() {
        return find(report.reference()).orElse(occupations.get(0));
    }

    /**
     * One compared occupation.
     *
     * @param code its code, never null
     * @return the occupation, or empty if it was not compared; never null
     */
    public Optional<Occupation> find(OccupationCode code) {
        return occupations.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /**
     * A place's name for tables and charts: a BLS area's as its wage figures give it ({@code Chicago-Naperville-Elgin,
     * IL-IN}), any other place's display name.
     *
     * @param place a place of the comparison, never null
     * @return the name, never null
     */
    public String placeName(Location place) {
        if (!(place instanceof Location.Area)) {
            return place.displayName();
        }
        return occupations.stream().flatMap(o -> o.wages().stream()).flatMap(w -> w.estimates().stream())
                .filter(e -> e.area().equals(place)).map(WageEstimate::areaName).findFirst()
                .orElse(place.displayName());
    }

    /** The sources and vintages on one line, such as "OEWS May 2024; O*NET 30.1"; never null. */
    public String sourcesLine() {
        return sources.stream().map(SourceVintage::label).collect(Collectors.joining("; "));
    }

    /** The citations and attributions the publishers of the sources ask for, one per line; never null. */
    public String citationText() {
        return sources.stream().map(s -> s.citation().orElse(s.label() + (s.url().map(u -> ", " + u).orElse(""))))
                .distinct().collect(Collectors.joining(System.lineSeparator()));
    }
}
