package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.web.AppVersion;
import org.occucompare.web.compare.Comparison;

/**
 * Builds charts of a comparison: pure, a new chart per call, with its title, axis titles with units, legend and the
 * caption of sources, vintages and app version. Stateless and thread-safe (the charts it returns are not).
 */
public final class ChartFactory {
    private static final int CAPTION_CHARS = 125;

    private ChartFactory() {
    }

    /**
     * Builds one chart.
     *
     * @param comparison the comparison, never null
     * @param kind what to draw, never null
     * @return the chart with its caption, never null
     * @throws org.occucompare.core.OccupationException {@code INVALID_INPUT} when the comparison holds nothing
     *     that chart can show (for example no projections for the growth chart)
     */
    public static CaptionedChart create(Comparison comparison, ChartKind kind) {
        requireNonNull(comparison, "comparison is null");
        requireNonNull(kind, "kind is null");
        String title = title(comparison, kind);
        Chart<?, ?> chart = switch (kind) {
            case WAGES -> WageRangeChart.build(title, wageRows(comparison));
            case LOCATIONS -> WageRangeChart.build(title, locationRows(comparison));
            case GROWTH -> GrowthChart.build(title, comparison);
            case SKILLS -> SkillsChart.build(title, comparison);
        };
        List<String> caption = caption(comparison, kind);
        String description = title + ". " + comparison.query().describe() + ". " + String.join(" ", caption);
        return new CaptionedChart(chart, kind, title, caption, description);
    }

    private static String title(Comparison comparison, ChartKind kind) {
        String places = String.join(", ", comparison.report().locations().stream().map(Location::displayName)
                .toList());
        Occupation reference = comparison.referenceOccupation();
        return switch (kind) {
            case WAGES -> "Annual wages by occupation — " + places;
            case LOCATIONS -> ChartStyle.shortTitle(reference.title(), 50) + ": annual wages by place";
            case GROWTH -> "Projected employment change and annual openings";
            case SKILLS -> "Skills and knowledge: " + ChartStyle.shortTitle(reference.title(), 40)
                    + " against the others";
        };
    }

    private static List<WageRow> wageRows(Comparison comparison) {
        List<WageRow> rows = new ArrayList<>();
        List<Location> places = comparison.report().locations();
        for (Occupation o : comparison.occupations()) {
            for (int p = 0; p < places.size(); p++) {
                Location place = places.get(p);
                String label = ChartStyle.shortTitle(o.title(), 44) + (places.size() > 1 ? " — " + place.key() : "");
                rows.add(new WageRow(label, p, place.key(), estimate(o, place)));
            }
        }
        return rows;
    }

    private static List<WageRow> locationRows(Comparison comparison) {
        Occupation o = comparison.referenceOccupation();
        List<WageRow> rows = new ArrayList<>();
        List<Location> places = comparison.report().locations();
        for (int p = 0; p < places.size(); p++) {
            Optional<WageEstimate> e = estimate(o, places.get(p));
            rows.add(new WageRow(places.get(p).displayName() + (e.isEmpty() ? " (no OEWS wages)" : ""), p,
                    places.get(p).key(), e));
        }
        return rows;
    }

    private static Optional<WageEstimate> estimate(Occupation o, Location place) {
        return o.wages().flatMap(w -> w.find(place, RateType.ANNUAL));
    }

    private static List<String> caption(Comparison comparison, ChartKind kind) {
        StringBuilder text = new StringBuilder("Sources: ").append(comparison.sourcesLine()).append('.');
        if (kind == ChartKind.WAGES || kind == ChartKind.LOCATIONS) {
            text.append(" Box: 25th–75th percentile; whiskers: 10th–90th; diamond: median. OEWS publishes wages of")
                    .append(" $239,200 a year or more only as \"at least $239,200\" (marked ≥).");
        }
        comparison.occupations().stream().filter(o -> o.wages().map(w -> w.inherited()).orElse(false)).findAny()
                .ifPresent(o -> text.append(" Some wages are those of the broader SOC occupation."));
        text.append(" Made with OccuCompare ").append(AppVersion.current()).append('.');
        return wrap(text.toString());
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > CAPTION_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
