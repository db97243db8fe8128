package org.occucompare.apiclient.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.occucompare.apiclient.internal.json.DataSourceJson;
import org.occucompare.apiclient.internal.json.MetaDataJson;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Provenance;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SourceKind;

/**
 * Turns {@code MetaData} into per-section {@link Provenance}: each {@code DataSource} is matched to the sections it
 * feeds by its name, the metadata block itself is the {@link Section#METADATA} provenance, and a requested section
 * with data but no named source gets the source the API documentation states, marked "via CareerOneStop".
 */
final class ProvenanceMapper {
    private static final String UNSTATED = "unstated";
    private static final Set<Section> ONET = EnumSet.of(Section.TASKS, Section.WORK_ACTIVITIES, Section.SKILLS,
            Section.KNOWLEDGE, Section.ABILITIES, Section.INTERESTS, Section.WORK_VALUES, Section.ALTERNATE_TITLES,
            Section.RELATED_OCCUPATIONS, Section.TOOLS_AND_TECHNOLOGY);
    private static final Set<Section> EMPLOYMENT_PROJECTIONS = EnumSet.of(Section.PROJECTIONS, Section.TRAINING,
            Section.INDUSTRY_EMPLOYMENT, Section.OUTLOOK_HANDBOOK);

    private ProvenanceMapper() {
    }

    static Map<Section, Provenance> map(@Nullable MetaDataJson meta, Occupation occupation, Instant retrievedAt) {
        Set<Section> requested = occupation.requestedSections();
        Map<Section, Provenance> provenance = new EnumMap<>(Section.class);
        Optional<String> citation = meta == null ? Optional.empty() : Texts.text(meta.citationSuggested());
        if (meta != null) {
            for (DataSourceJson source : Texts.items(meta.dataSource())) {
                SourceKind kind = kindOf(source);
                Provenance named = new Provenance(kind,
                        Texts.text(source.dataSourceName()).or(() -> Texts.text(source.dataName())).orElse(UNSTATED),
                        Texts.text(source.dataVintageOrVersion()).or(() -> Texts.text(source.dataLastUpdate()))
                                .orElse(UNSTATED),
                        Texts.text(source.dataSourceUrl()), Texts.text(source.dataSourceCitation()).or(() -> citation));
                for (Section section : sectionsOf(source)) {
                    if (requested.contains(section)) {
                        provenance.putIfAbsent(section, named);
                    }
                }
            }
            if (requested.contains(Section.METADATA)) {
                provenance.put(Section.METADATA, new Provenance(SourceKind.CAREERONESTOP,
                        Texts.text(meta.publisher()).orElse("CareerOneStop"),
                        Texts.text(meta.lastAccessDate()).orElse(UNSTATED), Optional.empty(), citation));
            }
        }
        for (Section section : requested) {
            if (!provenance.containsKey(section) && hasData(occupation, section)) {
                provenance.put(section, documented(section, occupation, retrievedAt, citation));
            }
        }
        return provenance;
    }

    private static Provenance documented(Section section, Occupation occupation, Instant retrievedAt,
            Optional<String> citation) {
        String retrieved = "as served on " + retrievedAt.atZone(ZoneOffset.UTC).toLocalDate();
        if (section == Section.WAGES) {
            String vintage = occupation.wages().flatMap(w -> w.year().isPresent()
                    ? Optional.of("May " + w.year().getAsInt()) : Optional.empty()).orElse(retrieved);
            return new Provenance(SourceKind.OEWS, "OEWS, via CareerOneStop", vintage, Optional.empty(), citation);
        }
        if (EMPLOYMENT_PROJECTIONS.contains(section)) {
            String vintage = occupation.projections().flatMap(p -> p.rows().stream().findFirst())
                    .map(row -> row.round().label()).orElse(retrieved);
            return new Provenance(SourceKind.EMPLOYMENT_PROJECTIONS, "BLS Employment Projections, via CareerOneStop",
                    vintage, Optional.empty(), citation);
        }
        if (ONET.contains(section)) {
            return new Provenance(SourceKind.ONET, "O*NET, via CareerOneStop", retrieved, Optional.empty(), citation);
        }
        return new Provenance(SourceKind.CAREERONESTOP, "CareerOneStop", retrieved, Optional.empty(), citation);
    }

    private static SourceKind kindOf(DataSourceJson source) {
        String text = words(source);
        if (text.contains("o*net") || hasWord(text, "onet")) {
            return SourceKind.ONET;
        }
        if (text.contains("wage") || hasWord(text, "oews")) {
            return SourceKind.OEWS;
        }
        if ((text.contains("projections central") || text.startsWith("state")) && !text.contains("bls")) {
            return SourceKind.STATE_PROJECTIONS;
        }
        if (text.contains("projection") || text.contains("education") || text.contains("industr")
                || text.contains("outlook handbook")) {
            return SourceKind.EMPLOYMENT_PROJECTIONS;
        }
        return SourceKind.CAREERONESTOP;
    }

    /** The sections a source feeds, judged by its {@code DataName}, else by its {@code DataSourceName}. */
    private static Set<Section> sectionsOf(DataSourceJson source) {
        Set<Section> sections = sectionsNamed(Texts.orEmpty(source.dataName()).toLowerCase(Locale.ROOT));
        return sections.isEmpty()
                ? sectionsNamed(Texts.orEmpty(source.dataSourceName()).toLowerCase(Locale.ROOT)) : sections;
    }

    private static Set<Section> sectionsNamed(String text) {
        Set<Section> sections = EnumSet.noneOf(Section.class);
        if (text.contains("o*net") || hasWord(text, "onet")) {
            sections.addAll(ONET);
        }
        if (text.contains("wage") || hasWord(text, "oews")) {
            sections.add(Section.WAGES);
        }
        if (text.contains("projection")) {
            sections.add(Section.PROJECTIONS);
        }
        if (text.contains("industr")) {
            sections.add(Section.INDUSTRY_EMPLOYMENT);
        }
        if (text.contains("program") || hasWord(text, "cip")) {
            sections.add(Section.TRAINING_PROGRAMS);
        } else if (text.contains("education") || text.contains("training")) {
            sections.add(Section.TRAINING);
        }
        if (text.contains("outlook handbook") || hasWord(text, "ooh")) {
            sections.add(Section.OUTLOOK_HANDBOOK);
        }
        if (text.contains("video")) {
            sections.add(Section.VIDEOS);
        }
        if (text.contains("labor market") || hasWord(text, "lmi")) {
            sections.add(Section.STATE_LMI_LINKS);
        }
        return sections;
    }

    private static boolean hasWord(String text, String word) {
        return Pattern.compile("\\b" + word + "\\b").matcher(text).find();
    }

    private static String words(DataSourceJson source) {
        return (Texts.orEmpty(source.dataName()) + " " + Texts.orEmpty(source.dataSourceName()))
                .toLowerCase(Locale.ROOT);
    }

    /** Whether a section of the occupation holds anything. */
    static boolean hasData(Occupation o, Section section) {
        return switch (section) {
            case TRAINING -> o.education().isPresent();
            case INTERESTS -> !o.interests().isEmpty();
            case VIDEOS -> !o.resources().videos().isEmpty() || o.resources().careerVideoUrl().isPresent();
            case TASKS -> !o.tasks().isEmpty();
            case WORK_ACTIVITIES -> !o.workActivities().isEmpty();
            case WAGES -> o.wages().isPresent();
            case ALTERNATE_TITLES -> !o.alternateTitles().isEmpty();
            case PROJECTIONS -> o.projections().map(p -> !p.rows().isEmpty()).orElse(false);
            case OUTLOOK_HANDBOOK -> o.resources().occupationalOutlookHandbook().isPresent();
            case STATE_LMI_LINKS -> !o.resources().stateLmiLinks().isEmpty();
            case RELATED_OCCUPATIONS -> !o.relatedOccupations().isEmpty();
            case SKILLS -> !o.skills().isEmpty();
            case KNOWLEDGE -> !o.knowledge().isEmpty();
            case ABILITIES -> !o.abilities().isEmpty();
            case TRAINING_PROGRAMS -> !o.resources().trainingPrograms().isEmpty();
            case INDUSTRY_EMPLOYMENT -> o.projections().map(p -> !p.industries().isEmpty()).orElse(false);
            case TOOLS_AND_TECHNOLOGY -> !o.toolsAndTechnology().isEmpty();
            case WORK_VALUES -> !o.workValues().isEmpty();
            case METADATA -> false;
        };
    }
}
