package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.occucompare.web.AppVersion;
import org.occucompare.web.compare.Comparison;

/**
 * Builds and lays out the charts of a comparison: pure, a new figure per call, each with its title, axis titles with
 * units, legend and caption (the sources it draws on with their vintages, how to read it, what is not drawn and why,
 * the app version). Stateless and thread-safe.
 */
final class ChartFactory {
    private ChartFactory() {
    }

    /**
     * Builds one chart at a size.
     *
     * @param comparison the comparison, never null
     * @param kind what to draw, never null
     * @param size the printed size, never null
     * @return the laid-out chart, never null
     * @throws org.occucompare.core.OccupationException {@code INVALID_INPUT} when the comparison holds nothing
     *     that chart can show (for example no projections for the growth chart)
     */
    static Figure create(Comparison comparison, ChartKind kind, FigureSize size) {
        requireNonNull(comparison, "comparison is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(size, "size is null");
        return switch (kind) {
            case WAGES -> figure(WageChart.wages(comparison), comparison, kind, size);
            case LOCATIONS -> figure(WageChart.locations(comparison), comparison, kind, size);
            case GROWTH -> figure(GrowthChart.build(comparison), comparison, kind, size);
            case SKILLS -> figure(SkillsChart.build(comparison), comparison, kind, size);
        };
    }

    private static <T> Figure figure(RowChart<T> chart, Comparison comparison, ChartKind kind, FigureSize size) {
        List<String> caption = new ArrayList<>(chart.caption());
        caption.add("Made with OccuCompare " + AppVersion.current() + ".");
        RowChart<T> captioned = new RowChart<>(chart.title(), chart.legend(), chart.groups(), chart.panels(),
                chart.lanes(), caption);
        String description = chart.title() + ". " + comparison.query().describe() + ". " + String.join(" ", caption);
        return new Figure(kind.id(), size, chart.title(), caption, description, captioned.layout(size));
    }
}
