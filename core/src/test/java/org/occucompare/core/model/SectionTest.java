package org.occucompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.Fixtures;
import org.occucompare.core.OccupationException;

class SectionTest {

    @Test
    void ids_are_the_names_people_type() {
        assertThat(Section.WORK_VALUES.id()).isEqualTo("work-values");
        assertThat(Section.STATE_LMI_LINKS.id()).isEqualTo("state-lmi-links");
        assertThat(Section.ids()).startsWith("training,interests,videos,").endsWith(",work-values,metadata");
    }

    @Test
    void a_list_names_sections_and_always_brings_metadata() {
        assertThat(Section.parseList("wages, Skills,work_values"))
                .containsExactly(Section.WAGES, Section.SKILLS, Section.WORK_VALUES, Section.METADATA);
        assertThat(Section.parseList("all")).isEqualTo(EnumSet.allOf(Section.class));
    }

    @Test
    void an_unknown_or_empty_list_is_refused_with_every_accepted_id() {
        assertThatThrownBy(() -> Section.parseList("wages,salary"))
                .isInstanceOfSatisfying(OccupationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("'salary' is not a section", "work-activities",
                            "industry-employment");
                });
        assertThatThrownBy(() -> Section.parseList(" , ")).isInstanceOf(OccupationException.class)
                .hasMessageContaining("No section given");
    }

    @Test
    void only_keeps_the_sections_asked_for_and_reads_the_rest_as_not_requested() {
        Occupation nurses = Fixtures.registeredNurses();

        Occupation wagesOnly = nurses.only(EnumSet.of(Section.WAGES, Section.METADATA));

        assertThat(wagesOnly.requestedSections()).containsExactly(Section.WAGES);
        assertThat(wagesOnly.wages()).isEqualTo(nurses.wages());
        assertThat(wagesOnly.projections()).isEmpty();
        assertThat(wagesOnly.education()).isEmpty();
        assertThat(wagesOnly.skills()).isEmpty();
        assertThat(wagesOnly.interests()).isEmpty();
        assertThat(wagesOnly.provenance().keySet()).containsExactly(Section.WAGES);
        assertThat(wagesOnly.title()).isEqualTo("Registered Nurses");
        assertThat(nurses.only(Section.all())).isSameAs(nurses);
    }

    @Test
    void only_splits_projections_from_the_industry_pattern() {
        IndustryEmployment hospitals = new IndustryEmployment("622000", "Hospitals", java.util.Optional.empty(),
                java.util.OptionalDouble.of(55.8), java.util.OptionalLong.empty(), java.util.OptionalLong.empty(),
                java.util.OptionalLong.empty(), java.util.OptionalDouble.empty());
        Projections both = new Projections(java.util.Optional.of("Registered nurses"), java.util.Optional.empty(),
                Fixtures.registeredNurses().projections().orElseThrow().rows(), java.util.List.of(hospitals));
        Occupation nurses = Fixtures.registeredNurses().withProjections(both).withRequestedSections(
                EnumSet.of(Section.PROJECTIONS, Section.INDUSTRY_EMPLOYMENT));

        assertThat(nurses.only(EnumSet.of(Section.INDUSTRY_EMPLOYMENT)).projections().orElseThrow())
                .satisfies(p -> {
                    assertThat(p.rows()).isEmpty();
                    assertThat(p.industries()).containsExactly(hospitals);
                });
        assertThat(nurses.only(EnumSet.of(Section.TASKS)).projections()).isEmpty();
    }
}
