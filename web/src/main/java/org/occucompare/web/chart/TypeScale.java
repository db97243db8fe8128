package org.occucompare.web.chart;

/**
 * The type sizes of a chart, in points at its printed size. Journals ask for 7 to 9 pt in the printed figure, so the
 * column widths get exactly that; the screen width gets a web page's sizes (14 px text at 96 dpi), and widths between
 * are interpolated. Immutable.
 *
 * @param title the chart title
 * @param heading axis titles and group headings
 * @param body labels, ticks, legend and annotations
 * @param caption the caption under the chart
 */
record TypeScale(double title, double heading, double body, double caption) {
    /** The smallest size any text may have at a print width. */
    static final double MIN_PRINT_PT = 7;

    private static final double[] WIDTHS_MM = {89, 183, FigureSize.screen().widthMm()};
    private static final TypeScale[] SCALES = {
        new TypeScale(8.5, 7.5, 7, 7),
        new TypeScale(9, 8.5, 8, 7.5),
        new TypeScale(15, 12, 10.5, 9.75)};

    /**
     * The sizes for a width: the single-column sizes below 89 mm, interpolated up to the screen width, proportional
     * beyond it (a poster).
     *
     * @param widthMm the printed width in millimetres
     * @return the sizes, never null
     */
    static TypeScale forWidth(double widthMm) {
        if (widthMm <= WIDTHS_MM[0]) {
            return SCALES[0];
        }
        int last = WIDTHS_MM.length - 1;
        if (widthMm >= WIDTHS_MM[last]) {
            return SCALES[last].times(widthMm / WIDTHS_MM[last]);
        }
        int i = 1;
        while (widthMm > WIDTHS_MM[i]) {
            i++;
        }
        double t = (widthMm - WIDTHS_MM[i - 1]) / (WIDTHS_MM[i] - WIDTHS_MM[i - 1]);
        TypeScale a = SCALES[i - 1];
        TypeScale b = SCALES[i];
        return new TypeScale(mix(a.title, b.title, t), mix(a.heading, b.heading, t), mix(a.body, b.body, t),
                mix(a.caption, b.caption, t));
    }

    private TypeScale times(double f) {
        return new TypeScale(title * f, heading * f, body * f, caption * f);
    }

    private static double mix(double a, double b, double t) {
        return Math.round((a + (b - a) * t) * 4) / 4.0; // quarter points, so nearby widths share sizes
    }
}
