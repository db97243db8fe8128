package org.occucompare.apiclient.internal;

/**
 * The 19 boolean query switches of "Get Occupation Details", in the documentation's order. Parameter names are case
 * sensitive upstream.
 */
public enum RequestSwitch {
    TRAINING("training"),
    INTEREST("interest"),
    VIDEOS("videos"),
    TASKS("tasks"),
    DWAS("dwas"),
    WAGES("wages"),
    ALTERNATE_ONET_TITLES("alternateOnetTitles"),
    PROJECTED_EMPLOYMENT("projectedEmployment"),
    OOH("ooh"),
    STATE_LMI_LINKS("stateLMILinks"),
    RELATED_ONET_TITLES("relatedOnetTitles"),
    SKILLS("skills"),
    KNOWLEDGE("knowledge"),
    ABILITY("ability"),
    TRAINING_PROGRAMS("trainingPrograms"),
    INDUSTRY_EMP_PATTERN("industryEmpPattern"),
    TOOLS_AND_TECHNOLOGY("toolsAndTechnology"),
    WORK_VALUES("workValues"),
    ENABLE_META_DATA("enableMetaData");

    private final String parameter;

    RequestSwitch(String parameter) {
        this.parameter = parameter;
    }

    /** The query parameter name, exactly as CareerOneStop spells it. */
    public String parameter() {
        return parameter;
    }
}
