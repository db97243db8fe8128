package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

/** One call from a map's figures to chart bytes, for the JSON API and the pages. Stateless and thread-safe. */
public final class MapRenderer {
    private MapRenderer() {
    }

    /**
     * Lays out and encodes a map: the state map, or the metro map.
     *
     * @param map the figures, never null
     * @param format the file format, never null
     * @param size the printed size and PNG resolution, never null
     * @return the encoded map, never null
     * @throws org.occucompare.core.OccupationException {@code INVALID_INPUT} for a PNG of too many pixels
     */
    public static byte[] render(PlaceMap map, ChartFormat format, FigureSize size) {
        requireNonNull(map, "map is null");
        Figure figure = map instanceof AreaMap areas ? MapChart.figure(areas, size)
                : MapChart.figure((StateMap) map, size);
        return ChartEncoder.encode(figure, format);
    }
}
