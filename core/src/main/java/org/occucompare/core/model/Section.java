package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.occucompare.core.OccupationException;

/**
 * The parts of an occupation that a source can be asked for (CareerOneStop has one request switch for each). A part
 * that was not asked for is absent, which is not the same as "the source has no data". Each has an {@link #id()}
 * such as {@code work-values}, the name people give it in {@code --sections} and {@code ?sections=}. Immutable and
 * thread-safe.
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
    /** The links to the BLS Occupational Outlook Handbook. */
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
    /** Where the data came from: sources, vintages, citations. Always asked for with any other section. */
    METADATA;

    /** {@return the name people use for this section, such as {@code work-values}; never null} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return every section, the default when nobody chose; never null, a new modifiable set} */
    public static Set<Section> all() {
        return EnumSet.allOf(Section.class);
    }

    /**
     * Reads a comma-separated list of section ids, such as {@code wages,skills,work-values}, case-insensitively;
     * {@code all} stands for every section. {@link #METADATA} is always added: every answer says where it came from.
     *
     * @param list the ids, never null
     * @return the sections, with {@link #METADATA}, never null or empty; unmodifiable
     * @throws OccupationException {@code INVALID_INPUT} naming an unknown id and every accepted one, or for an empty
     *     list
     */
    public static Set<Section> parseList(String list) {
        requireNonNull(list, "list is null");
        Set<Section> sections = EnumSet.of(METADATA);
        for (String raw : list.split(",")) {
            String id = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            if (id.isEmpty()) {
                continue;
            }
            if (id.equals("all")) {
                sections.addAll(all());
                continue;
            }
            sections.add(Stream.of(values()).filter(s -> s.id().equals(id)).findFirst().orElseThrow(() ->
                    OccupationException.invalidInput(Checks.quote(raw.strip()) + " is not a section: use "
                            + "all or a comma-separated list of " + ids() + ".")));
        }
        if (sections.size() == 1) {
            throw OccupationException.invalidInput("No section given: use all or a comma-separated list of "
                    + ids() + ".");
        }
        return Collections.unmodifiableSet(sections);
    }

    /** {@return the ids of every section, comma-separated, for messages and help; never null} */
    public static String ids() {
        return Stream.of(values()).map(Section::id).collect(Collectors.joining(","));
    }
}
