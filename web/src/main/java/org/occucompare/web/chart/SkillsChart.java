package org.occucompare.web.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.occucompare.analytics.skills.SkillOverlap;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.Occupation;
import org.occucompare.web.compare.Comparison;

/**
 * The reference occupation against each other one: the strengths they share and the gaps a move from the reference
 * would have to close, one row per O*NET skill, knowledge area or ability, with every occupation's importance (1–5)
 * and level (0–7) of it in two panels, one lane per occupation. The reference is drawn in ink, the others in the
 * palette; an occupation without ratings is named in the legend and the caption, never left out silently.
 */
final class SkillsChart {
    /** Shared strengths and gaps taken from each pair. */
    static final int PER_PAIR = 3;
    /** The most rows of each group. */
    static final int MAX_ROWS = 8;

    private SkillsChart() {
    }

    /**
     * One descriptor's ratings in each occupation, in lane order.
     *
     * @param ratings the ratings, one per lane (empty where the occupation has none)
     */
    record Ratings(List<Optional<Descriptor>> ratings) {
    }

    static RowChart<Ratings> build(Comparison c) {
        Map<String, String> shared = new LinkedHashMap<>();
        Map<String, String> gaps = new LinkedHashMap<>();
        for (SkillOverlap pair : c.report().skillOverlaps()) {
            pair.sharedTop().stream().limit(PER_PAIR).forEach(d -> shared.putIfAbsent(d.elementId(), d.name()));
            pair.toLearnAToB().stream().limit(PER_PAIR).forEach(g -> gaps.putIfAbsent(g.elementId(), g.name()));
        }
        if (shared.isEmpty() && gaps.isEmpty()) {
            throw OccupationException.invalidInput("The skills chart needs a reference and at least one other"
                    + " occupation with O*NET skill ratings: add an occupation, or pick another chart kind.");
        }
        Occupation reference = c.referenceOccupation();
        List<Occupation> lanes = new ArrayList<>(List.of(reference));
        c.occupations().stream().filter(o -> !o.code().equals(reference.code())).forEach(lanes::add);
        List<SeriesStyle> styles = new ArrayList<>(List.of(SeriesStyle.INK));
        for (int i = 1; i < lanes.size(); i++) {
            styles.add(SeriesStyle.of(i - 1));
        }
        List<RowChart.Group<Ratings>> groups = new ArrayList<>();
        int left = Math.max(0, shared.size() - MAX_ROWS) + Math.max(0, gaps.size() - MAX_ROWS);
        if (!shared.isEmpty()) {
            groups.add(group("Shared strengths: important to the reference and to another occupation", shared,
                    lanes));
        }
        if (!gaps.isEmpty()) {
            groups.add(group("Gaps: needed at a higher level after a move from the reference", gaps, lanes));
        }
        List<LegendEntry> legend = new ArrayList<>();
        List<String> unrated = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            Occupation o = lanes.get(i);
            SeriesStyle style = styles.get(i);
            boolean rated = groups.stream().flatMap(g -> g.rows().stream()).anyMatch(r -> r.datum().ratings()
                    .get(lanes.indexOf(o)).isPresent());
            if (!rated) {
                unrated.add(o.title());
            }
            legend.add(new LegendEntry(o.title() + (i == 0 ? " (reference)" : "") + (rated ? ""
                    : ": no O*NET ratings"), (box, m) -> List.of(
                    Glyphs.stem(Role.LEGEND_KEY, style, box.getMinX(), box.getMaxX() - m.marker() / 2,
                            box.getCenterY(), m),
                    Glyphs.marker(Role.LEGEND_KEY, style, box.getMaxX() - m.marker() / 2, box.getCenterY(), m))));
        }
        RowChart.Panel<Ratings> importance = new RowChart.Panel<>((font, length) -> Axis.fixed(
                "Importance (O*NET scale 1–5)", 1, 5, 1, ChartStyle::decimal, font, length),
                (r, band, out) -> draw(r, styles, d -> d.importance(), 1, band, out), false);
        RowChart.Panel<Ratings> level = new RowChart.Panel<>((font, length) -> Axis.fixed(
                "Level needed (O*NET scale 0–7)", 0, 7, 1, ChartStyle::decimal, font, length),
                (r, band, out) -> draw(r, styles, d -> d.level(), 0, band, out), false);
        List<String> caption = new ArrayList<>();
        caption.add(ChartSources.line(c, ChartKind.SKILLS));
        caption.add("The " + PER_PAIR + " strongest shared strengths and the " + PER_PAIR + " largest gaps of each"
                + " pair with the reference" + (left > 0 ? "; " + left + (left == 1 ? " more is" : " more are")
                + " left out here (at most " + MAX_ROWS + " rows a group)" : "") + ". The text report lists them for every pair.");
        if (!unrated.isEmpty()) {
            caption.add("No O*NET ratings, so no marks: " + String.join("; ", unrated) + ".");
        }
        String title = "Skills and knowledge: " + reference.title() + " against the others";
        return new RowChart<>(title, legend, groups, List.of(importance, level), lanes.size(), caption);
    }

    private static RowChart.Group<Ratings> group(String heading, Map<String, String> descriptors,
            List<Occupation> lanes) {
        List<RowChart.Row<Ratings>> rows = descriptors.entrySet().stream().limit(MAX_ROWS).map(e ->
                new RowChart.Row<>(e.getValue(), new Ratings(lanes.stream().map(o -> find(o, e.getKey())).toList()),
                        (String) null)).toList();
        return new RowChart.Group<>(Optional.of(heading), rows);
    }

    private static Optional<Descriptor> find(Occupation o, String elementId) {
        for (DescriptorKind kind : DescriptorKind.values()) {
            for (Descriptor d : o.descriptors(kind)) {
                if (d.elementId().equals(elementId) && d.isRated()) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    private static void draw(Ratings r, List<SeriesStyle> styles, Function<Descriptor, OptionalDouble> value,
            double base, RowChart.Band band, Scene.Builder out) {
        band.stems(styles, r.ratings().stream().map(d -> d.map(value).orElse(OptionalDouble.empty())).toList(), base,
                out);
    }
}
