package org.occucompare.web.store;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.occucompare.core.model.Provenance;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SourceKind;

/** Which data source each section of a stored occupation comes from, read from {@code data_source}. Immutable. */
final class Provenances {
    private static final List<Section> ONET_SECTIONS = List.of(Section.INTERESTS, Section.TASKS,
            Section.WORK_ACTIVITIES, Section.ALTERNATE_TITLES, Section.RELATED_OCCUPATIONS, Section.SKILLS,
            Section.KNOWLEDGE, Section.ABILITIES, Section.TOOLS_AND_TECHNOLOGY, Section.WORK_VALUES);

    private final Map<Section, Provenance> bySection;
    private final List<DataSourceInfo> sources;

    private Provenances(Map<Section, Provenance> bySection, List<DataSourceInfo> sources) {
        this.bySection = bySection;
        this.sources = List.copyOf(sources);
    }

    static Provenances of(List<DataSourceInfo> sources) {
        Map<Section, Provenance> map = new EnumMap<>(Section.class);
        newest(sources, "ONET").ifPresent(p -> ONET_SECTIONS.forEach(s -> map.put(s, p)));
        newest(sources, "OEWS").ifPresent(p -> map.put(Section.WAGES, p));
        Optional<Provenance> national = newest(sources, "EMPLOYMENT_PROJECTIONS");
        national.or(() -> newest(sources, "STATE_PROJECTIONS")).ifPresent(p -> map.put(Section.PROJECTIONS, p));
        national.or(() -> newest(sources, "ONET")).ifPresent(p -> map.put(Section.TRAINING, p));
        return new Provenances(map, sources);
    }

    /**
     * The OEWS release of the wages' (newest) year, else the newest release: the store keeps every OEWS year, and
     * wages of the nation alone may be a year older than an area's.
     */
    Optional<Provenance> wages(OptionalInt year) {
        if (year.isPresent()) {
            String id = "oews:" + year.getAsInt();
            Optional<Provenance> release = sources.stream().filter(s -> s.sourceId().equals(id)).findFirst()
                    .map(s -> new Provenance(SourceKind.OEWS, s.name(), s.vintage(), s.url(), s.citation()));
            if (release.isPresent()) {
                return release;
            }
        }
        return of(Section.WAGES);
    }

    Optional<Provenance> of(Section section) {
        return Optional.ofNullable(bySection.get(section));
    }

    private static Optional<Provenance> newest(List<DataSourceInfo> sources, String kind) {
        return sources.stream().filter(s -> s.kind().equals(kind))
                .max(Comparator.comparing(DataSourceInfo::sourceId))
                .map(s -> new Provenance(SourceKind.valueOf(kind), s.name(), s.vintage(), s.url(), s.citation()));
    }
}
