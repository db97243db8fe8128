package org.occucompare.web.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Draws a profile table: one row per category (interest type, level of education, industry), one lane per
 * occupation with a stem from the scale's base to its figure ending in the occupation's marker. An occupation
 * without figures is named in the legend and the caption with the reason, and gets no marks, never a zero. With
 * one occupation, each row's figure is also written in the right margin. Stateless.
 */
final class ProfileChart {
    private ProfileChart() {
    }

    /**
     * The chart of a table with figures.
     *
     * @param table the table, with {@link ProfileTable#hasFigures()}; never null
     * @return the chart, never null
     */
    static RowChart<ProfileTable.Line> build(ProfileTable table) {
        List<ProfileTable.Subject> subjects = table.occupations();
        List<SeriesStyle> styles = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            SeriesStyle style = SeriesStyle.of(i);
            styles.add(style);
            ProfileTable.Subject s = subjects.get(i);
            legend.add(new LegendEntry(s.title() + s.missing().map(m -> ": " + m).orElse(""), (box, m) -> List.of(
                    Glyphs.stem(Role.LEGEND_KEY, style, box.getMinX(), box.getMaxX() - m.marker() / 2,
                            box.getCenterY(), m),
                    Glyphs.marker(Role.LEGEND_KEY, style, box.getMaxX() - m.marker() / 2, box.getCenterY(), m))));
        }
        ProfileMeasure measure = table.measures().get(0);
        double base = measure == ProfileMeasure.INTEREST_SCORE ? 1 : 0;
        double high = table.lines().stream().flatMap(l -> l.values().stream()).map(v -> v.get(0))
                .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).max().orElse(1);
        RowChart.AxisFit axis = measure == ProfileMeasure.INTEREST_SCORE
                ? (font, length) -> Axis.fixed("Interest score (O*NET scale 1–7)", 1, 7, 1, ChartStyle::decimal,
                        font, length)
                : (font, length) -> Axis.nice(axisTitle(table.kind()), 0, high, ChartStyle::decimal, font, length);
        RowChart.Panel<ProfileTable.Line> panel = new RowChart.Panel<>(axis,
                (line, band, out) -> draw(line, styles, base, band, out), false);
        List<RowChart.Row<ProfileTable.Line>> rows = table.lines().stream().map(l -> new RowChart.Row<>(l.label(),
                l, remark(table, l, measure))).toList();
        return new RowChart<>(table.title(), legend, List.of(new RowChart.Group<>(Optional.empty(), rows)),
                List.of(panel), subjects.size(), caption(table));
    }

    /** The caption's paragraphs: the sources, how to read the chart, and who has no figures and why. */
    static List<String> caption(ProfileTable table) {
        List<String> caption = new ArrayList<>();
        caption.add(table.sourceLine());
        caption.addAll(table.notes());
        if (!table.missing().isEmpty()) {
            caption.add("No figures, so no marks: " + String.join("; ", table.missing()) + ".");
        }
        return caption;
    }

    private static String axisTitle(ChartKind kind) {
        return kind == ChartKind.ATTAINMENT ? "Share of workers 25 and older (%)"
                : "Share of the occupation's jobs (%)";
    }

    /** With one occupation, its figure in the margin; with several, a remark only for a row nobody has. */
    private static @Nullable String remark(ProfileTable table, ProfileTable.Line line, ProfileMeasure measure) {
        if (table.occupations().size() == 1) {
            return measure.format(line.drawn(0));
        }
        boolean none = line.values().stream().noneMatch(v -> v.get(0).isPresent());
        return none ? "n/a" : null;
    }

    private static void draw(ProfileTable.Line line, List<SeriesStyle> styles, double base, RowChart.Band band,
            Scene.Builder out) {
        band.stems(styles, IntStream.range(0, styles.size()).mapToObj(line::drawn).toList(), base, out);
    }
}
