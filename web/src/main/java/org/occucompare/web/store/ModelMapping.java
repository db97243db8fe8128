package org.occucompare.web.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.occucompare.core.model.CodedValue;
import org.occucompare.core.model.EmploymentCount;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.ProjectionRound;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.web.store.row.ProjectionEstimateRow;
import org.occucompare.web.store.row.WageCell;
import org.occucompare.web.store.row.WageRow;

/** Turns store rows into model values. */
final class ModelMapping {
    /** BLS category codes of typical entry education, as CareerOneStop reports them. */
    private static final Map<String, String> EDUCATION_CODES = Map.of("Doctoral or professional degree", "1",
            "Master's degree", "2", "Bachelor's degree", "3", "Associate's degree", "4",
            "Postsecondary nondegree award", "5", "Some college, no degree", "6",
            "High school diploma or equivalent", "7", "No formal educational credential", "8");
    private static final Map<String, String> EXPERIENCE_CODES = Map.of("5 years or more", "1",
            "Less than 5 years", "2", "None", "3");
    private static final Map<String, String> TRAINING_CODES = Map.of("Internship/residency", "1",
            "Apprenticeship", "2", "Long-term on-the-job training", "3", "Moderate-term on-the-job training", "4",
            "Short-term on-the-job training", "5", "None", "6");

    private ModelMapping() {
    }

    /** The store's area key of a place, or empty for places the store has no figures for (cities, ZIP codes). */
    static Optional<String> areaKey(Location location) {
        if (location instanceof Location.City || location instanceof Location.ZipCode) {
            return Optional.empty();
        }
        return Optional.of(location.key());
    }

    static Location location(String areaKey) {
        if (areaKey.equals("US")) {
            return Location.NATIONAL;
        }
        if (areaKey.startsWith("area:")) {
            return new Location.Area(areaKey.substring("area:".length()));
        }
        return new Location.State(UsState.fromPostalCode(areaKey).orElseThrow(
                () -> new IllegalStateException("the store holds an unknown area " + areaKey)));
    }

    static WageEstimate wage(StoredWage stored) {
        WageRow row = stored.wage();
        return new WageEstimate(location(row.areaKey()), row.areaName(), RateType.valueOf(row.rateType()),
                amount(row.p10()), amount(row.p25()), amount(row.median()), amount(row.p75()), amount(row.p90()),
                amount(row.mean()), row.employment(), OptionalInt.of(row.year()), stored.jobsPer1000(),
                stored.locationQuotient());
    }

    static WageAmount amount(WageCell cell) {
        return switch (cell.kind()) {
            case FIGURE -> WageAmount.of(cell.usd().getAsDouble());
            case TOP_CODED -> WageAmount.topCoded(cell.usd().getAsDouble());
            case SUPPRESSED -> WageAmount.missing(MissingReason.SUPPRESSED);
            case NOT_AVAILABLE -> WageAmount.missing(MissingReason.NOT_AVAILABLE);
        };
    }

    static ProjectionRow projection(ProjectionEstimateRow row) {
        return new ProjectionRow(location(row.areaKey()), row.areaName(),
                new ProjectionRound(row.baseYear(), row.projectedYear()), EmploymentCount.valueOf(row.counts()),
                row.baseEmployment(), row.projectedEmployment(), row.change(), row.percentChange(),
                row.annualOpenings());
    }

    static Optional<CodedValue> education(Optional<String> title) {
        return coded(title, EDUCATION_CODES);
    }

    static Optional<CodedValue> experience(Optional<String> title) {
        return coded(title, EXPERIENCE_CODES);
    }

    static Optional<CodedValue> training(Optional<String> title) {
        return coded(title, TRAINING_CODES);
    }

    private static Optional<CodedValue> coded(Optional<String> title, Map<String, String> codes) {
        return title.map(t -> new CodedValue(codes.getOrDefault(t, t), t));
    }

    /** The area keys to read for a set of places: the nation always, and each place the store can hold. */
    static List<String> areaKeys(List<Location> locations) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("US"),
                locations.stream().map(ModelMapping::areaKey).flatMap(Optional::stream)).distinct().toList();
    }
}
