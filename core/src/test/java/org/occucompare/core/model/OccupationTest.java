package org.occucompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.occucompare.core.model.Errors.assertInvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OccupationTest {
    private static final Instant AT = Instant.parse("2025-06-02T12:00:00Z");
    private static final Retrieval RETRIEVAL = Retrieval.of(Location.NATIONAL, AT, SourceKind.CAREERONESTOP);
    private static final Provenance ONET = new Provenance(SourceKind.ONET, "O*NET 30.1 Database", "30.1",
            Optional.empty(), Optional.empty());
    private static final Descriptor ADMINISTRATION = new Descriptor(DescriptorKind.KNOWLEDGE, "2.C.1.a",
            "Administration and Management", "", OptionalDouble.of(3), OptionalDouble.of(3));
    private static final Descriptor CRITICAL_THINKING = new Descriptor(DescriptorKind.SKILL, "2.A.2.a",
            "Critical Thinking", "", OptionalDouble.of(4), OptionalDouble.of(4.12));

    private static Occupation nurses() {
        return Occupation.minimal(new OccupationCode("29-1141.00"), "Registered Nurses", RETRIEVAL);
    }

    @Test
    void minimal_has_every_section_empty_and_nothing_requested() {
        Occupation o = nurses();
        assertThat(o.description()).isEmpty();
        assertThat(o.wages()).isEmpty();
        assertThat(o.skills()).isEmpty();
        assertThat(o.resources()).isEqualTo(Resources.NONE);
        assertThat(o.requestedSections()).isEmpty();
        assertThat(o.provenance()).isEmpty();
        for (Section section : Section.values()) {
            assertThat(o.isRequested(section)).isFalse();
            assertThat(o.provenance(section)).isEmpty();
        }
    }

    @Test
    void a_descriptor_of_the_wrong_kind_is_rejected() {
        assertInvalidInput(() -> nurses().withSkills(List.of(CRITICAL_THINKING, ADMINISTRATION)))
                .hasMessageContaining("skills holds a KNOWLEDGE descriptor (2.C.1.a Administration and Management)")
                .hasMessageContaining("put each descriptor in the list of its kind");
        assertInvalidInput(() -> nurses().withKnowledge(List.of(CRITICAL_THINKING)))
                .hasMessageContaining("knowledge holds a SKILL descriptor");
        assertInvalidInput(() -> nurses().withAbilities(List.of(ADMINISTRATION)))
                .hasMessageContaining("abilities holds a KNOWLEDGE descriptor");
    }

    @Test
    void descriptors_with_ratings_off_scale_never_reach_the_occupation() {
        assertInvalidInput(() -> new Descriptor(DescriptorKind.SKILL, "2.A.2.a", "Critical Thinking", "",
                OptionalDouble.of(0), OptionalDouble.empty())).hasMessageContaining("outside 1–5");
        assertInvalidInput(() -> new Descriptor(DescriptorKind.SKILL, "2.A.2.a", "Critical Thinking", "",
                OptionalDouble.of(6), OptionalDouble.empty())).hasMessageContaining("outside 1–5");
        assertInvalidInput(() -> new Descriptor(DescriptorKind.ABILITY, "1.A.1.a.1", "Oral Comprehension", "",
                OptionalDouble.empty(), OptionalDouble.of(8))).hasMessageContaining("outside 0–7");
    }

    @Test
    void descriptors_returns_the_list_of_a_kind() {
        Occupation o = nurses().withSkills(List.of(CRITICAL_THINKING)).withKnowledge(List.of(ADMINISTRATION));
        assertThat(o.descriptors(DescriptorKind.SKILL)).containsExactly(CRITICAL_THINKING);
        assertThat(o.descriptors(DescriptorKind.KNOWLEDGE)).containsExactly(ADMINISTRATION);
        assertThat(o.descriptors(DescriptorKind.ABILITY)).isEmpty();
    }

    @Test
    void with_copies_change_one_section_and_leave_the_original_alone() {
        Occupation original = nurses();
        Wages wages = new Wages(Optional.empty(), false, OptionalInt.of(2024), List.of());
        Occupation changed = original.withWages(wages).withDescription("Assess patient health problems.")
                .withAlternateTitles(List.of("Charge Nurse"))
                .withSoc(SocReference.of(new SocCode("29-1141"), "Registered Nurses"))
                .withBrightOutlook(new BrightOutlook(true, List.of("Numerous Job Openings")))
                .withEducation(new EducationTraining(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                        Optional.empty(), OptionalInt.of(4)))
                .withProjections(new Projections(Optional.empty(), List.of(), List.of()));
        assertThat(changed.wages()).contains(wages);
        assertThat(changed.description()).isEqualTo("Assess patient health problems.");
        assertThat(changed.alternateTitles()).containsExactly("Charge Nurse");
        assertThat(changed.soc().orElseThrow().code()).isEqualTo(new SocCode("29-1141"));
        assertThat(changed.brightOutlook().orElseThrow().bright()).isTrue();
        assertThat(changed.education().orElseThrow().jobZone()).isEqualTo(OptionalInt.of(4));
        assertThat(changed.projections()).isPresent();
        assertThat(changed.code()).isEqualTo(original.code());
        assertThat(changed.retrieval()).isEqualTo(original.retrieval());
        assertThat(original.wages()).isEmpty();
        assertThat(original.alternateTitles()).isEmpty();
        assertThat(original).isEqualTo(nurses());
    }

    @Test
    void requested_sections_and_provenance() {
        Occupation o = nurses().withRequestedSections(Set.of(Section.WAGES, Section.SKILLS))
                .withProvenance(Section.SKILLS, ONET);
        assertThat(o.isRequested(Section.WAGES)).isTrue();
        assertThat(o.isRequested(Section.TASKS)).isFalse();
        assertThat(o.provenance(Section.SKILLS)).contains(ONET);
        assertThat(o.provenance(Section.WAGES)).isEmpty();
        assertThat(o.requestedSections()).containsExactly(Section.WAGES, Section.SKILLS);
    }

    @Test
    void with_provenance_replaces_only_that_section() {
        Provenance newer = new Provenance(SourceKind.ONET, "O*NET 30.2 Database", "30.2", Optional.empty(),
                Optional.empty());
        Occupation o = nurses().withProvenance(Section.SKILLS, ONET).withProvenance(Section.KNOWLEDGE, ONET)
                .withProvenance(Section.SKILLS, newer);
        assertThat(o.provenance(Section.SKILLS)).contains(newer);
        assertThat(o.provenance(Section.KNOWLEDGE)).contains(ONET);
        assertThat(o.provenance()).hasSize(2);
    }

    @Test
    void collections_are_copied_and_unmodifiable() {
        List<String> titles = new ArrayList<>(List.of("Charge Nurse"));
        Set<Section> sections = EnumSet.of(Section.WAGES);
        Occupation o = nurses().withAlternateTitles(titles).withRequestedSections(sections);
        titles.add("Staff Nurse");
        sections.add(Section.TASKS);
        assertThat(o.alternateTitles()).containsExactly("Charge Nurse");
        assertThat(o.requestedSections()).containsExactly(Section.WAGES);
        assertThatThrownBy(() -> o.requestedSections().add(Section.TASKS))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> o.provenance().put(Section.TASKS, ONET))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void null_and_blank_are_rejected() {
        assertThatThrownBy(() -> nurses().withWages(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("wages is null");
        assertThatThrownBy(() -> nurses().withTasks(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("tasks is null");
        assertInvalidInput(() -> Occupation.minimal(new OccupationCode("29-1141.00"), " ", RETRIEVAL))
                .hasMessageContaining("title is blank");
    }

    @Test
    void retrieval_age_staleness_and_retrieval_copy() {
        assertThat(RETRIEVAL.age(AT.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
        assertThat(RETRIEVAL.age(AT.minusSeconds(5))).isEqualTo(Duration.ZERO);
        assertThat(RETRIEVAL.stale()).isFalse();
        assertThat(RETRIEVAL.withStale(true).stale()).isTrue();
        Occupation stale = nurses().withRetrieval(RETRIEVAL.withStale(true));
        assertThat(stale.retrieval().stale()).isTrue();
    }

    @Test
    void source_kinds_have_display_names() {
        assertThat(SourceKind.ONET.displayName()).isEqualTo("O*NET");
        assertThat(SourceKind.CAREERONESTOP.displayName()).isEqualTo("CareerOneStop");
    }
}
