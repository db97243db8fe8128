package org.occucompare.apiclient.internal;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.occucompare.apiclient.internal.json.OccupationDetailJson;
import org.occucompare.apiclient.internal.json.OccupationDetailsJson;
import org.occucompare.apiclient.internal.json.RelatedTitleJson;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.BrightOutlook;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.Provenance;
import org.occucompare.core.model.RelatedOccupation;
import org.occucompare.core.model.Retrieval;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.SocReference;
import org.occucompare.core.model.SourceKind;

/**
 * Maps a CareerOneStop body into an {@link Occupation}: every section that was requested (and only those, so "not
 * requested" is never read as "no data"), {@code MetaData} into provenance, {@code DidYouMean}/{@code AutoCorrection}
 * into the retrieval. Stateless.
 */
public final class JsonToModel {
    private JsonToModel() {
    }

    /**
     * Maps one answer.
     *
     * @param body a body with at least one occupation
     * @param askedCode the code asked for, used when the body names none
     * @param fallbackTitle the title to use when the body names none
     * @param location the place asked for
     * @param requested the sections asked for
     * @param retrievedAt when the answer arrived
     * @return the occupation, never null
     * @throws OccupationException {@code UPSTREAM} when the body names no usable code or title; other
     *     {@code OccupationException}s when a value breaks a model rule (the caller reports them as upstream errors)
     */
    public static Occupation map(OccupationDetailsJson body, Optional<OccupationCode> askedCode,
            Optional<String> fallbackTitle, Location location, Set<Section> requested, Instant retrievedAt) {
        OccupationDetailJson d = requireNonNull(body.first(), "the body holds no occupation");
        OccupationCode code = Texts.text(d.onetCode()).filter(OccupationCode::isValid).map(OccupationCode::parse)
                .or(() -> askedCode)
                .orElseThrow(() -> new OccupationException(ErrorKind.UPSTREAM, "the answer names no O*NET code"));
        String title = Texts.text(d.onetTitle()).or(() -> fallbackTitle)
                .orElseThrow(() -> new OccupationException(ErrorKind.UPSTREAM, "the answer names no title"));
        Retrieval retrieval = new Retrieval(location, retrievedAt, SourceKind.CAREERONESTOP, false,
                Texts.text(body.didYouMean()), Texts.text(body.autoCorrection()));

        Occupation o = Occupation.minimal(code, title, retrieval).withDescription(Texts.orEmpty(d.onetDescription()));
        o = WageMapper.socReference(d.socInfo()).map(o::withSoc).orElse(o);
        o = brightOutlook(d).map(o::withBrightOutlook).orElse(o);
        if (requested.contains(Section.ALTERNATE_TITLES)) {
            o = o.withAlternateTitles(distinct(Texts.items(d.alternateTitles())));
        }
        if (requested.contains(Section.RELATED_OCCUPATIONS)) {
            o = o.withRelatedOccupations(related(Texts.items(d.relatedOnetTitles()), code));
        }
        if (requested.contains(Section.TASKS)) {
            o = o.withTasks(WorkMapper.tasks(d.tasks()));
        }
        if (requested.contains(Section.WORK_ACTIVITIES)) {
            o = o.withWorkActivities(WorkMapper.workActivities(d.dwas()));
        }
        if (requested.contains(Section.TOOLS_AND_TECHNOLOGY)) {
            o = o.withToolsAndTechnology(WorkMapper.toolsAndTechnology(d.toolsAndTechOccupationDetails()));
        }
        if (requested.contains(Section.INTERESTS)) {
            o = o.withInterests(WorkMapper.interests(d.interestDataList()));
        }
        if (requested.contains(Section.WORK_VALUES)) {
            o = o.withWorkValues(WorkMapper.workValues(d.workValuesOccupationDetails()));
        }
        if (requested.contains(Section.SKILLS)) {
            o = o.withSkills(WorkMapper.descriptors(d.skillsDataList(), DescriptorKind.SKILL));
        }
        if (requested.contains(Section.KNOWLEDGE)) {
            o = o.withKnowledge(WorkMapper.descriptors(d.knowledgeDataList(), DescriptorKind.KNOWLEDGE));
        }
        if (requested.contains(Section.ABILITIES)) {
            o = o.withAbilities(WorkMapper.descriptors(d.abilityDataList(), DescriptorKind.ABILITY));
        }
        if (requested.contains(Section.TRAINING)) {
            o = ResourceMapper.education(d.educationTraining()).map(o::withEducation).orElse(o);
        }
        if (requested.contains(Section.WAGES)) {
            o = WageMapper.map(d.wages(), d.socWageInfo(), code, location).map(o::withWages).orElse(o);
        }
        // the matrix occupation comes with the training block; it names the aggregate a projection may be for
        Optional<SocCode> matrixCode = d.educationTraining() == null ? Optional.empty()
                : ResourceMapper.education(d.educationTraining()).flatMap(e -> e.matrixOccupation())
                        .map(SocReference::code);
        o = ProjectionMapper.map(d.projections(), matrixCode, requested.contains(Section.PROJECTIONS),
                requested.contains(Section.INDUSTRY_EMPLOYMENT)).map(o::withProjections).orElse(o);
        o = o.withResources(ResourceMapper.resources(d, requested)).withRequestedSections(requested);
        for (Map.Entry<Section, Provenance> entry : ProvenanceMapper.map(body.metaData(), o, retrievedAt).entrySet()) {
            o = o.withProvenance(entry.getKey(), entry.getValue());
        }
        return o;
    }

    private static Optional<BrightOutlook> brightOutlook(OccupationDetailJson d) {
        Optional<String> flag = Texts.text(d.brightOutlook());
        List<String> categories = Texts.text(d.brightOutlookCategory())
                .map(text -> List.of(text.split("[;,]")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        if (flag.isEmpty() && categories.isEmpty()) {
            return Optional.empty();
        }
        String value = flag.orElse("").toLowerCase(Locale.ROOT);
        boolean bright = value.equals("bright") || Texts.yes(value) || flag.isEmpty();
        return Optional.of(new BrightOutlook(bright, categories));
    }

    private static List<String> distinct(List<String> titles) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String title : titles) {
            Texts.text(title).filter(t -> seen.add(t.toLowerCase(Locale.ROOT))).ifPresent(out::add);
        }
        return out;
    }

    private static List<RelatedOccupation> related(List<RelatedTitleJson> titles, OccupationCode self) {
        Set<String> seen = new HashSet<>();
        List<RelatedOccupation> related = new ArrayList<>();
        for (RelatedTitleJson title : titles) {
            if (OccupationCode.isValid(title.code()) && !title.code().equals(self.value()) && seen.add(title.code())) {
                related.add(new RelatedOccupation(OccupationCode.parse(title.code()), title.title(),
                        OptionalInt.empty(), Optional.empty()));
            }
        }
        return related;
    }
}
