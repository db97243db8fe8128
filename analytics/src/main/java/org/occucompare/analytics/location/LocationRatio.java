package org.occucompare.analytics.location;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.analytics.Estimate;
import org.occucompare.core.model.Location;

/**
 * One place's wages as ratios to the national wages of the same occupation. Immutable and thread-safe.
 *
 * @param location the place, never null
 * @param areaName the place's name as the source gives it, never null
 * @param rank 1 for the highest median ratio; places whose median ratio is unknown come last
 * @param ratios local ÷ national at the 10th, 25th, 50th, 75th and 90th percentiles (1.10 means 10 % higher), never
 *     null
 */
public record LocationRatio(Location location, String areaName, int rank, List<Estimate> ratios) {
    /** Rejects null and copies. */
    public LocationRatio {
        requireNonNull(location, "location is null");
        requireNonNull(areaName, "areaName is null");
        ratios = List.copyOf(requireNonNull(ratios, "ratios is null"));
    }

    /** {@return the median ratio, never null} */
    public Estimate medianRatio() {
        return ratios.get(2);
    }
}
