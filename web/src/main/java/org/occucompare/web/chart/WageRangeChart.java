package org.occucompare.web.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.occucompare.core.model.Percentile;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;

/**
 * Draws wage percentile ranges as horizontal box plots, one row per occupation and place: a thin whisker from the
 * 10th to the 90th percentile, a thick box from the 25th to the 75th, a diamond at the median. A percentile that
 * OEWS top-codes ("at least $239,200") is drawn at its bound with an open-ended dashed extension, a triangle mark in
 * the "top-coded" series and a "≥" label, so it never reads as an exact figure.
 */
final class WageRangeChart {
    /** Name of the series holding every median. */
    static final String MEDIAN = "Median";
    /** Name of the series holding every top-coded bound. */
    static final String TOP_CODED = "Top-coded: at least";
    /** Name of the series of 10th–90th whiskers shown in the legend. */
    static final String WHISKER = "10th–90th percentile";

    private static final BasicStroke BOX = new BasicStroke(16f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);

    private WageRangeChart() {
    }

    static XYChart build(String title, List<WageRow> rows) {
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle("Annual wage (US dollars)").yAxisTitle("").build();
        ChartStyle.apply(chart.getStyler());
        int n = rows.size();
        List<String> labels = rows.stream().map(WageRow::label).toList();
        // rows are labelled above their bars: XChart's numeric y ticks cannot be pinned to the rows
        chart.getStyler().setYAxisMin(0.4).setYAxisMax(n + 0.6).setYAxisTicksVisible(false)
                .setXAxisTickLabelsFormattingFunction(ChartStyle::usdThousands)
                .setXAxisMin(0.0).setMarkerSize(12);
        List<Double> medianX = new ArrayList<>();
        List<Double> medianY = new ArrayList<>();
        List<Double> capX = new ArrayList<>();
        List<Double> capY = new ArrayList<>();
        double maxX = 0;
        Set<Integer> groupsInLegend = new HashSet<>();
        boolean whiskerInLegend = false;
        List<double[]> labelsAt = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            WageRow row = rows.get(i);
            double y = n - i;
            if (row.estimate().isEmpty()) {
                labelsAt.add(new double[] {Double.NaN, y});
                continue;
            }
            WageEstimate e = row.estimate().get();
            OptionalDouble p10 = e.p10().lowerBound();
            OptionalDouble p25 = e.p25().lowerBound();
            OptionalDouble med = e.median().lowerBound();
            OptionalDouble p75 = e.p75().lowerBound();
            OptionalDouble p90 = e.p90().lowerBound();
            double low = p10.isPresent() ? p10.getAsDouble() : p25.orElse(med.orElse(0));
            double high = p90.isPresent() ? p90.getAsDouble() : p75.orElse(med.orElse(0));
            labelsAt.add(new double[] {(low + high) / 2, y});
            if (high > low) {
                XYSeries whisker = line(chart, whiskerInLegend ? "whisker " + i : WHISKER, low, high, y, ChartStyle.THIN, ChartStyle.MUTED);
                whisker.setLabel(WHISKER);
                whisker.setShowInLegend(!whiskerInLegend);
                whiskerInLegend = true;
            }
            if (p25.isPresent() && p75.isPresent()) {
                XYSeries box = line(chart, "box " + i, p25.getAsDouble(), p75.getAsDouble(), y, BOX,
                        ChartStyle.colour(row.group()));
                box.setLabel("25th–75th: " + row.groupName());
                box.setShowInLegend(groupsInLegend.add(row.group()));
            }
            if (med.isPresent() && !e.median().isTopCoded()) {
                medianX.add(med.getAsDouble());
                medianY.add(y);
            }
            for (Percentile p : Percentile.values()) {
                WageAmount amount = e.get(p);
                if (amount.isTopCoded()) {
                    double bound = amount.lowerBound().getAsDouble();
                    capX.add(bound);
                    capY.add(y);
                    line(chart, "beyond " + i + " " + p, bound, bound * 1.12, y, DASHED, ChartStyle.MUTED)
                            .setShowInLegend(false);
                    chart.addAnnotation(new AnnotationText("≥ " + ChartStyle.usd(bound), bound * 1.12, y + 0.3,
                            false));
                    maxX = Math.max(maxX, bound * 1.2);
                    break; // the higher percentiles are top-coded too: one mark per row
                }
            }
            maxX = Math.max(maxX, high);
        }
        if (!medianX.isEmpty()) {
            XYSeries medians = chart.addSeries(MEDIAN, medianX, medianY);
            medians.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            medians.setMarker(SeriesMarkers.DIAMOND).setMarkerColor(ChartStyle.INK);
        }
        if (!capX.isEmpty()) {
            XYSeries caps = chart.addSeries(TOP_CODED, capX, capY);
            caps.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            caps.setMarker(SeriesMarkers.TRIANGLE_UP).setMarkerColor(ChartStyle.INK);
        }
        if (chart.getSeriesCollection().isEmpty()) {
            // nothing published anywhere: an empty plot with the rows named, never a failure
            chart.addSeries("No OEWS wages published", new double[] {0}, new double[] {0.5})
                    .setMarker(SeriesMarkers.NONE).setShowInLegend(true);
        }
        double xMax = Math.max(maxX * 1.05, 10_000);
        chart.getStyler().setXAxisMax(xMax);
        for (int i = 0; i < n; i++) {
            double[] at = labelsAt.get(i);
            double x = Double.isNaN(at[0]) ? xMax / 2 : Math.max(at[0], xMax * 0.16);
            chart.addAnnotation(new AnnotationText(labels.get(i), x, at[1] + 0.36, false));
        }
        return chart;
    }

    private static XYSeries line(XYChart chart, String name, double from, double to, double y, BasicStroke stroke,
            Color colour) {
        XYSeries s = chart.addSeries(name, new double[] {from, to}, new double[] {y, y});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(stroke);
        s.setLineColor(colour);
        return s;
    }
}
