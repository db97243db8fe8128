/**
 * Places compared with the nation: each place's wage percentiles as ratios to the national ones, ranked by the
 * median ratio, with the places that have no published figure listed as such.
 */
@NullMarked
package org.occucompare.analytics.location;

import org.jspecify.annotations.NullMarked;
