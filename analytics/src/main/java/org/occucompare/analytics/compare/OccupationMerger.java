package org.occucompare.analytics.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.Projections;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;

/**
 * Merges records of one occupation fetched for different places into one: the first record's fields, with the wage
 * estimates and projection rows of all records pooled (the first estimate per place and rate type, the first row per
 * place, wins).
 */
final class OccupationMerger {
    private OccupationMerger() {
    }

    /** Merges by code, keeping the order of first appearance; {@code notes} receives a line per merge. */
    static List<Occupation> merge(List<Occupation> occupations, List<String> notes) {
        Map<OccupationCode, Occupation> merged = new LinkedHashMap<>();
        for (Occupation o : occupations) {
            Occupation first = merged.get(o.code());
            merged.put(o.code(), first == null ? o : pool(first, o));
            if (first != null) {
                notes.add("Records of " + o.code() + " fetched for different places were merged.");
            }
        }
        return new ArrayList<>(merged.values());
    }

    private static Occupation pool(Occupation first, Occupation more) {
        Occupation result = first;
        if (more.wages().isPresent()) {
            Wages base = first.wages().orElse(more.wages().get());
            List<WageEstimate> estimates = new ArrayList<>(first.wages().map(Wages::estimates).orElse(List.of()));
            for (WageEstimate e : more.wages().get().estimates()) {
                if (estimates.stream().noneMatch(x -> x.area().equals(e.area()) && x.rateType() == e.rateType())) {
                    estimates.add(e);
                }
            }
            result = result.withWages(new Wages(base.wageOccupation(), base.inherited(), base.year(), estimates));
        }
        if (more.projections().isPresent()) {
            Projections base = first.projections().orElse(more.projections().get());
            List<ProjectionRow> rows = new ArrayList<>(first.projections().map(Projections::rows).orElse(List.of()));
            for (ProjectionRow r : more.projections().get().rows()) {
                if (rows.stream().noneMatch(x -> x.area().equals(r.area()))) {
                    rows.add(r);
                }
            }
            Optional<String> title = base.matrixTitle();
            result = result.withProjections(new Projections(title, rows, base.industries()));
        }
        return result;
    }
}
