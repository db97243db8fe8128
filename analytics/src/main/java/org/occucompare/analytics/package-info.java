/**
 * Comparisons of occupations and places: wage percentile gaps, projection growth, skill overlap, education. Pure
 * computation over {@code org.occucompare.core.model} records; no I/O, no HTTP, no database.
 */
@NullMarked
package org.occucompare.analytics;

import org.jspecify.annotations.NullMarked;
