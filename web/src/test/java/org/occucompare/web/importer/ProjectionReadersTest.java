package org.occucompare.web.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.occucompare.core.OccupationException;
import org.occucompare.web.store.row.AttainmentRow;
import org.occucompare.web.store.row.EducationAssignmentRow;
import org.occucompare.web.store.row.ProjectionEstimateRow;
import org.occucompare.web.store.row.SeparationsRow;

class ProjectionReadersTest {
    private static final String STATE_FILE = "projections-central/longterm-2022-2032-all-states/"
            + "longterm_stfips-all_885_occupations - longterm_stfips-all_885_occupations.csv";

    private static CollectingSink read(ImportOptions options, Path path) {
        BulkFileReader reader = new BulkFileReader(options);
        CollectingSink sink = new CollectingSink();
        reader.readAll(reader.plan(List.of(path)), sink, file -> { });
        return sink;
    }

    private static ProjectionEstimateRow find(CollectingSink sink, String soc, String area) {
        return sink.of(ProjectionEstimateRow.class).stream()
                .filter(r -> r.socCode().equals(soc) && r.areaKey().equals(area)).findFirst().orElseThrow();
    }

    @Test
    void the_2024_34_national_projection_for_registered_nurses_is_3391_0_to_3557_1_thousand() {
        CollectingSink sink = read(ImportOptions.NONE, SharedData.require("bls-ep-2024-34/occupation.xlsx"));

        ProjectionEstimateRow nurses = find(sink, "29-1141", "US");
        assertThat(nurses.baseYear()).isEqualTo(2024);
        assertThat(nurses.projectedYear()).isEqualTo(2034);
        assertThat(nurses.baseEmployment().getAsLong()).isEqualTo(3_391_000L);
        assertThat(nurses.projectedEmployment().getAsLong()).isEqualTo(3_557_100L);
        assertThat(nurses.change().getAsLong()).isEqualTo(166_100L);
        assertThat(nurses.annualOpenings().getAsLong()).isEqualTo(189_100L);
        assertThat(nurses.counts()).isEqualTo("ALL_JOBS");
        assertThat(sink.of(ProjectionEstimateRow.class)).hasSize(832 + 281);
        assertThat(sink.of(SeparationsRow.class)).filteredOn(r -> r.socCode().equals("29-1141"))
                .singleElement().satisfies(r -> assertThat(r.transfers().getAsLong()).isEqualTo(74_600L));
        assertThat(sink.of(EducationAssignmentRow.class)).filteredOn(r -> r.socCode().equals("29-1141"))
                .singleElement().satisfies(r -> assertThat(r.entryEducation()).contains("Bachelor's degree"));
    }

    @Test
    void attainment_of_registered_nurses_follows_bls_order() {
        CollectingSink sink = read(ImportOptions.NONE, SharedData.require("bls-ep-2024-34/education.xlsx"));

        List<AttainmentRow> nurses = sink.of(AttainmentRow.class).stream()
                .filter(r -> r.socCode().equals("29-1141")).toList();
        assertThat(nurses).extracting(AttainmentRow::level).containsExactly("Less than high school diploma",
                "High school diploma or equivalent", "Some college, no degree", "Associate's degree",
                "Bachelor's degree", "Master's degree", "Doctoral or professional degree");
        assertThat(nurses.get(4).percent().getAsDouble()).isEqualTo(54.4);
        assertThat(sink.of(EducationAssignmentRow.class)).hasSize(832);
    }

    @Test
    void state_projections_carry_the_round_given_on_the_command_line() {
        CollectingSink sink = read(ImportOptions.NONE.withProjectionYears(YearRange.parse("2022-2032")),
                SharedData.require(STATE_FILE));

        assertThat(sink.of(ProjectionEstimateRow.class)).hasSize(36_626);
        ProjectionEstimateRow national = find(sink, "29-1141", "US");
        assertThat(national.baseEmployment().getAsLong()).isEqualTo(3_172_500L);
        assertThat(national.projectedEmployment().getAsLong()).isEqualTo(3_349_900L);
        assertThat(national.baseYear()).isEqualTo(2022);
        ProjectionEstimateRow california = find(sink, "15-1252", "CA");
        assertThat(california.baseEmployment().getAsLong()).isEqualTo(313_700L);
        assertThat(california.projectedEmployment().getAsLong()).isEqualTo(388_000L);
        assertThat(california.counts()).isEqualTo("PRIMARY_JOBS");
    }

    @Test
    void state_projections_without_a_round_are_refused_before_reading() {
        Path file = SharedData.require(STATE_FILE);
        assertThatThrownBy(() -> new BulkFileReader(ImportOptions.NONE).plan(List.of(file)))
                .isInstanceOf(OccupationException.class)
                .hasMessageContaining("--projection-years");
    }
}
