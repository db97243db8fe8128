package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Percentile;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.places.PlaceLadder;

/**
 * Annual wage ranges as horizontal box plots, one row per occupation and place: a whisker from the 10th to the 90th
 * percentile, a box from the 25th to the 75th in the place's colour, the median as the place's marker in ink. A
 * percentile that OEWS top-codes ("at least $239,200") ends the box or whisker at its bound with a dashed open end
 * and a "≥" remark in the margin, so it never reads as a figure. A row without published wages, or with some
 * percentiles not published, says so in the margin.
 *
 * <p>The wages chart compares occupations within each place (a group per place); the locations chart compares the
 * places within each occupation (a panel per occupation, "small multiples"). Both share one value axis, so every
 * row can be read against every other.
 */
final class WageChart {
    private static final String AXIS = "Annual wage (US dollars)";
    /** How far the dashed open end of a top-coded wage reaches past its bound, as a share of the bound. */
    static final double OPEN_END = 0.1;

    private WageChart() {
    }

    /**
     * What a row draws: one occupation's annual wages at one place.
     *
     * @param estimate the estimate, or empty when none is published; never null
     * @param style the place's style, never null
     * @param place the place, never null
     */
    record Range(Optional<WageEstimate> estimate, SeriesStyle style, Location place) {
        Range {
            requireNonNull(estimate, "estimate is null");
            requireNonNull(style, "style is null");
            requireNonNull(place, "place is null");
        }
    }

    /** Occupations side by side within each place. */
    static RowChart<Range> wages(Comparison c) {
        List<Location> places = c.report().locations();
        List<Occupation> occupations = c.occupations();
        List<RowChart.Group<Range>> groups = new ArrayList<>();
        if (occupations.size() == 1) {
            groups.add(new RowChart.Group<>(Optional.empty(), places.stream().map(p -> row(c.placeName(p),
                    occupations.get(0), places, p)).toList()));
        } else {
            for (Location p : places) {
                groups.add(new RowChart.Group<>(places.size() == 1 ? Optional.empty() : Optional.of(c.placeName(p)),
                        occupations.stream().map(o -> row(o.title(), o, places, p)).toList()));
            }
        }
        String title = "Annual wages by occupation — " + places.stream().map(c::placeName)
                .collect(Collectors.joining(", "));
        return chart(title, c, groups);
    }

    /** The places side by side within each occupation: one panel per occupation. */
    static RowChart<Range> locations(Comparison c) {
        List<Location> places = c.report().locations();
        List<Occupation> occupations = c.occupations();
        List<RowChart.Group<Range>> groups = new ArrayList<>();
        for (Occupation o : occupations) {
            groups.add(new RowChart.Group<>(occupations.size() == 1 ? Optional.empty() : Optional.of(o.title()),
                    places.stream().map(p -> row(c.placeName(p), o, places, p)).toList()));
        }
        String title = occupations.size() == 1 ? occupations.get(0).title() + ": annual wages by place"
                : "Annual wages by place, for each of " + occupations.size() + " occupations";
        return chart(title, c, groups);
    }

    private static RowChart.Row<Range> row(String label, Occupation o, List<Location> places, Location place) {
        Optional<WageEstimate> e = o.wages().flatMap(w -> w.find(place, RateType.ANNUAL));
        Range range = new Range(e, SeriesStyle.of(places.indexOf(place)), place);
        return new RowChart.Row<>(label, range, remark(e));
    }

    private static RowChart<Range> chart(String title, Comparison c, List<RowChart.Group<Range>> groups) {
        List<Range> ranges = groups.stream().flatMap(g -> g.rows().stream()).map(RowChart.Row::datum).toList();
        double high = ranges.stream().mapToDouble(WageChart::reach).max().orElse(0);
        List<LegendEntry> legend = new ArrayList<>();
        List<Location> places = c.report().locations();
        if (places.size() > 1) {
            for (int p = 0; p < places.size(); p++) {
                SeriesStyle style = SeriesStyle.of(p);
                legend.add(new LegendEntry(c.placeName(places.get(p)), (box, m) -> List.of(
                        Glyphs.box(Role.LEGEND_KEY, style, box.getMinX(), box.getMaxX(), box.getCenterY(), m),
                        Glyphs.median(Role.LEGEND_KEY, style, box.getCenterX(), box.getCenterY(), m))));
            }
        }
        OptionalDouble topCode = ranges.stream().flatMap(r -> r.estimate().stream()).flatMap(e -> topCoded(e)
                .stream()).mapToDouble(Double::doubleValue).max();
        if (topCode.isPresent()) {
            legend.add(new LegendEntry("Top-coded by OEWS: at least " + ChartStyle.usd(topCode.getAsDouble()),
                    (box, m) -> Glyphs.openEnd(Role.LEGEND_KEY, box.getMinX(), box.getMaxX(), box.getCenterY(),
                            m)));
        }
        RowChart.Panel<Range> panel = new RowChart.Panel<>((font, length) -> Axis.nice(AXIS, 0,
                Math.max(high, 10_000), ChartStyle::usdThousands, font, length), WageChart::draw, false);
        List<String> caption = new ArrayList<>();
        caption.add(ChartSources.line(c, ChartKind.WAGES));
        // places of different OEWS years (a metro file newer than the state's): which year is whose
        PlaceLadder.yearsNote(c.report().locations(), c.occupations()).ifPresent(caption::add);
        caption.add("Box: 25th to 75th percentile; line: 10th to 90th; marker: median."
                + (topCode.isPresent() ? " OEWS publishes wages of " + ChartStyle.usd(topCode.getAsDouble())
                        + " a year or more only as \"at least\" that (≥, dashed open end)." : ""));
        List<String> inherited = c.occupations().stream().filter(o -> o.wages().map(w -> w.inherited())
                .orElse(false)).map(Occupation::title).toList();
        if (!inherited.isEmpty()) {
            caption.add("Wages of the broader SOC occupation: " + String.join("; ", inherited) + ".");
        }
        return new RowChart<>(title, legend, groups, List.of(panel), 1, caption);
    }

    /** The right end of a row's marks: its highest percentile, or the end of its dashed open end. */
    private static double reach(Range r) {
        return r.estimate().map(e -> {
            double high = 0;
            for (Percentile p : Percentile.values()) {
                WageAmount a = e.get(p);
                high = Math.max(high, a.lowerBound().orElse(0) * (a.isTopCoded() ? 1 + OPEN_END : 1));
            }
            return high;
        }).orElse(0.0);
    }

    private static Optional<Double> topCoded(WageEstimate e) {
        for (Percentile p : Percentile.values()) {
            if (e.get(p).isTopCoded()) {
                return Optional.of(e.get(p).lowerBound().getAsDouble());
            }
        }
        return Optional.empty();
    }

    /**
     * The margin remark of a row: the bound of a top-coded wage, the percentiles not published, or that no wages
     * are published at all; null when there is nothing to remark.
     */
    private static @Nullable String remark(Optional<WageEstimate> estimate) {
        if (estimate.isEmpty() || Arrays.stream(Percentile.values()).allMatch(p -> estimate.get().get(p)
                .isMissing())) {
            return "no wages published";
        }
        WageEstimate e = estimate.get();
        List<String> parts = new ArrayList<>();
        topCoded(e).ifPresent(bound -> parts.add("≥\u00a0" + ChartStyle.usd(bound))); // never wrapped apart
        List<String> missing = Arrays.stream(Percentile.values()).filter(p -> e.get(p).isMissing())
                .map(p -> p == Percentile.MEDIAN ? "median" : p.rank() + "th").toList();
        if (!missing.isEmpty()) {
            parts.add(String.join(", ", missing) + " n/a");
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static void draw(Range r, RowChart.Band band, Scene.Builder out) {
        if (r.estimate().isEmpty()) {
            return; // the row's remark says so
        }
        WageEstimate e = r.estimate().get();
        Metrics m = band.metrics();
        double y = band.y(0);
        OptionalDouble p10 = e.p10().lowerBound();
        OptionalDouble p25 = e.p25().lowerBound();
        OptionalDouble median = e.median().lowerBound();
        OptionalDouble p75 = e.p75().lowerBound();
        OptionalDouble p90 = e.p90().lowerBound();
        double low = p10.orElse(p25.orElse(median.orElse(p75.orElse(p90.orElse(0)))));
        double high = p90.orElse(p75.orElse(median.orElse(p25.orElse(p10.orElse(0)))));
        if (high > low) {
            out.add(Glyphs.whisker(Role.DATA, band.x(low), band.x(high), y, m));
        }
        if (p25.isPresent() && p75.isPresent()) {
            out.add(Glyphs.box(Role.DATA, r.style(), band.x(p25.getAsDouble()), band.x(p75.getAsDouble()), y, m));
        }
        topCoded(e).ifPresent(bound -> Glyphs.openEnd(Role.DATA, band.x(bound), band.x(bound * (1 + OPEN_END)), y,
                m).forEach(out::add));
        if (median.isPresent() && !e.median().isTopCoded()) {
            out.add(Glyphs.median(Role.DATA, r.style(), band.x(median.getAsDouble()), y, m));
        }
    }
}
