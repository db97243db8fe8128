package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.occucompare.core.OccupationException;

/**
 * Everything known about one O*NET occupation for one place: the aggregate a source returns. Sections the source was
 * not asked for are empty and absent from {@link #requestedSections()}; an empty section that <em>was</em> requested
 * means the source has no data for it. Sources build it step by step from {@link #minimal(OccupationCode, String,
 * Retrieval)} with the {@code withX} copies. Immutable and thread-safe.
 *
 * @param code the O*NET-SOC code, never null
 * @param title the O*NET title, never null or blank
 * @param description the O*NET description, never null; may be empty
 * @param soc the SOC occupation this O*NET occupation belongs to, or empty; never null
 * @param brightOutlook O*NET's Bright Outlook flag, or empty; never null
 * @param alternateTitles alternate titles, never null
 * @param relatedOccupations related occupations, never null
 * @param tasks task statements, never null
 * @param workActivities detailed work activities, never null
 * @param toolsAndTechnology tool and technology categories, never null
 * @param interests RIASEC interests, never null
 * @param workValues work values, never null
 * @param skills skills, all of kind {@link DescriptorKind#SKILL}, never null
 * @param knowledge knowledge areas, all of kind {@link DescriptorKind#KNOWLEDGE}, never null
 * @param abilities abilities, all of kind {@link DescriptorKind#ABILITY}, never null
 * @param education education and training, or empty; never null
 * @param wages OEWS wages, or empty; never null
 * @param projections employment projections, or empty; never null
 * @param resources links and extras, never null ({@link Resources#NONE} for none)
 * @param requestedSections the sections the source was asked for, iterated in {@link Section} order; never null
 * @param provenance where each section came from, iterated in {@link Section} order; never null
 * @param retrieval how and when this record was obtained, never null
 */
public record Occupation(OccupationCode code, String title, String description, Optional<SocReference> soc,
        Optional<BrightOutlook> brightOutlook, List<String> alternateTitles, List<RelatedOccupation> relatedOccupations,
        List<Task> tasks, List<WorkActivity> workActivities, List<TechnologyCategory> toolsAndTechnology,
        List<Interest> interests, List<WorkValue> workValues, List<Descriptor> skills, List<Descriptor> knowledge,
        List<Descriptor> abilities, Optional<EducationTraining> education, Optional<Wages> wages,
        Optional<Projections> projections, Resources resources, Set<Section> requestedSections,
        Map<Section, Provenance> provenance, Retrieval retrieval) {

    /**
     * Validates and copies every component (lists, sets and maps become unmodifiable).
     *
     * @throws OccupationException {@code INVALID_INPUT} if the title is blank or a descriptor list holds a descriptor
     *     of another kind
     */
    public Occupation {
        requireNonNull(code, "code is null");
        title = Checks.nonBlank(title, "title");
        requireNonNull(description, "description is null");
        requireNonNull(soc, "soc is null");
        requireNonNull(brightOutlook, "brightOutlook is null");
        alternateTitles = List.copyOf(requireNonNull(alternateTitles, "alternateTitles is null"));
        relatedOccupations = List.copyOf(requireNonNull(relatedOccupations, "relatedOccupations is null"));
        tasks = List.copyOf(requireNonNull(tasks, "tasks is null"));
        workActivities = List.copyOf(requireNonNull(workActivities, "workActivities is null"));
        toolsAndTechnology = List.copyOf(requireNonNull(toolsAndTechnology, "toolsAndTechnology is null"));
        interests = List.copyOf(requireNonNull(interests, "interests is null"));
        workValues = List.copyOf(requireNonNull(workValues, "workValues is null"));
        skills = Descriptor.copyOfKind(skills, DescriptorKind.SKILL, "skills");
        knowledge = Descriptor.copyOfKind(knowledge, DescriptorKind.KNOWLEDGE, "knowledge");
        abilities = Descriptor.copyOfKind(abilities, DescriptorKind.ABILITY, "abilities");
        requireNonNull(education, "education is null");
        requireNonNull(wages, "wages is null");
        requireNonNull(projections, "projections is null");
        requireNonNull(resources, "resources is null");
        requestedSections = copyOf(requireNonNull(requestedSections, "requestedSections is null"));
        provenance = copyOf(requireNonNull(provenance, "provenance is null"));
        requireNonNull(retrieval, "retrieval is null");
    }

    /**
     * An occupation with only a code and title: every section empty, nothing requested, no provenance.
     *
     * @param code the O*NET-SOC code, never null
     * @param title the O*NET title, never null or blank
     * @param retrieval how and when the record was obtained, never null
     * @return the occupation, never null
     */
    public static Occupation minimal(OccupationCode code, String title, Retrieval retrieval) {
        return new Occupation(code, title, "", Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Resources.NONE, Set.of(), Map.of(), retrieval);
    }

    /**
     * Tells whether the source was asked for a section; if not, an empty section says nothing about the data.
     *
     * @param section the section, never null
     * @return true if {@code section} is in {@link #requestedSections()}
     */
    public boolean isRequested(Section section) {
        return requestedSections.contains(requireNonNull(section, "section is null"));
    }

    /**
     * Where a section came from.
     *
     * @param section the section, never null
     * @return its provenance, or empty if none was recorded; never null
     */
    public Optional<Provenance> provenance(Section section) {
        return Optional.ofNullable(provenance.get(requireNonNull(section, "section is null")));
    }

    /**
     * The skills, knowledge areas or abilities.
     *
     * @param kind which list, never null
     * @return {@link #skills()}, {@link #knowledge()} or {@link #abilities()}, never null
     */
    public List<Descriptor> descriptors(DescriptorKind kind) {
        // if-chain, not a switch: a switch on another class's enum compiles to a synthetic non-record class
        requireNonNull(kind, "kind is null");
        if (kind == DescriptorKind.SKILL) {
            return skills;
        }
        return kind == DescriptorKind.KNOWLEDGE ? knowledge : abilities;
    }

    /**
     * A copy with another {@code description}, validated as by the constructor.
     *
     * @param description the O*NET description, never null
     * @return the copy, never null
     */
    public Occupation withDescription(String description) {
        return new Occupation(code, title, requireNonNull(description, "description is null"), soc, brightOutlook,
                alternateTitles, relatedOccupations, tasks, workActivities, toolsAndTechnology, interests, workValues,
                skills, knowledge, abilities, education, wages, projections, resources, requestedSections, provenance,
                retrieval);
    }

    /**
     * A copy with another {@code soc}, validated as by the constructor.
     *
     * @param soc the SOC occupation, never null
     * @return the copy, never null
     */
    public Occupation withSoc(SocReference soc) {
        return new Occupation(code, title, description, Optional.of(requireNonNull(soc, "soc is null")), brightOutlook,
                alternateTitles, relatedOccupations, tasks, workActivities, toolsAndTechnology, interests, workValues,
                skills, knowledge, abilities, education, wages, projections, resources, requestedSections, provenance,
                retrieval);
    }

    /**
     * A copy with another {@code brightOutlook}, validated as by the constructor.
     *
     * @param brightOutlook the Bright Outlook flag, never null
     * @return the copy, never null
     */
    public Occupation withBrightOutlook(BrightOutlook brightOutlook) {
        return new Occupation(code, title, description, soc,
                Optional.of(requireNonNull(brightOutlook, "brightOutlook is null")), alternateTitles,
                relatedOccupations, tasks, workActivities, toolsAndTechnology, interests, workValues, skills, knowledge,
                abilities, education, wages, projections, resources, requestedSections, provenance, retrieval);
    }

    /**
     * A copy with another {@code alternateTitles}, validated as by the constructor.
     *
     * @param alternateTitles the alternate titles, never null
     * @return the copy, never null
     */
    public Occupation withAlternateTitles(List<String> alternateTitles) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, projections, resources, requestedSections, provenance, retrieval);
    }

    /**
     * A copy with another {@code relatedOccupations}, validated as by the constructor.
     *
     * @param relatedOccupations the related occupations, never null
     * @return the copy, never null
     */
    public Occupation withRelatedOccupations(List<RelatedOccupation> relatedOccupations) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, projections, resources, requestedSections, provenance, retrieval);
    }

    /**
     * A copy with another {@code tasks}, validated as by the constructor.
     *
     * @param tasks the tasks, never null
     * @return the copy, never null
     */
    public Occupation withTasks(List<Task> tasks) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, projections, resources, requestedSections, provenance, retrieval);
    }

    /**
     * A copy with another {@code workActivities}, validated as by the constructor.
     *
     * @param workActivities the detailed work activities, never null
     * @return the copy, never null
     */
    public Occupation withWorkActivities(List<WorkActivity> workActivities) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, projections, resources, requestedSections, provenance, retrieval);
    }

    /**
     * A copy with another {@code toolsAndTechnology}, validated as by the constructor.
     *
     * @param toolsAndTechnology the tool and technology categories, never null
     * @return the copy, never null
     */
    public Occupation withToolsAndTechnology(List<TechnologyCategory> toolsAndTechnology) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, projections, resources, requestedSections, provenance, retrieval);
    }

    /**
     * A copy with another {@code interests}, validated as by the constructor.
     *
     * @param interests the interests, never null
     * @return the copy, never null
     */
    public Occupation withInterests(List<Interest> interests) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, projections, resources, requestedSections, provenance, retrieval);
    }

    /**
     * A copy with another {@code workValues}, validated as by the constructor.
     *
     * @param workValues the work values, never null
     * @return the copy, never null
     */
    public Occupation withWorkValues(List<WorkValue> workValues) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, projections, resources, requestedSections, provenance, retrieval);
    }

    /**
     * A copy with another {@code skills}, validated as by the constructor.
     *
     * @param skills the skills, all of kind {@link DescriptorKind#SKILL}, never null
     * @return the copy, never null
     */
    public Occupation withSkills(List<Descriptor> skills) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, projections, resources, requestedSections, provenance, retrieval);
    }

    /**
     * A copy with another {@code knowledge}, validated as by the constructor.
     *
     * @param knowledge the knowledge areas, all of kind {@link DescriptorKind#KNOWLEDGE}, never null
     * @return the copy, never null
     */
    public Occupation withKnowledge(List<Descriptor> knowledge) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, projections, resources, requestedSections, provenance, retrieval);
    }

    /**
     * A copy with another {@code abilities}, validated as by the constructor.
     *
     * @param abilities the abilities, all of kind {@link DescriptorKind#ABILITY}, never null
     * @return the copy, never null
     */
    public Occupation withAbilities(List<Descriptor> abilities) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, projections, resources, requestedSections, provenance, retrieval);
    }

    /**
     * A copy with another {@code education}, validated as by the constructor.
     *
     * @param education the education and training, never null
     * @return the copy, never null
     */
    public Occupation withEducation(EducationTraining education) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities,
                Optional.of(requireNonNull(education, "education is null")), wages, projections, resources,
                requestedSections, provenance, retrieval);
    }

    /**
     * A copy with another {@code wages}, validated as by the constructor.
     *
     * @param wages the wages, never null
     * @return the copy, never null
     */
    public Occupation withWages(Wages wages) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                Optional.of(requireNonNull(wages, "wages is null")), projections, resources, requestedSections,
                provenance, retrieval);
    }

    /**
     * A copy with another {@code projections}, validated as by the constructor.
     *
     * @param projections the projections, never null
     * @return the copy, never null
     */
    public Occupation withProjections(Projections projections) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, Optional.of(requireNonNull(projections, "projections is null")), resources, requestedSections,
                provenance, retrieval);
    }

    /**
     * A copy with another {@code resources}, validated as by the constructor.
     *
     * @param resources the links and extras, never null
     * @return the copy, never null
     */
    public Occupation withResources(Resources resources) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, projections, resources, requestedSections, provenance, retrieval);
    }

    /**
     * A copy with another {@code requestedSections}, validated as by the constructor.
     *
     * @param requestedSections the sections asked of the source, never null
     * @return the copy, never null
     */
    public Occupation withRequestedSections(Set<Section> requestedSections) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, projections, resources, requestedSections, provenance, retrieval);
    }

    /**
     * A copy with another {@code retrieval}, validated as by the constructor.
     *
     * @param retrieval how and when the record was obtained, never null
     * @return the copy, never null
     */
    public Occupation withRetrieval(Retrieval retrieval) {
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, projections, resources, requestedSections, provenance, retrieval);
    }

    /**
     * A copy that records where one section came from, replacing any earlier provenance of that section.
     *
     * @param section the section, never null
     * @param source where it came from, never null
     * @return the copy, never null
     */
    public Occupation withProvenance(Section section, Provenance source) {
        Map<Section, Provenance> merged = new EnumMap<>(Section.class);
        merged.putAll(provenance);
        merged.put(requireNonNull(section, "section is null"), requireNonNull(source, "source is null"));
        return new Occupation(code, title, description, soc, brightOutlook, alternateTitles, relatedOccupations, tasks,
                workActivities, toolsAndTechnology, interests, workValues, skills, knowledge, abilities, education,
                wages, projections, resources, requestedSections, merged, retrieval);
    }

    /**
     * A copy that holds only these sections: every other one is emptied, dropped from {@link #requestedSections()}
     * and from {@link #provenance()}, so it reads as not requested. The code, title, description, SOC occupation
     * and Bright Outlook flag come with every answer and stay.
     *
     * @param sections the sections to keep, never null
     * @return the copy, or this record when it holds no other section; never null
     */
    public Occupation only(Set<Section> sections) {
        requireNonNull(sections, "sections is null");
        if (sections.containsAll(requestedSections) && sections.containsAll(provenance.keySet())) {
            return this;
        }
        Set<Section> kept = EnumSet.noneOf(Section.class);
        kept.addAll(requestedSections);
        kept.retainAll(sections);
        Map<Section, Provenance> sources = new EnumMap<>(Section.class);
        provenance.forEach((section, source) -> {
            if (sections.contains(section)) {
                sources.put(section, source);
            }
        });
        Resources links = resources;
        Resources narrowed = new Resources(
                sections.contains(Section.OUTLOOK_HANDBOOK) ? links.outlookHandbooks() : List.of(),
                sections.contains(Section.STATE_LMI_LINKS) ? links.stateLmiLinks() : List.of(),
                sections.contains(Section.VIDEOS) ? links.careerVideoUrl() : Optional.empty(),
                sections.contains(Section.VIDEOS) ? links.videos() : List.of(),
                sections.contains(Section.TRAINING_PROGRAMS) ? links.trainingPrograms() : List.of());
        Optional<Projections> outlook = projections
                .map(p -> new Projections(p.matrixTitle(), p.matrixCode(),
                        sections.contains(Section.PROJECTIONS) ? p.rows() : List.of(),
                        sections.contains(Section.INDUSTRY_EMPLOYMENT) ? p.industries() : List.of()))
                .filter(p -> !p.rows().isEmpty() || !p.industries().isEmpty());
        return new Occupation(code, title, description, soc, brightOutlook,
                keep(sections, Section.ALTERNATE_TITLES, alternateTitles),
                keep(sections, Section.RELATED_OCCUPATIONS, relatedOccupations),
                keep(sections, Section.TASKS, tasks), keep(sections, Section.WORK_ACTIVITIES, workActivities),
                keep(sections, Section.TOOLS_AND_TECHNOLOGY, toolsAndTechnology),
                keep(sections, Section.INTERESTS, interests), keep(sections, Section.WORK_VALUES, workValues),
                keep(sections, Section.SKILLS, skills), keep(sections, Section.KNOWLEDGE, knowledge),
                keep(sections, Section.ABILITIES, abilities),
                sections.contains(Section.TRAINING) ? education : Optional.empty(),
                sections.contains(Section.WAGES) ? wages : Optional.empty(), outlook, narrowed, kept, sources,
                retrieval);
    }

    private static <T> List<T> keep(Set<Section> sections, Section section, List<T> list) {
        return sections.contains(section) ? list : List.of();
    }

    private static Set<Section> copyOf(Set<Section> sections) {
        Set<Section> copy = EnumSet.noneOf(Section.class);
        copy.addAll(sections);
        return Collections.unmodifiableSet(copy);
    }

    private static Map<Section, Provenance> copyOf(Map<Section, Provenance> provenance) {
        Map<Section, Provenance> copy = new EnumMap<>(Section.class);
        provenance.forEach((section, source) -> copy.put(section, requireNonNull(source, "provenance of " + section
                + " is null")));
        return Collections.unmodifiableMap(copy);
    }
}
