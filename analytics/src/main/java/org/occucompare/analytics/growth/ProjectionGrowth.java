package org.occucompare.analytics.growth;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.UsState;

/**
 * Computes growth figures from projection rows. Percent change is the source's (rounded as published) when given,
 * else {@code change / base × 100}; the compound annual growth rate is {@code (projected / base)^(1 / years) − 1};
 * openings per 100 jobs is {@code annual openings / base × 100}. Stateless and thread-safe.
 */
public final class ProjectionGrowth {

    /**
     * The growth table of an occupation for the places of a comparison: always the nation, then each state asked for
     * (a city counts as its state). BLS areas and ZIP codes have no projections; the table says so.
     *
     * @param occupation the occupation, never null
     * @param locations the places of the comparison, never null
     * @return the table, never null
     */
    public GrowthTable table(Occupation occupation, List<Location> locations) {
        requireNonNull(occupation, "occupation is null");
        requireNonNull(locations, "locations is null");
        List<String> notes = new ArrayList<>();
        if (occupation.projections().isEmpty()) {
            notes.add(occupation.isRequested(Section.PROJECTIONS) ? "the source has no projections for "
                    + occupation.code() : "projections for " + occupation.code() + " were not requested");
            return new GrowthTable(occupation.code(), List.of(), notes);
        }
        var projections = occupation.projections().get();
        List<GrowthFigures> rows = new ArrayList<>();
        projections.national().ifPresentOrElse(r -> rows.add(figures(occupation, r)),
                () -> notes.add("no national projection for " + occupation.code()));
        Set<UsState> states = new LinkedHashSet<>();
        for (Location l : locations) {
            l.usState().ifPresentOrElse(states::add, () -> {
                if (!(l instanceof Location.National)) {
                    notes.add("projections exist for the nation and states only, not for " + l.displayName());
                }
            });
        }
        for (UsState s : states) {
            projections.forState(s).ifPresentOrElse(r -> rows.add(figures(occupation, r)),
                    () -> notes.add("no projection for " + occupation.code() + " in " + s.displayName()));
        }
        return new GrowthTable(occupation.code(), rows, notes);
    }

    /**
     * The growth figures of one projection row.
     *
     * @param occupation the occupation the row belongs to, never null
     * @param row the row, never null
     * @return the figures, never null
     */
    public GrowthFigures figures(Occupation occupation, ProjectionRow row) {
        requireNonNull(occupation, "occupation is null");
        requireNonNull(row, "row is null");
        List<String> notes = new ArrayList<>();
        OptionalLong base = row.baseEmployment();
        OptionalLong projected = row.projectedEmployment();
        OptionalLong change = row.change();
        if (change.isEmpty() && base.isPresent() && projected.isPresent()) {
            change = OptionalLong.of(projected.getAsLong() - base.getAsLong());
        }
        if (projected.isEmpty() && base.isPresent() && change.isPresent()) {
            projected = OptionalLong.of(base.getAsLong() + change.getAsLong());
        }
        boolean usableBase = base.isPresent() && base.getAsLong() > 0;
        if (base.isPresent() && !usableBase) {
            notes.add("base-year employment is 0, so rates per job are not defined");
        }
        OptionalDouble pct = row.percentChange();
        if (pct.isEmpty() && usableBase && change.isPresent()) {
            pct = OptionalDouble.of(100.0 * change.getAsLong() / base.getAsLong());
        }
        OptionalDouble cagr = OptionalDouble.empty();
        if (usableBase && projected.isPresent()) {
            double ratio = (double) projected.getAsLong() / base.getAsLong();
            cagr = OptionalDouble.of(100.0 * (Math.pow(ratio, 1.0 / row.round().years()) - 1.0));
        }
        OptionalDouble per100 = OptionalDouble.empty();
        if (usableBase && row.annualOpenings().isPresent()) {
            per100 = OptionalDouble.of(100.0 * row.annualOpenings().getAsLong() / base.getAsLong());
        }
        return new GrowthFigures(occupation.code(), row.area(), row.areaName(), row.round().label(),
                row.round().years(), row.counts(), row.counts().description(), base, projected, change, pct, cagr,
                row.annualOpenings(), per100, notes);
    }
}
