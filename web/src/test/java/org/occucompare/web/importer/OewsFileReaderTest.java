package org.occucompare.web.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.occucompare.web.store.row.WageCell;
import org.occucompare.web.store.row.WageRow;

class OewsFileReaderTest {
    private static List<WageRow> read(String relative) {
        BulkFileReader reader = new BulkFileReader(ImportOptions.NONE);
        CollectingSink sink = new CollectingSink();
        reader.readAll(reader.plan(List.of(SharedData.require(relative))), sink, file -> { });
        return sink.of(WageRow.class);
    }

    private static Optional<WageRow> find(List<WageRow> rows, String soc, String area, String rate) {
        return rows.stream().filter(r -> r.socCode().equals(soc) && r.areaKey().equals(area)
                && r.rateType().equals(rate)).findFirst();
    }

    @Test
    void registered_nurses_national_median_is_93600_in_may_2024() {
        List<WageRow> rows = read("bls-oews/national_M2024_dl.xlsx");

        WageRow nurses = find(rows, "29-1141", "US", "ANNUAL").orElseThrow();
        assertThat(nurses.year()).isEqualTo(2024);
        assertThat(nurses.median()).isEqualTo(WageCell.figure(93_600));
        assertThat(nurses.p10()).isEqualTo(WageCell.figure(66_030));
        assertThat(nurses.employment().getAsLong()).isEqualTo(3_282_010L);
        assertThat(find(rows, "29-1141", "US", "HOURLY").orElseThrow().median()).isEqualTo(WageCell.figure(45.00));
        assertThat(rows).hasSize(1_403 * 2);
    }

    @Test
    void the_national_file_leaves_the_employment_shares_blank_so_none_are_read() {
        BulkFileReader reader = new BulkFileReader(ImportOptions.NONE);
        CollectingSink sink = new CollectingSink();
        reader.readAll(reader.plan(List.of(SharedData.require("bls-oews/national_M2024_dl.xlsx"))), sink,
                file -> { });

        assertThat(sink.of(WageRow.class)).isNotEmpty();
        assertThat(sink.of(org.occucompare.web.store.row.EmploymentShareRow.class)).isEmpty();
    }

    @Test
    void chief_executives_75th_and_90th_percentiles_are_top_coded_at_the_bls_bound() {
        List<WageRow> rows = read("bls-oews/national_M2024_dl.xlsx");

        WageRow annual = find(rows, "11-1011", "US", "ANNUAL").orElseThrow();
        assertThat(annual.p75()).isEqualTo(WageCell.topCoded(239_200));
        assertThat(annual.p90()).isEqualTo(WageCell.topCoded(239_200));
        assertThat(annual.median()).isEqualTo(WageCell.figure(206_420));
        assertThat(find(rows, "11-1011", "US", "HOURLY").orElseThrow().p90()).isEqualTo(WageCell.topCoded(115.00));
    }

    @Test
    void actors_have_no_annual_wages_because_bls_publishes_them_hourly_only() {
        List<WageRow> rows = read("bls-oews/national_M2024_dl.xlsx");

        WageRow actors = find(rows, "27-2011", "US", "ANNUAL").orElseThrow();
        assertThat(actors.median().kind()).isEqualTo(WageCell.Kind.NOT_AVAILABLE);
        assertThat(find(rows, "27-2011", "US", "HOURLY").orElseThrow().median()).isEqualTo(WageCell.figure(23.33));
    }

    @Test
    void the_state_csv_gives_california_registered_nurses_a_median_of_140330() {
        List<WageRow> rows = read("bls-oews-state-2024-csv/state_M2024_dl.xlsx - state_M2024_dl.csv");

        assertThat(rows).hasSize(37_609);
        WageRow california = find(rows, "29-1141", "CA", "ANNUAL").orElseThrow();
        assertThat(california.median()).isEqualTo(WageCell.figure(140_330));
        assertThat(california.areaName()).isEqualTo("California");
        assertThat(california.year()).isEqualTo(2024);
        assertThat(find(rows, "41-9021", "ND", "ANNUAL").orElseThrow().employment()).isEmpty();
    }
}
