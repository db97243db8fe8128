package org.occucompare.web.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Projections;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;

/** Pools the records of one occupation fetched once per place into one, with every place's wages and projections. */
final class OccupationRecords {
    private OccupationRecords() {
    }

    /**
     * Merges records of one code.
     *
     * @param records one or more records of the same occupation, never empty
     * @return the first record with the wage estimates and projection rows of all, never null
     */
    static Occupation merge(List<Occupation> records) {
        Occupation first = records.get(0);
        List<WageEstimate> estimates = new ArrayList<>();
        List<ProjectionRow> rows = new ArrayList<>();
        for (Occupation o : records) {
            o.wages().ifPresent(w -> w.estimates().stream().filter(e -> !estimates.contains(e))
                    .forEach(estimates::add));
            o.projections().ifPresent(p -> p.rows().stream().filter(r -> !rows.contains(r)).forEach(rows::add));
        }
        Occupation merged = first;
        Optional<Wages> wages = records.stream().flatMap(o -> o.wages().stream()).findFirst();
        if (wages.isPresent()) {
            Wages w = wages.get();
            merged = merged.withWages(new Wages(w.wageOccupation(), w.inherited(), w.year(), estimates));
        }
        Optional<Projections> projections = records.stream().flatMap(o -> o.projections().stream()).findFirst();
        if (projections.isPresent()) {
            Projections p = projections.get();
            merged = merged.withProjections(new Projections(p.matrixTitle(), rows, p.industries()));
        }
        return merged;
    }
}
