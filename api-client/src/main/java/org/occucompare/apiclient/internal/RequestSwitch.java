package org.occucompare.apiclient.internal;

import java.util.EnumSet;
import java.util.Set;
import org.occucompare.core.model.Section;

/**
 * The 19 boolean query switches of "Get Occupation Details", in the documentation's order, each with the model
 * {@link Section} it asks for. Parameter names are case sensitive upstream.
 */
public enum RequestSwitch {
    TRAINING("training", Section.TRAINING),
    INTEREST("interest", Section.INTERESTS),
    VIDEOS("videos", Section.VIDEOS),
    TASKS("tasks", Section.TASKS),
    DWAS("dwas", Section.WORK_ACTIVITIES),
    WAGES("wages", Section.WAGES),
    ALTERNATE_ONET_TITLES("alternateOnetTitles", Section.ALTERNATE_TITLES),
    PROJECTED_EMPLOYMENT("projectedEmployment", Section.PROJECTIONS),
    OOH("ooh", Section.OUTLOOK_HANDBOOK),
    STATE_LMI_LINKS("stateLMILinks", Section.STATE_LMI_LINKS),
    RELATED_ONET_TITLES("relatedOnetTitles", Section.RELATED_OCCUPATIONS),
    SKILLS("skills", Section.SKILLS),
    KNOWLEDGE("knowledge", Section.KNOWLEDGE),
    ABILITY("ability", Section.ABILITIES),
    TRAINING_PROGRAMS("trainingPrograms", Section.TRAINING_PROGRAMS),
    INDUSTRY_EMP_PATTERN("industryEmpPattern", Section.INDUSTRY_EMPLOYMENT),
    TOOLS_AND_TECHNOLOGY("toolsAndTechnology", Section.TOOLS_AND_TECHNOLOGY),
    WORK_VALUES("workValues", Section.WORK_VALUES),
    ENABLE_META_DATA("enableMetaData", Section.METADATA);

    private final String parameter;
    private final Section section;

    RequestSwitch(String parameter, Section section) {
        this.parameter = parameter;
        this.section = section;
    }

    /** The switch that asks for a section; every section has exactly one. */
    public static RequestSwitch of(Section section) {
        for (RequestSwitch s : values()) {
            if (s.section == section) {
                return s;
            }
        }
        throw new IllegalArgumentException("no switch asks for " + section);
    }

    /** The switches that ask for these sections. */
    public static Set<RequestSwitch> of(Set<Section> sections) {
        Set<RequestSwitch> switches = EnumSet.noneOf(RequestSwitch.class);
        sections.forEach(section -> switches.add(of(section)));
        return switches;
    }

    /** The model section this switch asks for. */
    public Section section() {
        return section;
    }

    /** The query parameter name, exactly as CareerOneStop spells it. */
    public String parameter() {
        return parameter;
    }
}
