/**
 * The contract every occupation source fulfils: {@link org.occucompare.core.source.OccupationSource#fetch} looks many
 * occupations up at many places in one call and answers with a {@link org.occucompare.core.source.Lookup} of merged
 * occupations and {@link org.occucompare.core.source.Miss misses} with suggestions. User input becomes an
 * {@link org.occucompare.core.source.OccupationKey} in one parser. Implementations are the CareerOneStop client, the
 * local store and the cache in front of either.
 */
@NullMarked
package org.occucompare.core.source;

import org.jspecify.annotations.NullMarked;
