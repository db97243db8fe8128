/**
 * The contract every occupation source fulfils: {@link org.occucompare.core.source.OccupationSource} finds one
 * occupation by {@link org.occucompare.core.source.OccupationKey} (O*NET code or exact title) for a place, and
 * searches by words. Implementations are the CareerOneStop client, the bundled sample and the cache.
 */
@NullMarked
package org.occucompare.core.source;

import org.jspecify.annotations.NullMarked;
