package org.occucompare.core.model;

/** The programs and services OccuCompare's data comes from. Immutable and thread-safe. */
public enum SourceKind {
    /** O*NET, the Occupational Information Network (U.S. Department of Labor). */
    ONET("O*NET"),
    /** BLS Occupational Employment and Wage Statistics. */
    OEWS("BLS Occupational Employment and Wage Statistics"),
    /** BLS Employment Projections (national). */
    EMPLOYMENT_PROJECTIONS("BLS Employment Projections"),
    /** State long-term projections (Projections Central). */
    STATE_PROJECTIONS("State long-term projections (Projections Central)"),
    /** The CareerOneStop web API (U.S. Department of Labor). */
    CAREERONESTOP("CareerOneStop");

    private final String displayName;

    SourceKind(String displayName) {
        this.displayName = displayName;
    }

    /** {@return the name for users, for example {@code O*NET}; never null} */
    public String displayName() {
        return displayName;
    }
}
