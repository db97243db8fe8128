/**
 * The OccuCompare domain model: occupation codes, places, wages, projections, O*NET descriptors and the
 * {@link org.occucompare.core.model.Occupation} aggregate that holds a complete CareerOneStop occupation profile.
 * Every type is an immutable, thread-safe record or enum; nothing is null (absence is an {@code Optional}, an empty
 * collection or a {@link org.occucompare.core.model.WageAmount.Missing} with its reason). Invalid values are
 * rejected with an {@link org.occucompare.core.OccupationException} of kind {@code INVALID_INPUT}.
 */
@NullMarked
package org.occucompare.core.model;

import org.jspecify.annotations.NullMarked;
