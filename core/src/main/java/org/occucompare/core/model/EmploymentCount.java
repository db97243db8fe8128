package org.occucompare.core.model;

/** What a projection's employment figures count. Immutable and thread-safe. */
public enum EmploymentCount {
    /** BLS national projections: all jobs, including self-employment and second jobs. */
    ALL_JOBS("all jobs (BLS national projections)"),
    /** State long-term projections: primary jobs. */
    PRIMARY_JOBS("primary jobs (state long-term projections)");

    private final String description;

    EmploymentCount(String description) {
        this.description = description;
    }

    /** {@return a short phrase for users, for example {@code all jobs (BLS national projections)}; never null} */
    public String description() {
        return description;
    }
}
