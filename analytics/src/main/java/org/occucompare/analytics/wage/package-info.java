/**
 * Wage percentile gaps and spreads from OEWS estimates. Annual and hourly figures are kept apart and never converted;
 * a top-coded figure turns a gap into a bound, a missing one makes it unknown with the reason, and two occupations
 * that show the same SOC group's wages get a gap of 0 marked as shared, not as equal pay.
 */
@NullMarked
package org.occucompare.analytics.wage;

import org.jspecify.annotations.NullMarked;
