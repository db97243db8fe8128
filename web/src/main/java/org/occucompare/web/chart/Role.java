package org.occucompare.web.chart;

/**
 * What a part of a chart is, so that the painter stacks the parts right and tests can ask layout questions of them
 * ("does a label cover a data mark?"). Parts are painted in the order of these constants.
 */
enum Role {
    /** The white page. */
    BACKGROUND,
    /** A grid line or a row's guide line. */
    GRID,
    /** An axis line or a zero line. */
    AXIS,
    /** A mark that stands for a figure: a bar, box, whisker, stem or marker. */
    DATA,
    /** A boundary drawn over the data marks, such as the state borders over the metro map's areas. */
    BORDER,
    /** The little sample of a mark in the legend. */
    LEGEND_KEY,
    /** The chart's title. */
    TITLE,
    /** The heading of a group of rows (a place, an occupation, "Shared strengths"). */
    GROUP_TITLE,
    /** The label of a row, in the margin left of the plot. */
    ROW_LABEL,
    /** A remark on a row, in the margin right of the plot, or in an empty row ("no wages published"). */
    ANNOTATION,
    /** A tick label of an axis. */
    TICK_LABEL,
    /** An axis title, with its unit. */
    AXIS_TITLE,
    /** The text of a legend entry. */
    LEGEND_TEXT,
    /** The caption: sources with vintages, how to read the marks, notes. */
    CAPTION
}
