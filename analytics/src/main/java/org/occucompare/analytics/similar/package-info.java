/**
 * Similar occupations over a whole dataset. {@link org.occucompare.analytics.similar.SimilarityIndex} precomputes,
 * once per dataset, a similarity for every pair of occupations from several signals (knowledge importance, all
 * descriptor importance, the words of tasks and work activities, titles), after which a
 * {@link org.occucompare.analytics.similar.SimilarityIndex#similar similar} call is a scan of one row.
 */
@NullMarked
package org.occucompare.analytics.similar;

import org.jspecify.annotations.NullMarked;
