package org.occucompare.analytics.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.CodedValue;
import org.occucompare.core.model.Occupation;

class EducationComparisonTest {

    @Test
    void profiles_line_up_on_one_list_of_levels() {
        EducationComparison c = EducationComparison.of(List.of(Fixtures.registeredNurses(),
                Fixtures.chiefExecutives()));
        assertThat(c.levels()).hasSize(7).startsWith("Less than high school diploma")
                .endsWith("Doctoral or professional degree");
        EducationProfile rn = c.profiles().get(0);
        EducationProfile ceo = c.profiles().get(1);
        // bls-ep-2024-34/education.xlsx table 5.3: RN 54.4 % bachelor's, CEO 40.7 %
        assertThat(rn.attainmentPct().get(4)).isEqualTo(OptionalDouble.of(54.4));
        assertThat(ceo.attainmentPct().get(4)).isEqualTo(OptionalDouble.of(40.7));
        assertThat(rn.typicalEntryEducation()).contains(new CodedValue("3", "Bachelor's degree"));
        assertThat(ceo.workExperience().map(CodedValue::title)).contains("5 years or more");
        assertThat(rn.jobZone()).hasValue(4);
        assertThat(ceo.jobZone()).hasValue(5);
        assertThat(rn.notes()).isEmpty();
    }

    @Test
    void a_detailed_occupation_says_its_figures_are_the_soc_groups() {
        EducationProfile acute = EducationComparison.of(List.of(Fixtures.acuteCareNurses())).profiles().get(0);
        assertThat(acute.notes()).containsExactly("typical education, experience, training and attainment are BLS"
                + " figures for 29-1141 Registered Nurses, shared by its O*NET detailed occupations");
    }

    @Test
    void an_occupation_without_education_gets_empty_cells_and_a_note() {
        Occupation bare = Occupation.minimal(Fixtures.chiefExecutives().code(), "Chief Executives",
                Fixtures.retrieval());
        EducationComparison c = EducationComparison.of(List.of(Fixtures.registeredNurses(), bare));
        EducationProfile p = c.profiles().get(1);
        assertThat(p.attainmentPct()).hasSize(7).allSatisfy(x -> assertThat(x).isEmpty());
        assertThat(p.typicalEntryEducation()).isEmpty();
        assertThat(p.notes()).containsExactly("education for 11-1011.00 was not requested");
    }
}
