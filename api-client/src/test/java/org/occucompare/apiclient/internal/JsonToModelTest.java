package org.occucompare.apiclient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.AttainmentShare;
import org.occucompare.core.model.CodedValue;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.EmploymentCount;
import org.occucompare.core.model.IndustryEmployment;
import org.occucompare.core.model.Interest;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.RiasecType;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.Task;
import org.occucompare.core.model.TechnologyKind;
import org.occucompare.core.model.TrainingProgram;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.WorkActivity;

/**
 * Registered Nurses in California, every section. Expected figures come from the official files (see
 * src/test/resources/careeronestop/README.md): OEWS May 2024 (national and state files), Projections Central
 * 2024–2034, BLS EP education tables, O*NET 30.1.
 */
class JsonToModelTest {
    private static final Location CALIFORNIA = new Location.State(UsState.fromPostalCode("CA").orElseThrow());
    private final Occupation nurses = Fixtures.map("registered-nurses-ca.json", CALIFORNIA);

    @Test
    void identity_soc_outlook_and_retrieval_are_mapped() {
        assertThat(nurses.code().value()).isEqualTo("29-1141.00");
        assertThat(nurses.title()).isEqualTo("Registered Nurses");
        assertThat(nurses.description()).startsWith("Assess patient health problems and needs");
        assertThat(nurses.soc()).hasValueSatisfying(soc -> {
            assertThat(soc.code()).isEqualTo(new SocCode("29-1141"));
            assertThat(soc.description()).hasValueSatisfying(d -> assertThat(d).endsWith("registration required."));
        });
        assertThat(nurses.brightOutlook()).hasValueSatisfying(b -> {
            assertThat(b.bright()).isTrue();
            assertThat(b.categories()).containsExactly("Numerous Job Openings");
        });
        assertThat(nurses.retrieval().location()).isEqualTo(CALIFORNIA);
        assertThat(nurses.retrieval().retrievedAt()).isEqualTo(Fixtures.NOW);
        assertThat(nurses.retrieval().didYouMean()).as("a blank DidYouMean is none").isEmpty();
        assertThat(nurses.retrieval().autoCorrection()).isEmpty();
        assertThat(nurses.requestedSections()).containsExactlyElementsOf(Fixtures.ALL);
    }

    @Test
    void national_wages_are_the_oews_may_2024_figures() {
        WageEstimate annual = nurses.wages().orElseThrow().national(RateType.ANNUAL).orElseThrow();
        WageEstimate hourly = nurses.wages().orElseThrow().national(RateType.HOURLY).orElseThrow();

        // national_M2024_dl.xlsx, 29-1141: A_PCT10..A_PCT90 and H_MEDIAN
        assertThat(List.of(annual.p10(), annual.p25(), annual.median(), annual.p75(), annual.p90())).containsExactly(
                WageAmount.of(66_030), WageAmount.of(78_610), WageAmount.of(93_600), WageAmount.of(107_960),
                WageAmount.of(135_320));
        assertThat(hourly.median()).isEqualTo(WageAmount.of(45.00));
        assertThat(annual.mean()).as("CareerOneStop sends no mean").isEqualTo(
                WageAmount.missing(MissingReason.NOT_COVERED));
        assertThat(nurses.wages().orElseThrow().year()).hasValue(2024);
        assertThat(nurses.wages().orElseThrow().inherited()).isFalse();
        assertThat(nurses.wages().orElseThrow().wageOccupation()).map(w -> w.code().value()).contains("29-1141");
    }

    @Test
    void state_and_bls_area_wages_are_placed_and_blanks_are_not_available() {
        Location california = CALIFORNIA;
        WageEstimate annual = nurses.wages().orElseThrow().find(california, RateType.ANNUAL).orElseThrow();
        WageEstimate hourly = nurses.wages().orElseThrow().find(california, RateType.HOURLY).orElseThrow();
        WageEstimate northCoast =
                nurses.wages().orElseThrow().find(new Location.Area("0600003"), RateType.ANNUAL).orElseThrow();

        // state_M2024_dl: CA,29-1141 A_MEDIAN 140,330 and A_PCT90 208,880; May 2024 states/06.json hmed 67.47
        assertThat(annual.median()).isEqualTo(WageAmount.of(140_330));
        assertThat(annual.p90()).isEqualTo(WageAmount.of(208_880));
        assertThat(hourly.median()).isEqualTo(WageAmount.of(67.47));
        assertThat(hourly.p10()).isEqualTo(WageAmount.missing(MissingReason.NOT_AVAILABLE));
        // nonmetro-territories/0600003.json (May 2024): med 129,740
        assertThat(northCoast.median()).isEqualTo(WageAmount.of(129_740));
        assertThat(northCoast.areaName()).isEqualTo("North Coast Region of California nonmetropolitan area");
        assertThat(nurses.wages().orElseThrow().estimates()).hasSize(5);
    }

    @Test
    void projections_rows_carry_jobs_change_and_openings() {
        ProjectionRow national = nurses.projections().orElseThrow().national().orElseThrow();
        ProjectionRow state = nurses.projections().orElseThrow().forState(UsState.fromPostalCode("CA").orElseThrow())
                .orElseThrow();

        // Projections Central 2024–2034, 29-1141: US 3,391,000 -> 3,557,100 (+166,100, 4.9 %, 189,100 a year)
        assertThat(national.round().label()).isEqualTo("2024–2034");
        assertThat(national.counts()).isEqualTo(EmploymentCount.ALL_JOBS);
        assertThat(List.of(national.baseEmployment(), national.projectedEmployment(), national.change(),
                national.annualOpenings())).containsExactly(OptionalLong.of(3_391_000), OptionalLong.of(3_557_100),
                OptionalLong.of(166_100), OptionalLong.of(189_100));
        assertThat(national.percentChange()).isEqualTo(OptionalDouble.of(4.9));
        // California 344,100 -> 390,600 (+46,500, 13.5 %, 22,890 a year)
        assertThat(state.counts()).isEqualTo(EmploymentCount.PRIMARY_JOBS);
        assertThat(state.change()).isEqualTo(OptionalLong.of(46_500));
        assertThat(state.annualOpenings()).isEqualTo(OptionalLong.of(22_890));
        assertThat(nurses.projections().orElseThrow().matrixTitle()).contains("Registered nurses");
        // EducationTraining.MatOccupation.MatOccCode "291141": the matrix publishes the occupation alone
        assertThat(nurses.projections().orElseThrow().matrixCode()).hasValue(SocCode.parse("29-1141"));
        assertThat(nurses.projections().orElseThrow().isAggregateOf(SocCode.parse("29-1141"))).isFalse();
    }

    @Test
    void industry_employment_in_thousands_is_converted_to_jobs() {
        List<IndustryEmployment> industries = nurses.projections().orElseThrow().industries();

        assertThat(industries).hasSize(2);
        IndustryEmployment hospitals = industries.get(0);
        assertThat(hospitals.industryCode()).isEqualTo("622100");
        assertThat(hospitals.iagCode()).contains("622");
        assertThat(hospitals.shareOfOccupationPct().getAsDouble()).isCloseTo(50.2, within(1e-9));
        // 1702.3 and 1772.1 thousand, 69.8 thousand more
        assertThat(hospitals.baseEmployment()).isEqualTo(OptionalLong.of(1_702_300));
        assertThat(hospitals.projectedEmployment()).isEqualTo(OptionalLong.of(1_772_100));
        assertThat(hospitals.change()).isEqualTo(OptionalLong.of(69_800));
        assertThat(industries.get(1).baseEmployment()).isEqualTo(OptionalLong.of(227_200));
    }

    @Test
    void duplicate_tasks_are_dropped_and_rated_tasks_come_first() {
        assertThat(nurses.tasks()).extracting(Task::id)
                .containsExactly("1840", "20413", "1841", "1839", "1843", "1866");
        assertThat(nurses.tasks().get(0).rating()).isEqualTo(OptionalDouble.of(4.61));
        assertThat(nurses.tasks().get(5).rating()).as("DataValue \"\" is unrated").isEmpty();
        assertThat(nurses.tasks()).extracting(Task::statement).doesNotHaveDuplicates();
    }

    @Test
    void work_activities_gather_the_tasks_of_each_dwa() {
        assertThat(nurses.workActivities()).extracting(WorkActivity::id).containsExactly(
                "4.A.3.b.6.I11.D04", "4.A.1.a.2.I05.D07", "4.A.3.b.6.I11.D02");
        assertThat(nurses.workActivities().get(0).taskIds()).containsExactly("1840", "1841");
        assertThat(nurses.workActivities().get(0).rating()).isEqualTo(OptionalDouble.of(4.5));
        assertThat(nurses.workActivities().get(2).rating()).isEmpty();
    }

    @Test
    void descriptors_carry_onet_importance_and_blank_data_values_are_unrated() {
        // Skills.xlsx, 29-1141.00, IM: Reading Comprehension 3.88, Social Perceptiveness 4.12
        assertThat(nurses.skills()).extracting(Descriptor::name, d -> d.importance())
                .contains(tuple("Reading Comprehension", OptionalDouble.of(3.88)),
                        tuple("Social Perceptiveness", OptionalDouble.of(4.12)));
        Descriptor unrated = nurses.skills().get(5);
        assertThat(unrated.name()).isEqualTo("Operations Analysis");
        assertThat(unrated.isRated()).isFalse();
        assertThat(nurses.skills()).allSatisfy(d -> assertThat(d.level()).isEmpty());
        // Knowledge.xlsx IM: Psychology 4.58; Abilities.txt IM: Problem Sensitivity 4.12
        assertThat(nurses.knowledge().get(0).importance()).isEqualTo(OptionalDouble.of(4.58));
        assertThat(nurses.abilities().get(0).importance()).isEqualTo(OptionalDouble.of(4.12));
        assertThat(nurses.abilities()).hasSize(4);
    }

    @Test
    void interests_work_values_titles_and_related_occupations_are_mapped() {
        // Interests.txt, 29-1141.00, OI: Social 5.62, Investigative 4.82
        assertThat(nurses.interests()).extracting(Interest::type).containsExactly(RiasecType.values());
        assertThat(nurses.interests().get(3).score()).isEqualTo(OptionalDouble.of(5.62));
        assertThat(nurses.workValues()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("Relationships");
            assertThat(v.characteristics()).hasSize(2);
        });
        assertThat(nurses.alternateTitles()).containsExactly("Cardiac Care Unit Nurse (CCU Nurse)", "Charge Nurse",
                "Circulating Nurse", "Community Health Nurse");
        assertThat(nurses.relatedOccupations()).extracting(r -> r.code().value()).containsExactly(
                "29-1141.01", "29-1171.00", "29-1141.03", "29-1141.04", "29-2061.00");
        assertThat(nurses.relatedOccupations().get(1).title()).isEqualTo("Nurse Practitioners");
    }

    @Test
    void tools_and_technology_keep_their_kind_and_flags() {
        assertThat(nurses.toolsAndTechnology()).extracting(c -> c.kind(), c -> c.title()).containsExactly(
                tuple(TechnologyKind.TOOL, "Arterial blood gas monitors"),
                tuple(TechnologyKind.TECHNOLOGY, "Medical software"),
                tuple(TechnologyKind.TECHNOLOGY,
                        "Business intelligence and data analysis software"));
        assertThat(nurses.toolsAndTechnology().get(2).examples()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Apache Spark");
            assertThat(e.hotTechnology()).isTrue();
            assertThat(e.inDemand()).isFalse();
        });
    }

    @Test
    void education_and_training_are_the_bls_ep_figures() {
        var education = nurses.education().orElseThrow();

        // education.xlsx Table 5.4 and 5.3, Registered nurses
        assertThat(education.typicalEntryEducation()).contains(new CodedValue("3", "Bachelor's degree"));
        assertThat(education.workExperience()).contains(new CodedValue("3", "None"));
        assertThat(education.onTheJobTraining()).contains(new CodedValue("6", "None"));
        assertThat(education.attainment()).hasSize(7).contains(
                new AttainmentShare("Associate's degree", OptionalDouble.of(25.6)),
                new AttainmentShare("Bachelor's degree", OptionalDouble.of(54.4)));
        assertThat(education.matrixOccupation()).map(m -> m.code().value()).contains("29-1141");
        assertThat(education.jobZone()).isEmpty();
    }

    @Test
    void links_videos_and_training_programs_are_mapped() {
        var resources = nurses.resources();

        assertThat(resources.outlookHandbooks()).map(l -> l.url())
                .containsExactly("https://www.bls.gov/ooh/healthcare/registered-nurses.htm");
        assertThat(resources.stateLmiLinks()).singleElement().satisfies(l -> assertThat(l.stateName())
                .isEqualTo("California"));
        assertThat(resources.careerVideoUrl()).isPresent();
        assertThat(resources.videos()).singleElement().satisfies(v -> assertThat(v.code()).isEqualTo("29114100"));
        assertThat(resources.trainingPrograms()).containsExactly(
                new TrainingProgram(Optional.of("51.3801"), "Registered Nursing/Registered Nurse."),
                new TrainingProgram(Optional.empty(), "Nursing Science."));
    }
}
