package org.occucompare.web.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.CategorySeries;
import org.occucompare.analytics.skills.SkillOverlap;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.Occupation;
import org.occucompare.web.compare.Comparison;

/**
 * The reference against each other occupation: the strengths they share (categories marked "shared") and the gap
 * list, what moving from the reference to another takes (marked "gap"), with every occupation's O*NET importance of
 * each, one colour per occupation.
 */
final class SkillsChart {
    /** Category prefix of a shared strength. */
    static final String SHARED = "Shared: ";
    /** Category prefix of a gap. */
    static final String GAP = "Gap: ";

    private static final int SHARED_PER_PAIR = 3;
    private static final int GAPS_PER_PAIR = 3;
    private static final int MAX_CATEGORIES = 10;

    private SkillsChart() {
    }

    static CategoryChart build(String title, Comparison comparison) {
        Map<String, String> categories = new LinkedHashMap<>(); // element id -> category label
        for (SkillOverlap pair : comparison.report().skillOverlaps()) {
            pair.sharedTop().stream().limit(SHARED_PER_PAIR).forEach(d -> add(categories, d.elementId(),
                    SHARED + d.name()));
        }
        for (SkillOverlap pair : comparison.report().skillOverlaps()) {
            pair.toLearnAToB().stream().limit(GAPS_PER_PAIR).forEach(g -> add(categories, g.elementId(),
                    GAP + g.name()));
        }
        if (categories.isEmpty()) {
            throw OccupationException.invalidInput("The skills chart needs a reference and at least one other"
                    + " occupation with O*NET skill ratings: add an occupation, or pick another chart kind.");
        }
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(title).xAxisTitle("").yAxisTitle("Importance (O*NET scale 1–5)").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(30).setYAxisMin(0.0).setYAxisMax(5.0);
        List<String> labels = new ArrayList<>(categories.values());
        int colour = 0;
        for (Occupation o : comparison.occupations()) {
            List<@Nullable Double> values = new ArrayList<>();
            for (String elementId : categories.keySet()) {
                values.add(importance(o, elementId));
            }
            if (values.stream().allMatch(v -> v == null)) {
                continue;
            }
            CategorySeries s = chart.addSeries(ChartStyle.shortTitle(o.title(), 40)
                    + (o.code().equals(comparison.report().reference()) ? " (reference)" : ""), labels, values);
            s.setFillColor(ChartStyle.colour(colour++));
        }
        return chart;
    }

    private static void add(Map<String, String> categories, String elementId, String label) {
        if (categories.size() < MAX_CATEGORIES) {
            categories.putIfAbsent(elementId, ChartStyle.shortTitle(label, 34));
        }
    }

    private static @Nullable Double importance(Occupation o, String elementId) {
        for (DescriptorKind kind : DescriptorKind.values()) {
            for (Descriptor d : o.descriptors(kind)) {
                if (d.elementId().equals(elementId) && d.importance().isPresent()) {
                    return d.importance().getAsDouble();
                }
            }
        }
        return null;
    }
}
