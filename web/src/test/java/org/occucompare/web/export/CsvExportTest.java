package org.occucompare.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.SampleComparisons;

/** The tidy CSV; expected figures are from the OEWS May 2024 national and state files. */
class CsvExportTest {
    private static final Comparison CHIEFS_AND_NURSES = SampleComparisons.compare(
            List.of("29-1141.00", "11-1011.00", "29-1141.99"), "US", "CA");

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    private static CSVRecord row(List<CSVRecord> records, String code, String location, String measure) {
        return records.stream().filter(r -> r.get("occupation_code").equals(code) && r.get("location")
                .equals(location) && r.get("measure").equals(measure)).findFirst().orElseThrow();
    }

    @Test
    void the_header_states_query_sources_app_version_and_citation() {
        String csv = CsvExport.toCsv(CHIEFS_AND_NURSES, "9.9.9");

        assertThat(csv.lines().takeWhile(l -> l.startsWith("#")).toList())
                .anySatisfy(l -> assertThat(l).startsWith("# query: occupations=29-1141.00,11-1011.00,29-1141.99;"
                        + " locations=US,CA"))
                .anySatisfy(l -> assertThat(l).startsWith("# sources: ").contains("May 2024").contains("30.1"))
                .anySatisfy(l -> assertThat(l).isEqualTo("# app: OccuCompare 9.9.9"))
                .anySatisfy(l -> assertThat(l).startsWith("# cite: This product uses information from the O*NET"))
                .anySatisfy(l -> assertThat(l).startsWith("# unknown: No occupation matches \"29-1141.99\""));
        assertThat(csv.lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow())
                .isEqualTo(String.join(",", CsvExport.COLUMNS));
    }

    @Test
    void one_tidy_row_per_occupation_place_and_measure_with_the_published_figures() throws IOException {
        List<CSVRecord> records = records(CsvExport.toCsv(CHIEFS_AND_NURSES, "1"));

        // national file: 29-1141 A_MEDIAN 93,600; state file: CA 29-1141 A_MEDIAN 140,330, A_PCT90 208,880
        assertThat(row(records, "29-1141.00", "US", "annual_wage_median").get("value")).isEqualTo("93600");
        assertThat(row(records, "29-1141.00", "CA", "annual_wage_median").get("value")).isEqualTo("140330");
        assertThat(row(records, "29-1141.00", "CA", "annual_wage_p90").get("qualifier")).isEqualTo("exact");
        // CA 11-1011 A_PCT90 is "#": top-coded, at least $239,200
        CSVRecord capped = row(records, "11-1011.00", "CA", "annual_wage_p90");
        assertThat(capped.get("value")).isEqualTo("239200");
        assertThat(capped.get("qualifier")).isEqualTo("at_least");
        assertThat(capped.get("unit")).isEqualTo("USD per year");
        assertThat(records.stream().map(r -> r.get("occupation_code") + r.get("location") + r.get("measure"))
                .distinct().count()).isEqualTo(records.size());
    }

    @Test
    void numbers_stay_numbers_even_when_negative_and_text_cells_never_start_a_formula() throws IOException {
        List<CSVRecord> records = records(CsvExport.toCsv(CHIEFS_AND_NURSES, "1"));

        // Projections Central 2022–2032: Chief Executives in California decline
        CSVRecord decline = row(records, "11-1011.00", "CA", "projected_change_pct");
        assertThat(decline.get("value")).startsWith("-");
        assertThat(Double.parseDouble(decline.get("value"))).isNegative();
        assertThat(records).allSatisfy(r -> {
            for (String column : List.of("occupation_title", "location_name", "unit", "source", "note")) {
                assertThat(r.get(column)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@");
            }
        });
    }

    @Test
    void hostile_text_is_neutralized_and_numbers_are_written_plainly() {
        assertThat(CsvCells.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvCells.text("+1")).isEqualTo("'+1");
        assertThat(CsvCells.text("-cmd")).isEqualTo("'-cmd");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("Registered Nurses")).isEqualTo("Registered Nurses");
        assertThat(CsvCells.number(-12.5)).isEqualTo("-12.5");
        assertThat(CsvCells.number(239_200.0)).isEqualTo("239200");
        assertThat(CsvCells.number(0.000012)).isEqualTo("0.000012");
        assertThat(CsvCells.number(OptionalDouble.empty())).isEmpty();
    }

    @Test
    void no_line_opened_in_a_spreadsheet_runs_a_formula_even_when_the_query_is_hostile() {
        Comparison hostile = SampleComparisons.compare(List.of("29-1141.00", "11-1011.00",
                "=HYPERLINK(\"http://evil.example/\",\"x\")", "+1+1", "@SUM(A1)", "-2+3", "\t=1", "x;=1"), "US");

        String csv = CsvExport.toCsv(hostile, "1");

        SpreadsheetView.assertNoFormulaCells(csv);
        assertThat(csv.lines().filter(l -> l.startsWith("# query: ")).findFirst().orElseThrow())
                .contains("HYPERLINK(\"http://evil.example/\"", "SUM(A1)");
    }

    @Test
    void a_comment_line_is_neutralized_wherever_a_spreadsheet_could_start_a_cell() {
        assertThat(CsvCells.comment("query: occupations=29-1141.00,=1+1, +2;@A1,\"-3\""))
                .isEqualTo("query: occupations=29-1141.00,'=1+1,' +2;'@A1,'\"-3\"");
        assertThat(CsvCells.comment("line one\r\n=two\t@three")).isEqualTo("line one =two @three");
        assertThat(CsvCells.comment("=starts")).isEqualTo("'=starts");
        assertThat(CsvCells.comment("sources: O*NET 30.1, OEWS May 2024")).isEqualTo(
                "sources: O*NET 30.1, OEWS May 2024");
        assertThat(CsvCells.comment("score: 0 to 1, -1 means opposite")).isEqualTo(
                "score: 0 to 1,' -1 means opposite");
    }
}
