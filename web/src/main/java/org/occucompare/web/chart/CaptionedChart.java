package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart with what travels with it: the caption line (sources, vintages, app version) drawn under the plot, and a
 * description carried as metadata. Not thread-safe (XChart charts are mutable); build one per use.
 *
 * @param chart the XChart chart, never null
 * @param kind what it shows, never null
 * @param title its title, never null
 * @param caption the caption, one entry per printed line, never null
 * @param description a plain-text description for metadata and screen readers, never null
 */
public record CaptionedChart(Chart<?, ?> chart, ChartKind kind, String title, List<String> caption,
        String description) {
    /** Rejects null and copies. */
    public CaptionedChart {
        requireNonNull(chart, "chart is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(title, "title is null");
        caption = List.copyOf(requireNonNull(caption, "caption is null"));
        requireNonNull(description, "description is null");
    }

    /** The caption as one line of text; never null. */
    public String captionText() {
        return String.join(" ", caption);
    }
}
