/**
 * Pay overlap: the estimated share of one occupation's workers who earn more than another's median, read off a
 * monotone (Fritsch–Carlson) interpolation of the five published percentiles. Beyond the 10th and 90th percentiles,
 * and across top-coded or missing ones, the distribution is unknown, so the answer there is a range, not a point.
 */
@NullMarked
package org.occucompare.analytics.overlap;

import org.jspecify.annotations.NullMarked;
