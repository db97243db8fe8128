package org.occucompare.web.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.occucompare.analytics.growth.GrowthFigures;
import org.occucompare.analytics.growth.GrowthTable;
import org.occucompare.core.OccupationException;
import org.occucompare.web.compare.Comparison;

/**
 * Projected employment change (bars, percent, left axis) and annual openings (diamonds, jobs a year, right axis) per
 * occupation, one colour per place and projection round. A figure that is not published is left out, never drawn
 * as zero.
 */
final class GrowthChart {
    private GrowthChart() {
    }

    static CategoryChart build(String title, Comparison comparison) {
        List<String> categories = comparison.occupations().stream()
                .map(o -> ChartStyle.shortTitle(o.title(), 28)).toList();
        Map<String, List<@Nullable Double>> change = new LinkedHashMap<>();
        Map<String, List<@Nullable Double>> openings = new LinkedHashMap<>();
        List<GrowthTable> tables = comparison.report().growth();
        for (int i = 0; i < comparison.occupations().size(); i++) {
            var code = comparison.occupations().get(i).code();
            for (GrowthTable table : tables) {
                if (!table.code().equals(code)) {
                    continue;
                }
                for (GrowthFigures f : table.rows()) {
                    String key = f.area().key() + " " + f.roundLabel();
                    int at = i;
                    f.changePct().ifPresent(v -> slot(change, key, categories.size()).set(at, v));
                    f.annualOpenings().ifPresent(v -> slot(openings, key, categories.size()).set(at, (double) v));
                }
            }
        }
        if (change.isEmpty() && openings.isEmpty()) {
            throw OccupationException.invalidInput("None of these occupations has employment projections, so there"
                    + " is no growth chart: pick occupations or places with projections, or another chart kind.");
        }
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(title).xAxisTitle("").yAxisTitle("Projected employment change (%)").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(categories.size() > 4 ? 30 : 0)
                .setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        chart.setYAxisGroupTitle(1, "Annual openings (jobs a year)");
        chart.getStyler().setMarkerSize(14);
        chart.getStyler().setYAxisDecimalPattern("#,##0.#");
        int colour = 0;
        for (Map.Entry<String, List<@Nullable Double>> e : change.entrySet()) {
            CategorySeries s = chart.addSeries("Change %, " + e.getKey(), categories, e.getValue());
            s.setFillColor(ChartStyle.colour(colour++));
        }
        colour = 0;
        for (Map.Entry<String, List<@Nullable Double>> e : openings.entrySet()) {
            CategorySeries s = chart.addSeries("Openings a year, " + e.getKey(), categories, e.getValue());
            s.setLabel("Openings/yr, " + e.getKey());
            s.setYAxisDecimalPattern("#,##0");
            s.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
            s.setYAxisGroup(1);
            s.setMarker(SeriesMarkers.DIAMOND).setMarkerColor(ChartStyle.colour(colour++).darker());
        }
        return chart;
    }

    private static List<@Nullable Double> slot(Map<String, List<@Nullable Double>> series, String key, int size) {
        return series.computeIfAbsent(key, k -> {
            List<@Nullable Double> values = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                values.add(null);
            }
            return values;
        });
    }
}
