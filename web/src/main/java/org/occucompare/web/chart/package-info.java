/**
 * Charts of a comparison, with XChart: {@link org.occucompare.web.chart.ChartFactory} builds a new chart per call
 * from a comparison (pure), {@link org.occucompare.web.chart.ChartEncoder} encodes it to PNG, SVG or PDF with the
 * caption of sources and vintages drawn under it and carried as metadata. The only package that sees XChart.
 */
@NullMarked
package org.occucompare.web.chart;

import org.jspecify.annotations.NullMarked;
