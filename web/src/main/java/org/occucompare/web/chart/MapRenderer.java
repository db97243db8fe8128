package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

/** One call from a state map's figures to chart bytes, for the JSON API and the pages. Stateless and thread-safe. */
public final class MapRenderer {
    private MapRenderer() {
    }

    /**
     * Lays out and encodes the state map.
     *
     * @param map the figures, never null
     * @param format the file format, never null
     * @param size the printed size and PNG resolution, never null
     * @return the encoded map, never null
     * @throws org.occucompare.core.OccupationException {@code INVALID_INPUT} for a PNG of too many pixels
     */
    public static byte[] render(StateMap map, ChartFormat format, FigureSize size) {
        requireNonNull(map, "map is null");
        return ChartEncoder.encode(MapChart.figure(map, size), format);
    }
}
