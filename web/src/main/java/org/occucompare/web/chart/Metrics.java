package org.occucompare.web.chart;

/**
 * The lengths of a chart's layout, in points, all proportional to its body type so that a chart keeps its
 * proportions from a journal column to a screen. Immutable.
 *
 * @param type the type sizes, never null
 * @param pad the margin around the page
 * @param gap the space between stacked parts (title, legend, plot, caption)
 * @param columnGap the space between the label column, the panels and the annotation column
 * @param lanePitch the height of one lane of marks in a row
 * @param rowGap the space added to each row
 * @param marker the width of a marker
 * @param box the height of a wage box
 * @param hairline the width of grid lines and outlines
 * @param stem the width of stems and whiskers
 * @param tick the length of a tick mark
 */
record Metrics(TypeScale type, double pad, double gap, double columnGap, double lanePitch, double rowGap,
        double marker, double box, float hairline, float stem, double tick) {

    /**
     * The lengths for a figure size.
     *
     * @param size the printed size, never null
     * @return the lengths, never null
     */
    static Metrics of(FigureSize size) {
        TypeScale type = TypeScale.forWidth(size.widthMm());
        double b = type.body();
        double lane = 1.3 * b;
        return new Metrics(type, 0.9 * b, 0.6 * b, 0.8 * b, lane, 0.45 * b, 0.8 * b, 0.72 * lane,
                (float) Math.max(0.25, 0.05 * b), (float) (0.12 * b), 0.35 * b);
    }
}
