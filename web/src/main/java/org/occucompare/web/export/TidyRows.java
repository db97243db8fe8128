package org.occucompare.web.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.occucompare.analytics.growth.GrowthFigures;
import org.occucompare.analytics.growth.GrowthTable;
import org.occucompare.analytics.plugin.MetricOutcome;
import org.occucompare.analytics.skills.SkillOverlap;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Percentile;
import org.occucompare.core.model.Provenance;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.spi.MetricValue;
import org.occucompare.web.compare.Comparison;

/** Flattens a comparison into tidy rows: wages per place, projections per area, skill similarity, metrics. */
final class TidyRows {
    private TidyRows() {
    }

    static List<TidyRow> of(Comparison comparison) {
        List<TidyRow> rows = new ArrayList<>();
        for (Occupation o : comparison.occupations()) {
            String wageSource = source(o, Section.WAGES);
            for (Location place : comparison.report().locations()) {
                for (RateType rate : RateType.values()) {
                    Optional<WageEstimate> estimate = o.wages().flatMap(w -> w.find(place, rate));
                    if (estimate.isEmpty()) {
                        if (rate == RateType.ANNUAL) {
                            rows.add(new TidyRow(o.code().value(), o.title(), place.key(), place.displayName(),
                                    "annual_wage_median", OptionalDouble.empty(), "USD per year", "missing",
                                    wageSource, "no OEWS estimate for this place"));
                        }
                        continue;
                    }
                    wages(rows, o, place, estimate.get(), rate, vintage(wageSource, o, estimate.get()));
                }
            }
        }
        for (GrowthTable table : comparison.report().growth()) {
            Occupation o = comparison.find(table.code()).orElseThrow();
            for (GrowthFigures f : table.rows()) {
                String source = "Projections " + f.roundLabel();
                String key = f.area().key();
                rows.add(number(o, key, f.areaName(), "projected_change_pct", f.changePct(), "percent over "
                        + f.years() + " years", source));
                rows.add(number(o, key, f.areaName(), "projected_change_jobs", asDouble(f.changeJobs()),
                        f.countsLabel(), source));
                rows.add(number(o, key, f.areaName(), "annual_openings", asDouble(f.annualOpenings()),
                        "jobs per year", source));
                rows.add(number(o, key, f.areaName(), "base_employment", asDouble(f.baseJobs()), f.countsLabel(),
                        source));
            }
        }
        for (SkillOverlap pair : comparison.report().skillOverlaps()) {
            Occupation o = comparison.find(pair.b()).orElseThrow();
            rows.add(number(o, "", "", "skill_similarity_to_reference", pair.centredSimilarity(),
                    "centred cosine, -1 to 1, against " + pair.a(), source(o, Section.SKILLS)));
        }
        for (MetricOutcome outcome : comparison.report().metrics()) {
            for (MetricValue v : outcome.result().values()) {
                Occupation o = comparison.find(v.code()).orElseThrow();
                rows.add(new TidyRow(o.code().value(), o.title(), v.location().map(Location::key).orElse(""),
                        v.location().map(Location::displayName).orElse(""), "metric:" + outcome.descriptor().id(),
                        v.value(), outcome.descriptor().unit(), v.value().isEmpty() ? "missing"
                                : v.bound().name().toLowerCase(Locale.ROOT),
                        outcome.builtIn() ? "built-in metric" : "plugin " + outcome.pluginId(),
                        String.join(" ", v.notes())));
            }
        }
        return rows;
    }

    private static void wages(List<TidyRow> rows, Occupation o, Location place, WageEstimate e, RateType rate,
            String source) {
        String prefix = rate == RateType.ANNUAL ? "annual_wage_" : "hourly_wage_";
        String unit = rate == RateType.ANNUAL ? "USD per year" : "USD per hour";
        // an area's name comes with its figures ("Chicago-Naperville-Elgin, IL-IN"), not with its code
        String name = place instanceof Location.Area ? e.areaName() : place.displayName();
        for (Percentile p : Percentile.values()) {
            rows.add(amount(o, place, name, prefix + (p == Percentile.MEDIAN ? "median"
                    : p.name().toLowerCase(Locale.ROOT)), e.get(p), unit, source));
        }
        rows.add(amount(o, place, name, prefix + "mean", e.mean(), unit, source));
        if (rate == RateType.ANNUAL) {
            rows.add(number(o, place.key(), name, "employment", asDouble(e.employment()), "jobs", source));
            if (!(place instanceof Location.National)) { // OEWS publishes no employment shares for the nation
                rows.add(number(o, place.key(), name, "jobs_per_1000", e.jobsPer1000(),
                        "jobs per 1,000 jobs of all occupations in the place", source));
                rows.add(number(o, place.key(), name, "location_quotient", e.locationQuotient(),
                        "share of the place's jobs over share of the nation's", source));
            }
        }
    }

    /** The wage source with the estimate's own OEWS year, when the store holds several years. */
    private static String vintage(String source, Occupation o, WageEstimate e) {
        var year = o.wages().map(e::yearIn).orElse(java.util.OptionalInt.empty());
        if (year.isEmpty() || source.endsWith("May " + year.getAsInt())) {
            return source;
        }
        int comma = source.lastIndexOf(", ");
        return (comma < 0 ? source : source.substring(0, comma)) + ", May " + year.getAsInt();
    }

    private static TidyRow amount(Occupation o, Location place, String name, String measure, WageAmount amount,
            String unit, String source) {
        String qualifier = amount.isTopCoded() ? "at_least" : amount.isMissing() ? "missing" : "exact";
        String note = amount.isTopCoded() ? "top-coded by OEWS: the true value is at least this"
                : amount.missingReason().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("");
        return new TidyRow(o.code().value(), o.title(), place.key(), name, measure,
                amount.lowerBound(), unit, qualifier, source, note);
    }

    private static TidyRow number(Occupation o, String location, String locationName, String measure,
            OptionalDouble value, String unit, String source) {
        return new TidyRow(o.code().value(), o.title(), location, locationName, measure, value, unit,
                value.isPresent() ? "exact" : "missing", source, value.isPresent() ? "" : "not published");
    }

    private static OptionalDouble asDouble(java.util.OptionalLong value) {
        return value.isPresent() ? OptionalDouble.of(value.getAsLong()) : OptionalDouble.empty();
    }

    private static String source(Occupation o, Section section) {
        return o.provenance(section).map(TidyRows::label).orElse("");
    }

    private static String label(Provenance p) {
        return p.name() + ", " + p.vintage();
    }
}
