/**
 * The entry point for callers such as the web layer: {@link org.occucompare.analytics.compare.ComparisonService}
 * takes occupations and places and returns a {@link org.occucompare.analytics.compare.ComparisonReport} with every
 * analysis and every registered metric, built-in and plugin.
 */
@NullMarked
package org.occucompare.analytics.compare;

import org.jspecify.annotations.NullMarked;
