package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import org.jspecify.annotations.Nullable;
import org.occucompare.analytics.growth.GrowthFigures;
import org.occucompare.analytics.growth.GrowthTable;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.web.compare.Comparison;

/**
 * Projected employment change (percent) and annual openings (jobs a year), one row per occupation, in two panels
 * side by side, one lane per place: a stem from zero to the figure ending in the place's marker. Places keep the
 * colour and shape they have in the wage charts; a city shows its state's projections and says so; the nation,
 * when it was not asked for, is drawn as a grey reference series labelled as such. A figure that is not published is
 * left out and named in the caption, never drawn as zero.
 */
final class GrowthChart {
    private GrowthChart() {
    }

    /**
     * A series: a place asked for (or the national reference) and the projection area that stands for it.
     *
     * @param label the legend text, never null
     * @param style the look, never null
     * @param area the nation or the state whose projections are drawn, or empty for a place without any
     */
    record Series(String label, SeriesStyle style, Optional<Location> area) {
        Series {
            requireNonNull(label, "label is null");
            requireNonNull(style, "style is null");
            requireNonNull(area, "area is null");
        }
    }

    /**
     * One occupation's figures, one per series (null where none is published).
     *
     * @param figures the figures in series order, never null
     */
    record Lanes(List<@Nullable GrowthFigures> figures) {
    }

    static RowChart<Lanes> build(Comparison c) {
        List<Series> series = series(c);
        List<RowChart.Row<Lanes>> rows = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        Set<String> counts = new LinkedHashSet<>();
        boolean any = false;
        for (Occupation o : c.occupations()) {
            Optional<GrowthTable> table = c.report().growth().stream().filter(t -> t.code().equals(o.code()))
                    .findFirst();
            List<@Nullable GrowthFigures> figures = new ArrayList<>();
            for (Series s : series) {
                GrowthFigures f = table.flatMap(t -> t.rows().stream().filter(r -> s.area().map(a -> a.equals(
                        r.area())).orElse(false)).findFirst()).orElse(null);
                figures.add(f);
                if (f != null) {
                    any |= f.changePct().isPresent() || f.annualOpenings().isPresent();
                    counts.add(f.countsLabel());
                    List<String> missing = new ArrayList<>();
                    if (f.changePct().isEmpty()) {
                        missing.add("change");
                    }
                    if (f.annualOpenings().isEmpty()) {
                        missing.add("openings");
                    }
                    if (!missing.isEmpty()) {
                        notes.add("the " + String.join(" and ", missing) + " of " + o.title() + " in "
                                + f.areaName() + " (" + (f.notes().isEmpty() ? "not published"
                                : String.join("; ", f.notes())) + ")");
                    }
                }
            }
            // the analytics name occupations by code; the caption names them as the rows do
            table.ifPresent(t -> t.notes().forEach(n -> notes.add(n.replace(o.code().value(), o.title()))));
            rows.add(new RowChart.Row<>(o.title(), new Lanes(figures), null));
        }
        if (!any) {
            throw OccupationException.invalidInput("None of these occupations has employment projections, so there"
                    + " is no growth chart: pick occupations or places with projections, or another chart kind.");
        }
        List<Lanes> data = rows.stream().map(RowChart.Row::datum).toList();
        OptionalDouble lowChange = values(data, GrowthFigures::changePct).min();
        OptionalDouble highChange = values(data, GrowthFigures::changePct).max();
        double highOpenings = values(data, f -> asDouble(f.annualOpenings())).max().orElse(10);
        RowChart.Panel<Lanes> change = new RowChart.Panel<>((font, length) -> Axis.nice(
                "Projected employment change (%)", Math.min(0, lowChange.orElse(0)), Math.max(0,
                        highChange.orElse(1)), ChartStyle::decimal, font, length),
                (lanes, band, out) -> draw(lanes, series, GrowthFigures::changePct, band, out), true);
        RowChart.Panel<Lanes> openings = new RowChart.Panel<>((font, length) -> Axis.nice(
                "Annual openings (jobs a year)", 0, highOpenings, ChartStyle::count, font, length),
                (lanes, band, out) -> draw(lanes, series, f -> asDouble(f.annualOpenings()), band, out), false);
        List<LegendEntry> legend = series.stream().map(s -> new LegendEntry(s.label(), (box, m) -> List.of(
                Glyphs.stem(Role.LEGEND_KEY, s.style(), box.getMinX(), box.getMaxX() - m.marker() / 2,
                        box.getCenterY(), m),
                Glyphs.marker(Role.LEGEND_KEY, s.style(), box.getMaxX() - m.marker() / 2, box.getCenterY(), m))))
                .toList();
        List<String> caption = new ArrayList<>();
        caption.add(ChartSources.line(c, ChartKind.GROWTH));
        caption.add("Employment counts " + String.join("; ", counts) + ". Each series is labelled with its"
                + " projection period.");
        if (!notes.isEmpty()) {
            caption.add("Not drawn: " + String.join("; ", notes) + ".");
        }
        return new RowChart<>("Projected employment change and annual openings", legend, List.of(
                new RowChart.Group<>(Optional.empty(), rows)), List.of(change, openings), series.size(), caption);
    }

    /**
     * The series: each place asked for, in order, with the projections that stand for it; then the nation as a
     * reference when it was not asked for.
     */
    private static List<Series> series(Comparison c) {
        List<Location> places = c.report().locations();
        List<Series> series = new ArrayList<>();
        for (int p = 0; p < places.size(); p++) {
            Location place = places.get(p);
            Optional<Location> area = area(place);
            String round = area.flatMap(a -> round(c, a)).map(r -> ", " + r).orElse("");
            String label = area.isEmpty() ? place.displayName() + ": no projections (nation and states only)"
                    : area.get().equals(place) ? place.displayName() + round
                    : place.displayName() + " (" + area.get().displayName() + " projections" + round + ")";
            series.add(new Series(label, SeriesStyle.of(p), area));
        }
        if (places.stream().noneMatch(l -> l instanceof Location.National) && round(c, Location.NATIONAL)
                .isPresent()) {
            series.add(new Series("United States" + round(c, Location.NATIONAL).map(r -> ", " + r).orElse("")
                    + " (national reference)", SeriesStyle.REFERENCE, Optional.of(Location.NATIONAL)));
        }
        return series;
    }

    /** The area whose projections stand for a place: the nation, a state, a city's state; none for the rest. */
    private static Optional<Location> area(Location place) {
        return place.equals(Location.NATIONAL) ? Optional.of(place) : place.usState().map(Location.State::new);
    }

    private static Optional<String> round(Comparison c, Location area) {
        return c.report().growth().stream().flatMap(t -> t.rows().stream()).filter(r -> r.area().equals(area))
                .map(GrowthFigures::roundLabel).findFirst();
    }

    private static DoubleStream values(List<Lanes> data,
            Function<GrowthFigures, OptionalDouble> value) {
        return data.stream().flatMap(l -> l.figures().stream()).filter(f -> f != null)
                .map(value).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble);
    }

    private static OptionalDouble asDouble(OptionalLong value) {
        return value.isPresent() ? OptionalDouble.of(value.getAsLong()) : OptionalDouble.empty();
    }

    private static void draw(Lanes lanes, List<Series> series, Function<GrowthFigures, OptionalDouble> value,
            RowChart.Band band, Scene.Builder out) {
        band.stems(series.stream().map(Series::style).toList(), lanes.figures().stream().map(f -> f == null
                ? OptionalDouble.empty() : value.apply(f)).toList(), 0, out);
    }
}
