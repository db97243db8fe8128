/**
 * Comparisons of occupations and places: wage percentile gaps, pay overlap, location ratios, projection growth,
 * education, skill overlap, similar occupations and the metric-plugin loader. Pure computation over
 * {@code org.occucompare.core.model} records: no I/O (except the plugin loader reading jars), no HTTP, no database,
 * and no NaN or infinite number in any result. Start at {@link org.occucompare.analytics.compare.ComparisonService}.
 */
@NullMarked
package org.occucompare.analytics;

import org.jspecify.annotations.NullMarked;
