package org.occucompare.web.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.occucompare.core.model.AttainmentShare;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.EducationTraining;
import org.occucompare.core.model.Interest;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.Projections;
import org.occucompare.core.model.RelatedOccupation;
import org.occucompare.core.model.Retrieval;
import org.occucompare.core.model.RiasecType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.SocReference;
import org.occucompare.core.model.Task;
import org.occucompare.core.model.TechnologyCategory;
import org.occucompare.core.model.TechnologyExample;
import org.occucompare.core.model.TechnologyKind;
import org.occucompare.core.model.Wages;
import org.occucompare.core.model.WorkActivity;
import org.occucompare.core.model.WorkValue;
import org.occucompare.web.store.row.ProjectionEstimateRow;

/** Builds {@link Occupation}s from the rows the store read. Stateless. */
final class OccupationAssembler {
    /** The sections the local store holds. */
    static final Set<Section> SECTIONS = Set.of(Section.TRAINING, Section.INTERESTS, Section.TASKS,
            Section.WORK_ACTIVITIES, Section.WAGES, Section.ALTERNATE_TITLES, Section.PROJECTIONS,
            Section.RELATED_OCCUPATIONS, Section.SKILLS, Section.KNOWLEDGE, Section.ABILITIES,
            Section.TOOLS_AND_TECHNOLOGY, Section.WORK_VALUES);

    private OccupationAssembler() {
    }

    static Occupation assemble(StoredOccupation o, SectionRows rows, Retrieval retrieval, Provenances provenance) {
        String code = o.code();
        String soc = o.socCode();
        SocCode socCode = SocCode.parse(soc);
        List<StoredWage> wageRows = SectionRows.of(rows.wages(), soc);
        List<StoredAssignment> assignment = SectionRows.of(rows.assignments(), soc);
        // metro files carry no titles: take the first row that has one
        String socTitle = wageRows.stream().map(w -> w.wage().socTitle()).filter(t -> !t.isBlank()).findFirst()
                .orElse(assignment.isEmpty() ? o.title() : assignment.get(0).title());
        SocReference socReference = SocReference.of(socCode, socTitle);
        List<StoredRating> ratings = SectionRows.of(rows.ratings(), code);
        Occupation occupation = Occupation.minimal(OccupationCode.parse(code), o.title(), retrieval)
                .withDescription(o.description())
                .withSoc(socReference)
                .withAlternateTitles(SectionRows.of(rows.alternateTitles(), code).stream().map(Map.Entry::getValue)
                        .toList())
                .withRelatedOccupations(SectionRows.of(rows.related(), code).stream()
                        .map(r -> new RelatedOccupation(OccupationCode.parse(r.relatedCode()), r.title(), r.index(),
                                r.tier()))
                        .toList())
                .withTasks(SectionRows.of(rows.tasks(), code).stream()
                        .map(t -> new Task(t.id(), t.text(), OptionalDouble.empty(), t.extra())).toList())
                .withWorkActivities(workActivities(SectionRows.of(rows.workActivities(), code)))
                .withToolsAndTechnology(technology(SectionRows.of(rows.technology(), code)))
                .withInterests(interests(ratings))
                .withWorkValues(workValues(ratings))
                .withSkills(descriptors(ratings, "SKILL", DescriptorKind.SKILL))
                .withKnowledge(descriptors(ratings, "KNOWLEDGE", DescriptorKind.KNOWLEDGE))
                .withAbilities(descriptors(ratings, "ABILITY", DescriptorKind.ABILITY))
                .withEducation(education(o, rows, socReference))
                .withRequestedSections(SECTIONS);
        if (!wageRows.isEmpty()) {
            occupation = occupation.withWages(wages(wageRows, socReference, o.inheritsSoc()));
        }
        List<ProjectionEstimateRow> projectionRows = SectionRows.of(rows.projections(), soc);
        if (!projectionRows.isEmpty()) {
            // the matrix code differs from the SOC code where the matrix publishes the occupation in an aggregate
            occupation = occupation.withProjections(new Projections(Optional.of(projectionRows.get(0).title()),
                    Optional.of(SocCode.parse(projectionRows.get(0).socCode())), projections(projectionRows),
                    List.of()));
        }
        for (Section section : SECTIONS) {
            Optional<org.occucompare.core.model.Provenance> source = section == Section.WAGES
                    ? provenance.wages(occupation.wages().map(Wages::year).orElse(OptionalInt.empty()))
                    : provenance.of(section);
            if (source.isPresent()) {
                occupation = occupation.withProvenance(section, source.get());
            }
        }
        return occupation;
    }

    /**
     * The newest estimate of each place and rate type, each labelled with its year: the store keeps every imported
     * OEWS year, and a place whose newest figures are older than the nation's (a nonmetropolitan area published for
     * May 2024 only) keeps them rather than losing its row.
     */
    private static Wages wages(List<StoredWage> rows, SocReference soc, boolean inherited) {
        Map<String, StoredWage> newest = new LinkedHashMap<>();
        for (StoredWage row : rows) {
            newest.merge(row.wage().areaKey() + "|" + row.wage().rateType(), row,
                    (a, b) -> b.wage().year() > a.wage().year() ? b : a);
        }
        int year = rows.stream().mapToInt(w -> w.wage().year()).max().orElseThrow();
        return new Wages(Optional.of(soc), inherited, OptionalInt.of(year),
                newest.values().stream().map(ModelMapping::wage).toList());
    }

    /** The nation's newest round first, then every round of each state. */
    private static List<ProjectionRow> projections(List<ProjectionEstimateRow> rows) {
        List<ProjectionRow> result = new ArrayList<>();
        rows.stream().filter(r -> r.areaKey().equals("US"))
                .max((a, b) -> a.baseYear() != b.baseYear() ? Integer.compare(a.baseYear(), b.baseYear())
                        : Boolean.compare(a.counts().equals("ALL_JOBS"), b.counts().equals("ALL_JOBS")))
                .ifPresent(r -> result.add(ModelMapping.projection(r)));
        rows.stream().filter(r -> !r.areaKey().equals("US")).map(ModelMapping::projection).forEach(result::add);
        return result;
    }

    private static List<WorkActivity> workActivities(List<StoredText> links) {
        Map<String, List<String>> tasks = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (StoredText link : links) {
            titles.putIfAbsent(link.id(), link.text());
            tasks.computeIfAbsent(link.id(), k -> new ArrayList<>()).add(link.extra().orElse(""));
        }
        return titles.entrySet().stream().map(e -> new WorkActivity(e.getKey(), e.getValue(), OptionalDouble.empty(),
                tasks.get(e.getKey()))).toList();
    }

    private static List<TechnologyCategory> technology(List<StoredTechnology> rows) {
        Map<String, List<TechnologyExample>> examples = new LinkedHashMap<>();
        for (StoredTechnology row : rows) {
            examples.computeIfAbsent(row.kind() + "\t" + row.category(), k -> new ArrayList<>())
                    .add(new TechnologyExample(row.example(), row.hot(), row.inDemand()));
        }
        return examples.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\t", 2);
            return new TechnologyCategory(TechnologyKind.valueOf(key[0]), key[1], e.getValue());
        }).toList();
    }

    private static List<Interest> interests(List<StoredRating> ratings) {
        return ratings.stream().filter(r -> r.domain().equals("INTEREST") && r.scaleId().equals("OI"))
                .flatMap(r -> RiasecType.fromElementId(r.elementId()).stream().map(type -> new Interest(type,
                        r.name(), r.description().orElse(""), OptionalDouble.of(r.dataValue()))))
                .toList();
    }

    private static List<WorkValue> workValues(List<StoredRating> ratings) {
        return ratings.stream().filter(r -> r.domain().equals("WORK_VALUE") && r.scaleId().equals("EX"))
                .map(r -> new WorkValue(Optional.of(r.elementId()), r.name(), OptionalDouble.of(r.dataValue()),
                        List.of()))
                .toList();
    }

    /** Pairs each element's importance (IM) and level (LV) into one descriptor, in element order. */
    static List<Descriptor> descriptors(List<StoredRating> ratings, String domain, DescriptorKind kind) {
        Map<String, StoredRating[]> byElement = new LinkedHashMap<>();
        for (StoredRating r : ratings) {
            if (r.domain().equals(domain)) {
                StoredRating[] pair = byElement.computeIfAbsent(r.elementId(), k -> new StoredRating[2]);
                if (r.scaleId().equals("IM")) {
                    pair[0] = r;
                } else if (r.scaleId().equals("LV")) {
                    pair[1] = r;
                }
            }
        }
        List<Descriptor> descriptors = new ArrayList<>();
        byElement.forEach((id, pair) -> {
            StoredRating any = pair[0] != null ? pair[0] : pair[1];
            if (any != null) {
                descriptors.add(new Descriptor(kind, id, any.name(), any.description().orElse(""),
                        pair[0] == null ? OptionalDouble.empty() : OptionalDouble.of(pair[0].dataValue()),
                        pair[1] == null ? OptionalDouble.empty() : OptionalDouble.of(pair[1].dataValue())));
            }
        });
        return descriptors;
    }

    private static EducationTraining education(StoredOccupation o, SectionRows rows, SocReference soc) {
        List<StoredAssignment> assignments = SectionRows.of(rows.assignments(), o.socCode());
        Optional<StoredAssignment> a = assignments.stream().findFirst();
        List<AttainmentShare> attainment = SectionRows.of(rows.attainment(), o.socCode()).stream()
                .map(s -> new AttainmentShare(s.level(), s.percent())).toList();
        OptionalInt zone = SectionRows.of(rows.jobZones(), o.code()).stream()
                .mapToInt(e -> Integer.parseInt(e.getValue())).findFirst();
        return new EducationTraining(ModelMapping.education(a.flatMap(StoredAssignment::entryEducation)),
                ModelMapping.experience(a.flatMap(StoredAssignment::workExperience)),
                ModelMapping.training(a.flatMap(StoredAssignment::onTheJobTraining)), attainment,
                a.isPresent() || !attainment.isEmpty() ? Optional.of(soc) : Optional.empty(), zone);
    }
}
