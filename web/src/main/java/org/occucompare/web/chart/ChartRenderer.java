package org.occucompare.web.chart;

import org.occucompare.web.compare.Comparison;

/**
 * One call from a comparison to chart bytes, for callers that must not see XChart (the JSON API, the command line).
 * Stateless and thread-safe.
 */
public final class ChartRenderer {
    private ChartRenderer() {
    }

    /**
     * Builds and encodes one chart.
     *
     * @param comparison the comparison, never null
     * @param kind what to draw, never null
     * @param format the file format, never null
     * @param scale the PNG scale factor (vector formats ignore it), 0.5 to 4
     * @return the encoded chart, never null
     * @throws org.occucompare.core.OccupationException {@code INVALID_INPUT} for a bad scale or a chart the
     *     comparison has no data for
     */
    public static byte[] render(Comparison comparison, ChartKind kind, ChartFormat format, double scale) {
        return ChartEncoder.encode(ChartFactory.create(comparison, kind), format, scale);
    }
}
