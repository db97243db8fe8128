package org.occucompare.web.store.row;

/** The O*NET rating file a {@link RatingRow} comes from. */
public enum RatingDomain {
    SKILL, KNOWLEDGE, ABILITY, INTEREST, WORK_VALUE
}
