package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.occucompare.analytics.growth.GrowthFigures;
import org.occucompare.analytics.growth.GrowthTable;
import org.occucompare.analytics.plugin.MetricOutcome;
import org.occucompare.analytics.skills.SharedDescriptor;
import org.occucompare.analytics.skills.SkillGap;
import org.occucompare.analytics.skills.SkillOverlap;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Percentile;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.spi.Bound;
import org.occucompare.core.spi.MetricValue;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.UnavailableOccupation;
import org.occucompare.web.compare.UnknownOccupation;

/** Writes a comparison as aligned tables for a terminal: wages, outlook, skills against the reference, metrics. */
final class ComparisonTextWriter {
    private static final int TITLE_WIDTH = 34;

    private final PrintWriter out;

    ComparisonTextWriter(PrintWriter out) {
        this.out = requireNonNull(out, "out is null");
    }

    void write(Comparison c) {
        Occupation ref = c.referenceOccupation();
        out.println("Comparison of " + c.occupations().size() + " occupation" + (c.occupations().size() == 1 ? "" : "s")
                + " in " + c.report().locations().stream().map(c::placeName).collect(Collectors.joining(", "))
                + " (reference: " + ref.code() + " " + ref.title() + ")");
        for (String note : c.placeNotes()) {
            out.println("Note: " + note);
        }
        for (UnknownOccupation u : c.unknown()) {
            out.println("Left out: " + u.message());
        }
        for (UnavailableOccupation u : c.unavailable()) {
            out.println("Left out: " + u.message());
        }
        wages(c);
        outlook(c);
        skills(c);
        metrics(c);
        out.println();
        out.println("Sources: " + c.sourcesLine() + ".");
        out.println("≥ marks a wage OEWS top-codes: the true value is at least that. Cite the data with --cite.");
    }

    private void wages(Comparison c) {
        TextTable table = new TextTable(List.of("Code", "Occupation", "Place", "10th", "25th", "Median", "75th",
                "90th", "Employment"), false, false, false, true, true, true, true, true, true);
        for (Occupation o : c.occupations()) {
            for (Location place : c.report().locations()) {
                List<String> cells = new ArrayList<>(List.of(o.code().value(), title(o), place.key()));
                var estimate = o.wages().flatMap(w -> w.find(place, RateType.ANNUAL));
                for (Percentile p : Percentile.values()) {
                    cells.add(estimate.map(e -> OccupationTextWriter.amount(e.get(p), RateType.ANNUAL)).orElse("n/a"));
                }
                cells.add(estimate.map(WageEstimate::employment).filter(e -> e.isPresent())
                        .map(e -> String.format(Locale.US, "%,d", e.getAsLong())).orElse("n/a"));
                table.row(cells);
            }
        }
        section("Annual wages (US dollars)");
        table.print(out);
    }

    private void outlook(Comparison c) {
        TextTable table = new TextTable(List.of("Code", "Occupation", "Area", "Years", "Change %", "Openings/yr"),
                false, false, false, false, true, true);
        for (GrowthTable g : c.report().growth()) {
            Occupation o = c.find(g.code()).orElseThrow();
            for (GrowthFigures f : g.rows()) {
                table.row(List.of(o.code().value(), title(o), f.area().key(), f.roundLabel(), decimal(f.changePct(), 1),
                        f.annualOpenings().isPresent()
                                ? String.format(Locale.US, "%,d", f.annualOpenings().getAsLong()) : "n/a"));
            }
        }
        if (!table.isEmpty()) {
            section("Projected employment");
            table.print(out);
        }
    }

    private void skills(Comparison c) {
        TextTable table = new TextTable(List.of("Code", "Occupation", "Similarity", "Shared strengths",
                "To learn, moving from the reference"), false, false, true, false, false);
        for (SkillOverlap pair : c.report().skillOverlaps()) {
            Occupation o = c.find(pair.b()).orElseThrow();
            table.row(List.of(o.code().value(), title(o), decimal(pair.centredSimilarity(), 2),
                    pair.sharedTop().stream().limit(3).map(SharedDescriptor::name).collect(Collectors.joining(", ")),
                    pair.toLearnAToB().stream().limit(3).map(SkillGap::name).collect(Collectors.joining(", "))));
        }
        if (!table.isEmpty()) {
            section("Skills and knowledge against the reference (similarity: centred cosine, -1 to 1)");
            table.print(out);
        }
    }

    private void metrics(Comparison c) {
        TextTable table = new TextTable(List.of("Metric", "Unit", "Code", "Place", "Value"), false, false, false,
                false, true);
        Footnotes notes = new Footnotes(); // why a value is n/a or what qualifies it
        List<String> metricNotes = new ArrayList<>();
        for (MetricOutcome m : c.report().metrics()) {
            for (MetricValue v : m.result().values()) {
                String value = v.value().isPresent() ? (v.bound() == Bound.EXACT ? "" : v.bound() == Bound.AT_LEAST
                        ? "≥ " : "≤ ") + decimal(v.value(), 2) : "n/a";
                table.row(List.of(m.descriptor().displayName(), m.descriptor().unit(), v.code().value(),
                        v.location().map(Location::key).orElse("-"), value + notes.mark(v.notes())));
            }
            m.result().notes().forEach(n -> metricNotes.add(m.descriptor().displayName() + ": " + n));
        }
        if (!table.isEmpty() || !metricNotes.isEmpty()) {
            section("Metrics");
            table.print(out);
            notes.print(out);
            metricNotes.forEach(out::println);
        }
    }

    private void section(String title) {
        out.println();
        out.println(title);
    }

    private static String title(Occupation o) {
        String t = o.title();
        return t.length() <= TITLE_WIDTH ? t : t.substring(0, TITLE_WIDTH - 1) + "…";
    }

    private static String decimal(OptionalDouble value, int digits) {
        return value.isPresent() ? String.format(Locale.US, "%,." + digits + "f", value.getAsDouble()) : "n/a";
    }
}
