/**
 * Skill overlap between two occupations over O*NET skills, knowledge and abilities (importance and level): a
 * calibrated similarity score, the descriptors both need most, and the gap, what the second needs at a higher level
 * than the first, weighted by importance, as a "what to learn" list.
 */
@NullMarked
package org.occucompare.analytics.skills;

import org.jspecify.annotations.NullMarked;
