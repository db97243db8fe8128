package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
     * Builds one chart at a size; a profile chart draws the comparison's occupations.
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
        String about = comparison.query().describe();
        return switch (kind) {
            case WAGES -> figure(WageChart.wages(comparison), about, kind, size);
            case LOCATIONS -> figure(WageChart.locations(comparison), about, kind, size);
            case GROWTH -> figure(GrowthChart.build(comparison), about, kind, size);
            case SKILLS -> figure(SkillsChart.build(comparison), about, kind, size);
            case INDUSTRIES, ATTAINMENT, INTERESTS -> create(ProfileTables.of(comparison.occupations(), kind), size);
        };
    }

    /**
     * Builds a profile chart from its table: the figures, or, when no occupation has any, a notice that says why.
     *
     * @param table the table, never null
     * @param size the printed size, never null
     * @return the laid-out chart, never null
     */
    static Figure create(ProfileTable table, FigureSize size) {
        requireNonNull(table, "table is null");
        requireNonNull(size, "size is null");
        String about = table.occupations().stream().map(s -> s.title() + " (" + s.code().value() + ")")
                .collect(Collectors.joining(", "));
        if (table.hasFigures()) {
            return figure(ProfileChart.build(table), about, table.kind(), size);
        }
        // the notice says who has no figures and why; the caption keeps to where the figures would come from
        List<String> caption = captioned(List.of(table.sourceLine()));
        NoticeChart notice = new NoticeChart(table.title(), "No figures to draw. " + table.notice(), caption);
        return new Figure(table.kind().id(), size, table.title(), caption, description(table.title(), about,
                caption), notice.layout(size));
    }

    private static <T> Figure figure(RowChart<T> chart, String about, ChartKind kind, FigureSize size) {
        List<String> caption = captioned(chart.caption());
        RowChart<T> captioned = new RowChart<>(chart.title(), chart.legend(), chart.groups(), chart.panels(),
                chart.lanes(), caption);
        return new Figure(kind.id(), size, chart.title(), caption, description(chart.title(), about, caption),
                captioned.layout(size));
    }

    /** A caption with the line that names the app and its version last. */
    static List<String> captioned(List<String> caption) {
        List<String> all = new ArrayList<>(caption);
        all.add("Made with OccuCompare " + AppVersion.current() + ".");
        return all;
    }

    private static String description(String title, String about, List<String> caption) {
        return title + ". " + about + ". " + String.join(" ", caption);
    }
}
