package org.occucompare.analytics.location;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.occucompare.analytics.Estimate;
import org.occucompare.analytics.internal.Interval;
import org.occucompare.analytics.internal.Labels;
import org.occucompare.analytics.internal.WageLookup;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Percentile;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.WageEstimate;

/**
 * Ranks places by their wages relative to the nation. A ratio with a top-coded figure on either side is a bound;
 * places are ordered by the median ratio's value (a bound counts at its value), unknown medians last, then by key.
 * Stateless and thread-safe.
 */
public final class LocationRatios {

    /**
     * Compares an occupation's places with the nation.
     *
     * @param occupation the occupation, never null
     * @param locations the places; the nation itself is skipped, never null
     * @param rateType annual or hourly, never null
     * @return the ranking, never null
     */
    public LocationComparison compare(Occupation occupation, List<Location> locations, RateType rateType) {
        requireNonNull(occupation, "occupation is null");
        requireNonNull(locations, "locations is null");
        requireNonNull(rateType, "rateType is null");
        Optional<WageEstimate> national = WageLookup.estimate(occupation, Location.NATIONAL, rateType);
        List<LocationRatio> unranked = new ArrayList<>();
        List<String> unpublished = new ArrayList<>();
        for (Location place : locations) {
            if (place instanceof Location.National) {
                continue;
            }
            Optional<WageEstimate> local = WageLookup.estimate(occupation, place, rateType);
            if (local.isEmpty()) {
                unpublished.add(place.displayName() + ": " + WageLookup.absentReason(occupation, place, rateType));
            } else if (national.isEmpty()) {
                unpublished.add(place.displayName() + ": " + WageLookup.absentReason(occupation, Location.NATIONAL,
                        rateType) + ", so there is nothing to compare with");
            } else {
                unranked.add(new LocationRatio(place, local.get().areaName(), 0,
                        ratios(occupation, local.get(), national.get())));
            }
        }
        unranked.sort(Comparator.comparing((LocationRatio r) -> r.medianRatio().value().isEmpty())
                .thenComparing(r -> -r.medianRatio().value().orElse(0))
                .thenComparing(r -> r.location().key()));
        List<LocationRatio> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            LocationRatio r = unranked.get(i);
            ranked.add(new LocationRatio(r.location(), r.areaName(), i + 1, r.ratios()));
        }
        return new LocationComparison(occupation.code(), rateType, ranked, unpublished);
    }

    private static List<Estimate> ratios(Occupation occupation, WageEstimate local, WageEstimate national) {
        List<Estimate> ratios = new ArrayList<>();
        for (Percentile p : Percentile.values()) {
            Optional<Interval> l = Interval.of(local.get(p));
            Optional<Interval> n = Interval.of(national.get(p));
            if (l.isEmpty() || n.isEmpty()) {
                ratios.add(Estimate.unknown(WageLookup.missingPercentile(occupation, local, p)
                        .or(() -> WageLookup.missingPercentile(occupation, national, p)).orElseThrow()));
                continue;
            }
            WageEstimate topCoded = local.get(p).isTopCoded() ? local : national;
            String note = "the " + Labels.percentile(p) + " in " + topCoded.areaName() + " is top-coded (at least "
                    + Labels.usd(topCoded.get(p).lowerBound().orElse(0), topCoded.rateType())
                    + "), so the ratio is a bound";
            ratios.add(l.get().dividedBy(n.get()).toEstimate(note, "both " + Labels.percentile(p)
                    + "s are top-coded, so the ratio is unknown"));
        }
        return ratios;
    }
}
