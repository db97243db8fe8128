package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.awt.Color;

/**
 * How one series looks: a colour of the Okabe–Ito palette and a marker shape, both chosen by the series' index in
 * the comparison (the place's position in the query, the occupation's in the skills chart), so a place keeps both
 * in every chart of a comparison and stays distinct in greyscale print. A reference series the user did not ask for
 * is grey with a hollow disc, outside the palette, so it shifts no one's colour.
 *
 * @param colour the fill colour, never null
 * @param marker the marker shape, never null
 * @param hollow whether the marker is drawn as an outline only
 */
record SeriesStyle(Color colour, Marker marker, boolean hollow) {
    /** Okabe & Ito (2008), without black, which stays for marks such as the median. */
    static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442)};
    /** The style of a reference series nobody asked for, such as the nation beside the states asked for. */
    static final SeriesStyle REFERENCE = new SeriesStyle(new Color(0x8C8C8C), Marker.CIRCLE, true);
    /** The style of the reference occupation in the skills chart: ink, so the others keep the palette. */
    static final SeriesStyle INK = new SeriesStyle(ChartStyle.INK, Marker.CIRCLE, false);

    SeriesStyle {
        requireNonNull(colour, "colour is null");
        requireNonNull(marker, "marker is null");
    }

    /**
     * The style of the series at an index.
     *
     * @param index 0 or more
     * @return the style, never null
     */
    static SeriesStyle of(int index) {
        Marker[] markers = Marker.values();
        return new SeriesStyle(PALETTE[index % PALETTE.length], markers[index % markers.length], false);
    }

    /** Whether the colour is light enough (the palette's yellow) to need an outline on white. */
    boolean isLight() {
        double luminance = (0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue()) / 255;
        return luminance > 0.75;
    }

    /** A darker shade of the colour, for outlines that keep light colours (yellow) visible on white. */
    Color outline() {
        return hollow ? colour : colour.darker();
    }
}
