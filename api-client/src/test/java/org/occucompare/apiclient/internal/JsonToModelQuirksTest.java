package org.occucompare.apiclient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.occucompare.apiclient.FakeCareerOneStop;
import org.occucompare.apiclient.internal.json.OccupationDetailJson;
import org.occucompare.apiclient.internal.json.OccupationDetailsJson;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SourceKind;
import org.occucompare.core.model.Task;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;

/** The variants of the JSON, each mapped as the issue and response-shape.md require. */
class JsonToModelQuirksTest {
    private static final Location CALIFORNIA = new Location.State(UsState.fromPostalCode("CA").orElseThrow());

    @Test
    void wages_of_a_detailed_onet_occupation_are_inherited_from_its_soc() {
        Occupation acute = Fixtures.map("acute-care-nurses-us.json", Location.NATIONAL);

        var wages = acute.wages().orElseThrow();
        assertThat(wages.inherited()).isTrue();
        assertThat(wages.wageOccupation()).map(w -> w.code().value()).contains("29-1141");
        assertThat(wages.year()).hasValue(2024);
        // "$66,030" and " $93,600 ": dollar signs, separators and blanks around
        assertThat(wages.national(RateType.ANNUAL).orElseThrow().median()).isEqualTo(WageAmount.of(93_600));
        assertThat(wages.national(RateType.ANNUAL).orElseThrow().p10()).isEqualTo(WageAmount.of(66_030));
        assertThat(wages.estimates()).hasSize(1);
    }

    @Test
    void wages_of_a_soc_level_code_reported_for_another_soc_are_inherited() {
        var body = Fixtures.body("chief-executives-us.json");
        Occupation executives = JsonToModel.map(body, Optional.empty(), Optional.empty(), Location.NATIONAL,
                Fixtures.ALL, Fixtures.NOW);
        assertThat(executives.wages().orElseThrow().inherited()).isFalse();

        String renamed = new String(FakeCareerOneStop.fixture("chief-executives-us.json"), StandardCharsets.UTF_8)
                .replace("\"SocCode\": \"11-1011\"", "\"SocCode\": \"11-1010\"");
        OccupationDetailsJson other = Fixtures.parse(renamed.getBytes(StandardCharsets.UTF_8));
        assertThat(JsonToModel.map(other, Optional.empty(), Optional.empty(), Location.NATIONAL, Fixtures.ALL,
                Fixtures.NOW).wages().orElseThrow().inherited()).isTrue();
    }

    @Test
    void top_codes_become_lower_bounds_and_markers_become_missing_with_their_reason() {
        var wages = Fixtures.map("chief-executives-us.json", Location.NATIONAL).wages().orElseThrow();
        WageEstimate annual = wages.national(RateType.ANNUAL).orElseThrow();
        WageEstimate hourly = wages.national(RateType.HOURLY).orElseThrow();
        WageEstimate stateAnnual = wages.find(CALIFORNIA, RateType.ANNUAL).orElseThrow();
        WageEstimate stateHourly = wages.find(CALIFORNIA, RateType.HOURLY).orElseThrow();

        // national_M2024_dl, 11-1011: A_MEDIAN 206,420; A_PCT75/A_PCT90 "#" (sent as "239,200+")
        assertThat(annual.median()).isEqualTo(WageAmount.of(206_420));
        assertThat(annual.p75()).isEqualTo(WageAmount.topCoded(239_200));
        assertThat(annual.p90().lowerBound()).isEqualTo(OptionalDouble.of(239_200));
        assertThat(annual.p90().value()).isEmpty();
        // get-occupation-details-api.txt: "'100+' indicates the hourly wage is equal to or greater than $115.00"
        assertThat(hourly.p90()).isEqualTo(WageAmount.topCoded(115));
        assertThat(stateAnnual.p75()).isEqualTo(WageAmount.topCoded(208_000));
        assertThat(stateAnnual.p90()).isEqualTo(WageAmount.missing(MissingReason.NOT_AVAILABLE));
        assertThat(List.of(stateHourly.p10(), stateHourly.p25(), stateHourly.median(), stateHourly.p75(),
                stateHourly.p90())).containsExactly(WageAmount.missing(MissingReason.NOT_AVAILABLE),
                WageAmount.missing(MissingReason.NOT_AVAILABLE), WageAmount.missing(MissingReason.SUPPRESSED),
                WageAmount.topCoded(WageAmount.OEWS_TOP_CODE_HOURLY_USD),
                WageAmount.missing(MissingReason.NOT_AVAILABLE));
    }

    @Test
    void numbers_as_json_numbers_null_and_n_a_are_read_or_absent() {
        Occupation acute = Fixtures.map("acute-care-nurses-us.json", Location.NATIONAL);
        Occupation executives = Fixtures.map("chief-executives-us.json", Location.NATIONAL);

        var national = acute.projections().orElseThrow().national().orElseThrow();
        assertThat(national.baseEmployment()).isEqualTo(OptionalLong.of(3_391_000));
        assertThat(national.percentChange()).isEqualTo(OptionalDouble.of(4.9));
        assertThat(national.round().baseYear()).as("the block's years when the row has none").isEqualTo(2024);
        var empty = executives.projections().orElseThrow().national().orElseThrow();
        assertThat(List.of(empty.baseEmployment(), empty.projectedEmployment(), empty.change(),
                empty.annualOpenings())).allMatch(OptionalLong::isEmpty);
        assertThat(empty.percentChange()).isEmpty();
    }

    @Test
    void duplicates_unrated_tasks_and_the_key_value_related_list_are_handled() {
        Occupation acute = Fixtures.map("acute-care-nurses-us.json", Location.NATIONAL);

        assertThat(acute.tasks()).extracting(Task::id).containsExactly("18307", "18298", "18303");
        assertThat(acute.tasks().get(1).rating()).isEmpty();
        assertThat(acute.tasks().get(2).rating()).as("N/A is unrated").isEmpty();
        assertThat(acute.workActivities()).hasSize(3).allSatisfy(a -> assertThat(a.taskIds()).hasSize(1));
        assertThat(acute.relatedOccupations()).extracting(r -> r.code().value())
                .containsExactly("29-1141.00", "29-1141.03", "29-2043.00");
        assertThat(acute.alternateTitles()).containsExactly("Acute Care Nurse");
        assertThat(acute.interests()).hasSize(6);
        assertThat(acute.interests().get(3).score()).isEqualTo(OptionalDouble.of(5.87));
        assertThat(acute.soc()).hasValueSatisfying(s -> assertThat(s.description()).isEmpty());
    }

    @Test
    void did_you_mean_and_auto_correction_are_kept() {
        Occupation acute = Fixtures.map("acute-care-nurses-us.json", Location.NATIONAL);

        assertThat(acute.retrieval().didYouMean()).contains("Acute Care Nurses");
        assertThat(acute.retrieval().autoCorrection()).contains("acute care nurse -> Acute Care Nurses");
    }

    @Test
    void a_requested_section_without_data_is_empty_but_requested() {
        Occupation scientists = Fixtures.map("data-scientists-us.json", Location.NATIONAL);

        assertThat(scientists.isRequested(Section.WAGES)).isTrue();
        assertThat(scientists.wages()).as("\"Wages\": \"\" is no data").isEmpty();
        assertThat(scientists.isRequested(Section.TASKS)).isTrue();
        assertThat(scientists.tasks()).isEmpty();
        assertThat(scientists.relatedOccupations()).isEmpty();
        assertThat(scientists.brightOutlook()).hasValueSatisfying(b -> assertThat(b.categories())
                .containsExactly("Rapid Growth", "Numerous Job Openings"));
        assertThat(scientists.provenance()).doesNotContainKeys(Section.TASKS, Section.WAGES);
    }

    @Test
    void every_outlook_handbook_link_is_kept_in_source_order() {
        Occupation acute = Fixtures.map("acute-care-nurses-us.json", Location.NATIONAL);

        assertThat(acute.resources().outlookHandbooks()).extracting(l -> l.title()).containsExactly(
                "Registered Nurses", "Nurse Anesthetists, Nurse Midwives, and Nurse Practitioners");
    }

    @Test
    void sections_not_requested_stay_empty_and_unrequested_even_when_the_body_has_them() {
        Occupation wagesOnly = Fixtures.map("registered-nurses-ca.json", CALIFORNIA, EnumSet.of(Section.WAGES));

        assertThat(wagesOnly.requestedSections()).containsExactly(Section.WAGES);
        assertThat(wagesOnly.isRequested(Section.TASKS)).isFalse();
        assertThat(wagesOnly.tasks()).isEmpty();
        assertThat(wagesOnly.skills()).isEmpty();
        assertThat(wagesOnly.projections()).isEmpty();
        assertThat(wagesOnly.education()).isEmpty();
        assertThat(wagesOnly.resources().trainingPrograms()).isEmpty();
        assertThat(wagesOnly.resources().outlookHandbooks()).isEmpty();
        assertThat(wagesOnly.wages()).isPresent();
        assertThat(wagesOnly.provenance()).containsOnlyKeys(Section.WAGES);
    }

    @Test
    void metadata_becomes_provenance_per_section() {
        Occupation nurses = Fixtures.map("registered-nurses-ca.json", CALIFORNIA);

        assertThat(nurses.provenance(Section.TASKS)).hasValueSatisfying(p -> {
            assertThat(p.source()).isEqualTo(SourceKind.ONET);
            assertThat(p.vintage()).isEqualTo("O*NET 30.1");
            assertThat(p.url()).contains("https://www.onetcenter.org/database.html");
            assertThat(p.citation()).hasValueSatisfying(c -> assertThat(c).contains("CC BY 4.0"));
        });
        assertThat(nurses.provenance(Section.WAGES)).map(p -> p.source() + " " + p.vintage())
                .contains("OEWS May 2024");
        assertThat(nurses.provenance(Section.PROJECTIONS)).map(p -> p.source() + " " + p.vintage())
                .contains("EMPLOYMENT_PROJECTIONS 2024-2034");
        assertThat(nurses.provenance(Section.TRAINING)).map(p -> p.vintage()).contains("2024");
        assertThat(nurses.provenance(Section.METADATA)).hasValueSatisfying(p -> {
            assertThat(p.source()).isEqualTo(SourceKind.CAREERONESTOP);
            assertThat(p.vintage()).isEqualTo("2026-05-04T15:02:11Z");
            assertThat(p.citation()).hasValueSatisfying(c -> assertThat(c).startsWith("Get Occupation Details"));
        });
        // no data source names videos or industries: the documented source, marked "via CareerOneStop"
        assertThat(nurses.provenance(Section.INDUSTRY_EMPLOYMENT)).map(p -> p.name() + " " + p.vintage())
                .contains("BLS Employment Projections, via CareerOneStop 2024–2034");
        assertThat(nurses.provenance(Section.VIDEOS)).map(p -> p.vintage()).contains("as served on 2026-05-04");
    }

    @Test
    void without_metadata_sections_with_data_get_their_documented_source() {
        Occupation acute = Fixtures.map("acute-care-nurses-us.json", Location.NATIONAL);

        assertThat(acute.provenance(Section.METADATA)).isEmpty();
        assertThat(acute.provenance(Section.WAGES)).map(p -> p.name() + " " + p.vintage())
                .contains("OEWS, via CareerOneStop May 2024");
        assertThat(acute.provenance(Section.TASKS)).map(p -> p.source()).contains(SourceKind.ONET);
        assertThat(acute.provenance(Section.SKILLS)).as("no skills, no provenance").isEmpty();
    }

    @Test
    void string_forms_of_examples_work_values_and_training_programs_are_mapped() {
        Occupation executives = Fixtures.map("chief-executives-us.json", Location.NATIONAL);

        assertThat(executives.toolsAndTechnology()).hasSize(2);
        assertThat(executives.toolsAndTechnology().get(0).examples()).singleElement()
                .satisfies(e -> assertThat(e.hotTechnology()).isFalse());
        assertThat(executives.toolsAndTechnology().get(1).examples().get(0).hotTechnology()).isTrue();
        assertThat(executives.workValues()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("Recognition");
            assertThat(v.characteristics()).hasSize(1);
        });
        assertThat(executives.resources().trainingPrograms()).singleElement()
                .satisfies(p -> assertThat(p.cipCode()).contains("52.0201"));
        assertThat(executives.brightOutlook()).as("blank outlook fields are none").isEmpty();
    }

    @Test
    void an_answer_without_a_code_uses_the_asked_one_and_without_any_is_an_upstream_error() {
        var body = Fixtures.body("data-scientists-us.json");
        var stripped = new OccupationDetailsJson(
                List.of(new OccupationDetailJson(null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null)),
                body.recordCount(), null, null, null);

        Occupation asked = JsonToModel.map(stripped, Optional.of(OccupationCode.parse("15-2051.00")),
                Optional.of("Data Scientists"), Location.NATIONAL, Fixtures.ALL, Fixtures.NOW);
        assertThat(asked.code().value()).isEqualTo("15-2051.00");
        assertThat(asked.title()).isEqualTo("Data Scientists");
        assertThatThrownBy(() -> JsonToModel.map(stripped, Optional.empty(), Optional.empty(), Location.NATIONAL,
                Fixtures.ALL, Fixtures.NOW))
                .isInstanceOfSatisfying(OccupationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM))
                .hasMessageContaining("no O*NET code");
    }
}
