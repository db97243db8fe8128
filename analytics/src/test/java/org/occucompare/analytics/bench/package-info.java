/**
 * JMH benchmarks of the analytics, run only with the Maven profile {@code bench}; never part of the default test run.
 * Figures are in docs/analytics.md under "Performance".
 */
@NullMarked
package org.occucompare.analytics.bench;

import org.jspecify.annotations.NullMarked;
