package org.occucompare.web.importer;

/** The kinds of official file the importer reads, with the publisher's name for each. */
public enum FileKind {
    ONET_OCCUPATION_DATA(Family.ONET, "Occupation Data"),
    ONET_ALTERNATE_TITLES(Family.ONET, "Alternate Titles"),
    ONET_TASK_STATEMENTS(Family.ONET, "Task Statements"),
    ONET_TASKS_TO_DWAS(Family.ONET, "Tasks to DWAs"),
    ONET_DWA_REFERENCE(Family.ONET, "DWA Reference"),
    ONET_SKILLS(Family.ONET, "Skills"),
    ONET_KNOWLEDGE(Family.ONET, "Knowledge"),
    ONET_ABILITIES(Family.ONET, "Abilities"),
    ONET_INTERESTS(Family.ONET, "Interests"),
    ONET_WORK_VALUES(Family.ONET, "Work Values"),
    ONET_EDUCATION(Family.ONET, "Education, Training, and Experience"),
    ONET_EDUCATION_CATEGORIES(Family.ONET, "Education, Training, and Experience Categories"),
    ONET_JOB_ZONES(Family.ONET, "Job Zones"),
    ONET_RELATED_OCCUPATIONS(Family.ONET, "Related Occupations"),
    ONET_TECHNOLOGY_SKILLS(Family.ONET, "Technology Skills"),
    ONET_TOOLS_USED(Family.ONET, "Tools Used"),
    ONET_CONTENT_MODEL(Family.ONET, "Content Model Reference"),
    ONET_SCALES(Family.ONET, "Scales Reference"),
    OEWS_WAGES(Family.OEWS, "OEWS wage estimates"),
    OEWS_WAGES_JSON(Family.OEWS, "OEWS wage estimates as JSON"),
    OEWS_AREA_LIST(Family.OEWS, "OEWS area list (metros-index.json)"),
    EP_OCCUPATION(Family.EMPLOYMENT_PROJECTIONS, "Employment Projections occupation.xlsx (tables 1.2, 1.10)"),
    EP_EDUCATION(Family.EMPLOYMENT_PROJECTIONS, "Employment Projections education.xlsx (tables 5.3, 5.4)"),
    STATE_PROJECTIONS(Family.STATE_PROJECTIONS, "Projections Central state long-term projections");

    /** The publisher and data set a kind belongs to; the importer keeps one data source per family. */
    public enum Family {
        ONET, OEWS, EMPLOYMENT_PROJECTIONS, STATE_PROJECTIONS
    }

    /** What the importer accepts, for the message that refuses an unknown file. */
    public static final String ACCEPTED = "the O*NET database as a directory or the official zip, text (.txt) or"
            + " Excel (.xlsx) edition (Occupation Data, Task Statements, Tasks to DWAs, DWA Reference, Skills,"
            + " Knowledge, Abilities, Interests, Work Values, Education, Training, and Experience (+ Categories), Job"
            + " Zones, Alternate Titles, Related Occupations, Technology Skills, Tools Used, Content Model Reference,"
            + " Scales Reference); OEWS wage files (national, state, MSA or all-data, .xlsx or .csv, e.g."
            + " national_M2024_dl.xlsx, and their JSON re-encodings: national.json, states/{FIPS}.json, nonmetro and metros/{CBSA}.json, the area list metros-index.json); BLS Employment Projections occupation.xlsx (table 1.2, 1.10) and"
            + " education.xlsx (tables 5.3, 5.4); Projections Central state long-term projections CSV (Title, Base,"
            + " Projected, PercentChange, AvgAnnualOpenings, STFIPS, OccCode) with --projection-years YYYY-YYYY";

    private final Family family;
    private final String publisherName;

    FileKind(Family family, String publisherName) {
        this.family = family;
        this.publisherName = publisherName;
    }

    /** The data set this kind belongs to. */
    public Family family() {
        return family;
    }

    /** The publisher's name for the file, such as "Task Statements". */
    public String publisherName() {
        return publisherName;
    }
}
