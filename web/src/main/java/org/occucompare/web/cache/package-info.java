/**
 * Work done once per dataset: rendered comparisons, charts, exports and pages kept in a bounded in-memory cache,
 * keyed by the whole normalised request, the dataset version, the plugin set and the day, and answered with an
 * entity tag (304 when the client holds it). Answers built from live CareerOneStop data keep that data's freshness.
 */
@NullMarked
package org.occucompare.web.cache;

import org.jspecify.annotations.NullMarked;
