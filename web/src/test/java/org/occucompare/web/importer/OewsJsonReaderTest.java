package org.occucompare.web.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.core.OccupationException;
import org.occucompare.web.store.row.AreaRow;
import org.occucompare.web.store.row.EmploymentShareRow;
import org.occucompare.web.store.row.WageCell;
import org.occucompare.web.store.row.WageRow;

/** The figures held here are the (issue 11), read from the JSON re-encodings of the official releases. */
class OewsJsonReaderTest {
    private static CollectingSink read(ImportOptions options, Path... paths) {
        BulkFileReader reader = new BulkFileReader(options);
        CollectingSink sink = new CollectingSink();
        reader.readAll(reader.plan(List.of(paths)), sink, file -> { });
        return sink;
    }

    private static Optional<WageRow> find(List<WageRow> rows, String soc, String area, String rate) {
        return rows.stream().filter(r -> r.socCode().equals(soc) && r.areaKey().equals(area)
                && r.rateType().equals(rate)).findFirst();
    }

    @Test
    void may_2025_states_hold_the_illinois_median_and_the_california_hourly_median_of_registered_nurses() {
        List<WageRow> rows = read(ImportOptions.NONE, SharedData.require("bls-oews-state-json/may2025/states/17.json"),
                SharedData.require("bls-oews-state-json/may2025/states/06.json")).of(WageRow.class);

        WageRow illinois = find(rows, "29-1141", "IL", "ANNUAL").orElseThrow();
        assertThat(illinois.year()).isEqualTo(2025);
        assertThat(illinois.median()).isEqualTo(WageCell.figure(95_990));
        assertThat(illinois.mean()).isEqualTo(WageCell.figure(94_360));
        assertThat(illinois.employment()).hasValue(138_910);
        assertThat(illinois.socTitle()).isEqualTo("Registered Nurses");
        WageRow californiaHourly = find(rows, "29-1141", "CA", "HOURLY").orElseThrow();
        assertThat(californiaHourly.median()).isEqualTo(WageCell.figure(67.44));
        assertThat(californiaHourly.p10().kind()).isEqualTo(WageCell.Kind.NOT_AVAILABLE);
    }

    private static EmploymentShareRow share(List<EmploymentShareRow> rows, String soc, String area) {
        return rows.stream().filter(r -> r.socCode().equals(soc) && r.areaKey().equals(area)).findFirst()
                .orElseThrow(() -> new AssertionError("no share of " + soc + " in " + area));
    }

    @Test
    void states_carry_jobs_per_1000_and_the_location_quotient_of_their_year() {
        // may2025/states/17.json and 06.json, "29-1141": "j1k":22.78,"lq":1.05 and "j1k":18.609,"lq":0.86;
        // may2024/states/17.json: "j1k":23.066,"lq":1.08
        List<EmploymentShareRow> rows = read(ImportOptions.NONE,
                SharedData.require("bls-oews-state-json/may2025/states/17.json"),
                SharedData.require("bls-oews-state-json/may2025/states/06.json"),
                SharedData.require("bls-oews-state-json/may2024/states/17.json")).of(EmploymentShareRow.class);

        assertThat(rows).contains(new EmploymentShareRow("29-1141", "IL", 2025, OptionalDouble.of(22.78),
                OptionalDouble.of(1.05)), new EmploymentShareRow("29-1141", "CA", 2025, OptionalDouble.of(18.609),
                OptionalDouble.of(0.86)), new EmploymentShareRow("29-1141", "IL", 2024, OptionalDouble.of(23.066),
                OptionalDouble.of(1.08)));
        // one row per occupation and year, not per rate type
        assertThat(rows.stream().filter(r -> r.socCode().equals("29-1141"))).hasSize(3);
    }

    @Test
    void the_nation_has_no_shares_metros_have_only_the_quotient_and_nonmetro_areas_have_both() {
        assertThat(read(ImportOptions.NONE, SharedData.require("bls-oews-state-json/may2025/national.json"))
                .of(EmploymentShareRow.class)).isEmpty();
        // metros/16980.json "29-1141": "lq":1.02 and no jobs per 1,000 in the metro set
        assertThat(share(read(ImportOptions.NONE, SharedData.require("bls-oews-msa-2025-json/metros/16980.json"))
                .of(EmploymentShareRow.class), "29-1141", "area:16980")).isEqualTo(new EmploymentShareRow("29-1141",
                "area:16980", 2025, OptionalDouble.empty(), OptionalDouble.of(1.02)));
        // nonmetro-territories/1700004.json "29-1141": "j1k":28.738,"lq":1.35
        assertThat(share(read(ImportOptions.NONE,
                SharedData.require("bls-oews-state-json/may2024/nonmetro-territories/1700004.json"))
                .of(EmploymentShareRow.class), "29-1141", "area:1700004")).isEqualTo(new EmploymentShareRow(
                "29-1141", "area:1700004", 2024, OptionalDouble.of(28.738), OptionalDouble.of(1.35)));
    }

    @Test
    void a_share_that_is_no_share_is_refused_with_the_file_and_field(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("may2025").resolve("states"));
        Path over = Files.writeString(folder.resolve("17.json"), "{\"fips\":\"17\",\"occupations\":"
                + "{\"29-1141\":{\"med\":95990,\"j1k\":1200}}}");
        Path text = Files.writeString(folder.resolve("06.json"), "{\"fips\":\"06\",\"occupations\":"
                + "{\"29-1141\":{\"med\":140270,\"lq\":\"high\"}}}");

        assertThatThrownBy(() -> read(ImportOptions.NONE, over)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("17.json").hasMessageContaining("'j1k' must be a number from 0 to 1000");
        assertThatThrownBy(() -> read(ImportOptions.NONE, text)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("06.json").hasMessageContaining("'lq' must be a number of 0 or more");
    }

    @Test
    void the_may_2025_national_file_names_its_own_year_and_holds_the_us_median_of_registered_nurses() {
        List<WageRow> rows = read(ImportOptions.NONE, SharedData.require("bls-oews-state-json/may2025/national.json"))
                .of(WageRow.class);

        WageRow nation = find(rows, "29-1141", "US", "ANNUAL").orElseThrow();
        assertThat(nation.median()).isEqualTo(WageCell.figure(97_550));
        assertThat(nation.year()).isEqualTo(2025);
        assertThat(rows.stream().filter(r -> r.rateType().equals("ANNUAL"))).hasSize(830);
    }

    @Test
    void metro_files_give_chicago_and_austin_annual_medians_and_skip_the_onet_keys() {
        Path metros = SharedData.require("bls-oews-msa-2025-json/metros");
        List<WageRow> rows = read(ImportOptions.NONE, metros.resolve("16980.json"), metros.resolve("12420.json"))
                .of(WageRow.class);

        assertThat(find(rows, "29-1141", "area:16980", "ANNUAL").orElseThrow().median())
                .isEqualTo(WageCell.figure(100_490));
        assertThat(find(rows, "15-1252", "area:16980", "ANNUAL").orElseThrow().median())
                .isEqualTo(WageCell.figure(134_380));
        WageRow austin = find(rows, "15-1252", "area:12420", "ANNUAL").orElseThrow();
        assertThat(austin.median()).isEqualTo(WageCell.figure(134_120));
        assertThat(austin.areaName()).isEqualTo("Austin-Round Rock-San Marcos, TX");
        assertThat(austin.year()).isEqualTo(2025);
        assertThat(austin.mean().kind()).isEqualTo(WageCell.Kind.NOT_AVAILABLE);
        assertThat(rows).noneMatch(r -> r.socCode().contains(".") || r.rateType().equals("HOURLY"));
    }

    @Test
    void may_2024_nonmetro_areas_are_read_as_bls_areas_with_hourly_figures() {
        List<WageRow> rows = read(ImportOptions.NONE,
                SharedData.require("bls-oews-state-json/may2024/nonmetro-territories/1700004.json")).of(WageRow.class);

        WageRow managers = find(rows, "11-1021", "area:1700004", "ANNUAL").orElseThrow();
        assertThat(managers.year()).isEqualTo(2024);
        assertThat(managers.areaName()).isEqualTo("South Illinois nonmetropolitan area");
        assertThat(managers.median()).isEqualTo(WageCell.figure(79_630));
        assertThat(find(rows, "11-1021", "area:1700004", "HOURLY").orElseThrow().median())
                .isEqualTo(WageCell.figure(38.28));
        // Chief Executives: employment published, every wage withheld
        assertThat(find(rows, "11-1011", "area:1700004", "ANNUAL").orElseThrow().median().kind())
                .isEqualTo(WageCell.Kind.NOT_AVAILABLE);
    }

    @Test
    void the_area_list_gives_all_530_areas_with_their_states_and_kind() {
        List<AreaRow> areas = read(ImportOptions.NONE,
                SharedData.require("bls-oews-msa-2025-json/metros-index.json")).of(AreaRow.class);

        assertThat(areas).hasSize(530);
        assertThat(areas.stream().filter(a -> a.kind().equals("metro"))).hasSize(393);
        assertThat(areas).contains(new AreaRow("16980", "Chicago-Naperville-Elgin, IL-IN", "IL,IN", "metro"));
    }

    @Test
    void a_file_whose_year_is_nowhere_is_refused_unless_the_year_is_given(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("17.json"), "{\"fips\":\"17\",\"name\":\"Illinois\",\"occupations\":"
                + "{\"29-1141\":{\"title\":\"Registered Nurses\",\"med\":95990,\"hmed\":46.15}}}");

        assertThatThrownBy(() -> read(ImportOptions.NONE, file)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("--oews-year");
        ImportOptions with2025 = new ImportOptions(Optional.empty(), java.util.OptionalInt.of(2025), false, false);
        WageRow row = find(read(with2025, file).of(WageRow.class), "29-1141", "IL", "ANNUAL").orElseThrow();
        assertThat(row.year()).isEqualTo(2025);
        assertThat(row.median()).isEqualTo(WageCell.figure(95_990));
    }

    @Test
    void a_year_folder_names_the_year_and_a_bad_soc_key_is_refused_with_the_file(@TempDir Path dir)
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve("may2023").resolve("states"));
        Path good = Files.writeString(folder.resolve("06.json"), "{\"fips\":\"06\",\"occupations\":"
                + "{\"29-1141\":{\"med\":100000}}}");
        assertThat(read(ImportOptions.NONE, good).of(WageRow.class).get(0).year()).isEqualTo(2023);

        Path bad = Files.writeString(folder.resolve("08.json"), "{\"fips\":\"08\",\"occupations\":"
                + "{\"nurses\":{\"med\":100000}}}");
        assertThatThrownBy(() -> read(ImportOptions.NONE, bad)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("08.json").hasMessageContaining("'nurses' is not a SOC code");
    }

    @Test
    void bls_msa_layout_rows_become_area_rows_with_their_year_from_the_file_name(@TempDir Path dir)
            throws IOException {
        // a small file in BLS's own MSA_M2025_dl layout (columns as BLS names them)
        Path msa = Files.writeString(dir.resolve("MSA_M2025_dl.csv"), String.join("\r\n",
                "AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,I_GROUP,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,JOBS_1000,"
                        + "LOC_QUOTIENT,H_MEAN,A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,"
                        + "A_MEDIAN,A_PCT75,A_PCT90",
                "16980,\"Chicago-Naperville-Elgin, IL-IN\",4,IL,000000,cross-industry,29-1141,Registered Nurses,"
                        + "detailed,\"100,240\",,1.02,48.00,\"99,840\",37.22,39.73,48.31,52.13,57.34,\"77,410\","
                        + "\"82,640\",\"100,490\",\"108,430\",\"119,260\"",
                "1700004,South Illinois nonmetropolitan area,6,IL,000000,cross-industry,11-1011,Chief Executives,"
                        + "detailed,90,0.586,~,*,*,*,*,*,*,*,*,*,*,*,*",
                "1700004,South Illinois nonmetropolitan area,6,IL,000000,cross-industry,29-1141,Registered Nurses,"
                        + "detailed,\"4,020\",28.738,1.35,*,*,*,*,*,*,*,*,*,*,*,*"));

        List<WageRow> rows = read(ImportOptions.NONE, msa).of(WageRow.class);

        WageRow chicago = find(rows, "29-1141", "area:16980", "ANNUAL").orElseThrow();
        assertThat(chicago.year()).isEqualTo(2025);
        assertThat(chicago.median()).isEqualTo(WageCell.figure(100_490));
        assertThat(chicago.areaName()).isEqualTo("Chicago-Naperville-Elgin, IL-IN");
        assertThat(find(rows, "29-1141", "area:16980", "HOURLY").orElseThrow().median())
                .isEqualTo(WageCell.figure(48.31));
        assertThat(find(rows, "11-1011", "area:1700004", "ANNUAL").orElseThrow().median().kind())
                .isEqualTo(WageCell.Kind.NOT_AVAILABLE);
        // JOBS_1000 and LOC_QUOTIENT as BLS fills them: blank or a marker is not published
        List<EmploymentShareRow> shares = read(ImportOptions.NONE, msa).of(EmploymentShareRow.class);
        assertThat(shares).containsExactlyInAnyOrder(
                new EmploymentShareRow("29-1141", "area:16980", 2025, OptionalDouble.empty(), OptionalDouble.of(1.02)),
                new EmploymentShareRow("11-1011", "area:1700004", 2025, OptionalDouble.of(0.586),
                        OptionalDouble.empty()),
                new EmploymentShareRow("29-1141", "area:1700004", 2025, OptionalDouble.of(28.738),
                        OptionalDouble.of(1.35)));
    }

    @Test
    void json_that_is_no_oews_file_is_refused_by_name_and_skipped_in_a_directory(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("national.json"), "{\"year\":\"2025\",\"occupations\":{");
        Path other = Files.writeString(dir.resolve("soc-hierarchy.json"), "{\"11-0000\":[\"11-1011\"]}");

        assertThatThrownBy(() -> read(ImportOptions.NONE, other)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("soc-hierarchy.json").hasMessageContaining("not OEWS estimates");
        assertThatThrownBy(() -> read(ImportOptions.NONE, broken)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("national.json");
        Files.delete(broken);
        BulkFileReader reader = new BulkFileReader(ImportOptions.NONE);
        BulkFileReader.Plan plan = reader.plan(List.of(dir));
        assertThat(plan.files()).isEmpty();
        assertThat(plan.skipped()).anySatisfy(s -> assertThat(s).contains("soc-hierarchy.json"));
    }
}
