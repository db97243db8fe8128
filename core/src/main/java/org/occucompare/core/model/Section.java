package org.occucompare.core.model;

/**
 * The parts of an occupation that a source can be asked for (CareerOneStop has one request switch for each). A part
 * that was not asked for is absent, which is not the same as "the source has no data". Immutable and thread-safe.
 */
public enum Section {
    /** Education and training: typical entry education, experience, on-the-job training, attainment. */
    TRAINING,
    /** O*NET occupational interests (RIASEC). */
    INTERESTS,
    /** Career videos. */
    VIDEOS,
    /** O*NET task statements. */
    TASKS,
    /** O*NET detailed work activities. */
    WORK_ACTIVITIES,
    /** OEWS wages. */
    WAGES,
    /** O*NET alternate titles. */
    ALTERNATE_TITLES,
    /** Employment projections, national and state. */
    PROJECTIONS,
    /** The link to the BLS Occupational Outlook Handbook. */
    OUTLOOK_HANDBOOK,
    /** Links to state labor market information offices. */
    STATE_LMI_LINKS,
    /** O*NET related occupations. */
    RELATED_OCCUPATIONS,
    /** O*NET skills. */
    SKILLS,
    /** O*NET knowledge areas. */
    KNOWLEDGE,
    /** O*NET abilities. */
    ABILITIES,
    /** Training programs (CIP), through the SOC–CIP crosswalk. */
    TRAINING_PROGRAMS,
    /** Employment by industry, from the BLS National Employment Matrix. */
    INDUSTRY_EMPLOYMENT,
    /** O*NET tools and technology. */
    TOOLS_AND_TECHNOLOGY,
    /** O*NET work values. */
    WORK_VALUES,
    /** Where the data came from: sources, vintages, citations. */
    METADATA
}
