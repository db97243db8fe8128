/**
 * OccuCompare's own metrics, offered through the metric-plugin SPI and found through analytics'
 * {@code META-INF/services} entry exactly as third-party plugins are: median wages, employment change, openings per
 * 100 jobs and job zone.
 */
@NullMarked
package org.occucompare.analytics.builtin;

import org.jspecify.annotations.NullMarked;
