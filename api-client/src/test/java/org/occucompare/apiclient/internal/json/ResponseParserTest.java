package org.occucompare.apiclient.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ResponseParserTest {
    private final ResponseParser parser = new ResponseParser();

    static byte[] fixture(String name) {
        try (InputStream in = ResponseParserTest.class.getResourceAsStream("/careeronestop/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OccupationDetailJson detail(String name) throws MalformedResponseException {
        return Objects.requireNonNull(parser.parse(fixture(name)).first());
    }

    @Test
    void occupation_detail_as_an_array_is_read() throws Exception {
        OccupationDetailsJson body = parser.parse(fixture("registered-nurses-ca.json"));

        assertThat(body.occupationDetail()).hasSize(1);
        assertThat(body.first().onetCode()).isEqualTo("29-1141.00");
        assertThat(body.recordCount()).isEqualTo("1");
        assertThat(body.didYouMean()).isEmpty();
        assertThat(body.autoCorrection()).isNull();
    }

    @Test
    void occupation_detail_as_a_single_object_is_read() throws Exception {
        OccupationDetailsJson body = parser.parse(fixture("acute-care-nurses-us.json"));

        assertThat(body.first().onetTitle()).isEqualTo("Acute Care Nurses");
        assertThat(body.didYouMean()).isEqualTo("Acute Care Nurses");
        assertThat(body.autoCorrection()).isEqualTo("acute care nurse -> Acute Care Nurses");
    }

    @Test
    void related_titles_are_read_from_an_object_map_in_order() throws Exception {
        assertThat(detail("registered-nurses-ca.json").relatedOnetTitles()).containsExactly(
                new RelatedTitleJson("29-1141.01", "Acute Care Nurses"),
                new RelatedTitleJson("29-1171.00", "Nurse Practitioners"),
                new RelatedTitleJson("29-1141.03", "Critical Care Nurses"),
                new RelatedTitleJson("29-1141.04", "Clinical Nurse Specialists"),
                new RelatedTitleJson("29-2061.00", "Licensed Practical and Licensed Vocational Nurses"));
    }

    @Test
    void related_titles_are_read_from_a_key_value_list_dropping_rows_without_a_code() throws Exception {
        assertThat(detail("acute-care-nurses-us.json").relatedOnetTitles()).containsExactly(
                new RelatedTitleJson("29-1141.00", "Registered Nurses"),
                new RelatedTitleJson("29-1141.03", "Critical Care Nurses"),
                new RelatedTitleJson("29-2043.00", "Paramedics"));
    }

    @Test
    void key_casings_dwa_title_element_id_st_fips_and_per_cent_change_all_match() throws Exception {
        OccupationDetailJson nurses = detail("registered-nurses-ca.json");
        OccupationDetailJson acute = detail("acute-care-nurses-us.json");

        assertThat(nurses.dwas()).extracting(DwaJson::dwaTitle).contains("Maintain medical facility records.");
        assertThat(acute.dwas()).extracting(DwaJson::dwaId).containsExactly(
                "4.A.2.b.1.I06.D02", "4.A.4.a.1.I05.D01", "4.A.2.a.4.I06.D02");
        assertThat(acute.interestDataList()).extracting(DescriptorJson::elementId).startsWith("1.B.1.a", "1.B.1.b");
        assertThat(acute.interestDataList().get(0).elementDescription()).startsWith("Work involves designing");
        ProjectionRowJson national = nurses.projections().projections().get(0);
        assertThat(national.stFips()).isEqualTo("00");
        assertThat(national.perCentChange()).isEqualTo("4.9");
        assertThat(acute.projections().projections().get(0).stFips()).isEqualTo("0");
        assertThat(acute.projections().projections().get(0).perCentChange()).isEqualTo("4.9");
    }

    @Test
    void json_numbers_arrive_as_their_text() throws Exception {
        OccupationDetailJson acute = detail("acute-care-nurses-us.json");

        assertThat(acute.wages().wageYear()).isEqualTo("2024");
        assertThat(acute.tasks().get(0).taskId()).isEqualTo("18298");
        assertThat(acute.tasks().get(1).dataValue()).isEqualTo("4.1");
        assertThat(acute.projections().projections().get(0).estimatedEmployment()).isEqualTo("3391000");
        assertThat(detail("registered-nurses-ca.json").projections().industryOccEmplt().get(0).estimatedEmployment())
                .isEqualTo("1702.3");
    }

    @Test
    void a_single_object_or_a_single_string_is_read_as_a_list_of_one() throws Exception {
        OccupationDetailJson acute = detail("acute-care-nurses-us.json");
        OccupationDetailJson nurses = detail("registered-nurses-ca.json");

        assertThat(acute.wages().nationalWagesList()).hasSize(1);
        assertThat(acute.wages().nationalWagesList().get(0).median()).isEqualTo(" $93,600 ");
        assertThat(acute.alternateTitles()).containsExactly("Acute Care Nurse");
        assertThat(nurses.oohs()).extracting(OohJson::oohUrl)
                .containsExactly("https://www.bls.gov/ooh/healthcare/registered-nurses.htm");
        assertThat(nurses.toolsAndTechOccupationDetails()).hasSize(1);
        assertThat(nurses.workValuesOccupationDetails()).extracting(WorkValueJson::workValue)
                .containsExactly("Relationships");
    }

    @Test
    void empty_strings_in_place_of_objects_or_lists_read_as_absent() throws Exception {
        OccupationDetailJson scientists = detail("data-scientists-us.json");
        OccupationDetailJson acute = detail("acute-care-nurses-us.json");

        assertThat(scientists.wages()).isNull();
        assertThat(scientists.relatedOnetTitles()).isNullOrEmpty();
        assertThat(scientists.tasks()).isNull();
        assertThat(acute.knowledgeDataList()).isNull();
    }

    @Test
    void wage_top_codes_and_missing_markers_stay_verbatim_text() throws Exception {
        WagesJson wages = detail("chief-executives-us.json").wages();

        assertThat(wages.nationalWagesList().get(0).pct90()).isEqualTo("239,200+");
        assertThat(wages.nationalWagesList().get(1).pct90()).isEqualTo("100+");
        assertThat(wages.stateWagesList().get(0).pct75()).isEqualTo("208,000+");
        assertThat(wages.stateWagesList().get(1)).extracting(WageRowJson::pct10, WageRowJson::median,
                WageRowJson::pct75, WageRowJson::pct90).containsExactly(null, "**", "#", "*");
    }

    @Test
    void tool_examples_and_work_value_characteristics_accept_plain_strings() throws Exception {
        OccupationDetailJson executives = detail("chief-executives-us.json");

        ToolsAndTechJson tools = executives.toolsAndTechOccupationDetails().get(0);
        assertThat(tools.tools().categories().get(0).examples()).containsExactly(
                new ExampleJson("10-key calculators", null, null));
        assertThat(tools.technology().categories().get(0).examples()).containsExactly(
                new ExampleJson("Adobe Acrobat", "Yes", "No"));
        assertThat(executives.workValuesOccupationDetails().get(0).characteristics()).hasSize(1);
    }

    @Test
    void training_programs_accept_strings_and_objects() throws Exception {
        assertThat(detail("registered-nurses-ca.json").trainingPrograms()).containsExactly(
                new TrainingProgramJson(null, "51.3801 Registered Nursing/Registered Nurse."),
                new TrainingProgramJson(null, "Nursing Science."));
        assertThat(detail("chief-executives-us.json").trainingPrograms()).containsExactly(
                new TrainingProgramJson("52.0201", "Business Administration and Management, General."));
    }

    @Test
    void metadata_and_its_data_sources_are_read() throws Exception {
        MetaDataJson meta = parser.parse(fixture("registered-nurses-ca.json")).metaData();

        assertThat(meta.publisher()).isEqualTo("CareerOneStop");
        assertThat(meta.dataSource()).extracting(DataSourceJson::dataVintageOrVersion)
                .containsExactly("O*NET 30.1", "May 2024", "2024-2034", "2024");
    }

    @Test
    void a_truncated_body_is_malformed_with_a_position_but_no_excerpt() {
        byte[] whole = fixture("registered-nurses-ca.json");
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> parser.parse(truncated))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("line")
                .hasMessageNotContaining("Registered");
    }

    @Test
    void html_an_empty_body_a_json_array_and_trailing_garbage_are_malformed() {
        for (String body : List.of("<!DOCTYPE html><html></html>", "", "  ", "[1, 2]", "{\"RecordCount\": 1} x")) {
            assertThatThrownBy(() -> parser.parse(body.getBytes(StandardCharsets.UTF_8)))
                    .as(body)
                    .isInstanceOf(MalformedResponseException.class);
        }
    }

    @Test
    void error_bodies_yield_their_message_and_suggestion_and_non_json_yields_nothing() {
        assertThat(parser.readErrorBody(fixture("not-found-404.json"))).isEqualTo(
                new ErrorBodyJson("Not found - (No data available)", "Registered Nurses", null));
        assertThat(parser.readErrorBody(fixture("bad-request-400.json")).message())
                .startsWith("The request is invalid");
        assertThat(parser.readErrorBody(fixture("error-page.html"))).isEqualTo(ErrorBodyJson.EMPTY);
    }
}
