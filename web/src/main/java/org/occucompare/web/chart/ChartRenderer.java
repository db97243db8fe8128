package org.occucompare.web.chart;

import org.occucompare.web.compare.Comparison;

/**
 * One call from a comparison to chart bytes, for the JSON API and the command line. Stateless and thread-safe.
 */
public final class ChartRenderer {
    private ChartRenderer() {
    }

    /**
     * Builds, lays out and encodes one chart.
     *
     * @param comparison the comparison, never null
     * @param kind what to draw, never null
     * @param format the file format, never null
     * @param size the printed size and PNG resolution, never null
     * @return the encoded chart, never null
     * @throws org.occucompare.core.OccupationException {@code INVALID_INPUT} for a chart the comparison has no
     *     data for, or a PNG of too many pixels
     */
    public static byte[] render(Comparison comparison, ChartKind kind, ChartFormat format, FigureSize size) {
        return ChartEncoder.encode(ChartFactory.create(comparison, kind, size), format);
    }
}
