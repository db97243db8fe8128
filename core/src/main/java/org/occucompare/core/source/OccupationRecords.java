package org.occucompare.core.source;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.Projections;
import org.occucompare.core.model.Retrieval;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;

/**
 * The one rule for merging records of one occupation fetched for different places into one: the first record's
 * fields, with the wage estimates and projection rows of all records pooled. The first estimate per place and rate
 * type wins, and the first projection row per place and projection round, so the national figures that come with
 * every place appear once. The merged record counts as stale if any record is, and as retrieved when the oldest
 * was. Stateless.
 */
public final class OccupationRecords {
    private OccupationRecords() {
    }

    /**
     * Merges records of one occupation.
     *
     * @param records one or more records of the same code, the first place asked for first; never null
     * @return the merged record; the only one when there is one; never null
     * @throws IllegalArgumentException when there is no record, or the records are of different occupations
     */
    public static Occupation merge(List<Occupation> records) {
        requireNonNull(records, "records is null");
        if (records.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        Occupation first = records.get(0);
        if (records.stream().anyMatch(o -> !o.code().equals(first.code()))) {
            throw new IllegalArgumentException("records of different occupations cannot be merged: " + records.stream()
                    .map(o -> o.code().value()).distinct().toList());
        }
        Occupation merged = first;
        for (Occupation more : records.subList(1, records.size())) {
            merged = pool(merged, more);
        }
        return merged.withRetrieval(retrieval(records));
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
                if (rows.stream().noneMatch(x -> x.area().equals(r.area()) && x.round().equals(r.round()))) {
                    rows.add(r);
                }
            }
            result = result.withProjections(new Projections(base.matrixTitle(), base.matrixCode(), rows, base.industries()));
        }
        return result;
    }

    private static Retrieval retrieval(List<Occupation> records) {
        Retrieval first = records.get(0).retrieval();
        Instant oldest = records.stream().map(o -> o.retrieval().retrievedAt()).min(Comparator.naturalOrder())
                .orElseThrow();
        boolean stale = records.stream().anyMatch(o -> o.retrieval().stale());
        Optional<String> didYouMean = records.stream().flatMap(o -> o.retrieval().didYouMean().stream()).findFirst();
        Optional<String> autoCorrection = records.stream().flatMap(o -> o.retrieval().autoCorrection().stream())
                .findFirst();
        return new Retrieval(first.location(), oldest, first.via(), stale, didYouMean, autoCorrection);
    }
}
