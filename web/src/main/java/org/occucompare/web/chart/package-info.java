/**
 * Charts of a comparison, laid out and drawn here: each chart kind turns a comparison into a {@code RowChart} (rows
 * of marks across panels with value axes), which lays itself out at a {@link org.occucompare.web.chart.FigureSize}
 * into a {@code Scene} of boxes (title, legend, labels, marks, caption) that the painter draws onto PNG, SVG or
 * PDF with real text, and that tests inspect. {@link org.occucompare.web.chart.ChartRenderer} is the one entry
 * point for the API and the command line.
 */
@NullMarked
package org.occucompare.web.chart;

import org.jspecify.annotations.NullMarked;
