package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare --chart interests|attainment|industries} and {@code show --chart …} over the bundled sample. The
 * figures are O*NET 30.1 {@code Interests.txt} (29-1141.00 Social 5.62) and Employment Projections 2024–34
 * {@code education.xlsx} table 5.3 (15-1252 Master's degree 30.1 %).
 */
class ProfileChartCommandTest {
    @TempDir
    static Path store;

    @TempDir
    Path files;

    private static CommandRunner cli;

    @BeforeAll
    static void loadTheSampleOnce() {
        cli = CommandRunner.onSample(store);
    }

    @Test
    void compare_draws_the_interest_profiles_side_by_side_and_show_one_occupation_s() throws IOException {
        Path both = files.resolve("interests.svg");
        Path one = files.resolve("one/interests.pdf");

        assertThat(cli.run("compare", "29-1141.00", "15-1252.00", "--chart", "interests", "--out", both.toString()))
                .isZero();
        assertThat(Files.readString(both, StandardCharsets.UTF_8)).contains("<title>Interest profile (RIASEC)</title>")
                .contains(">Registered Nurses<").contains(">Software Developers<");
        assertThat(cli.err()).contains("Wrote the interests chart to " + both);

        assertThat(cli.run("show", "29-1141.00", "--chart", "interests", "--out", one.toString(), "--size", "single"))
                .isZero();
        assertThat(Files.readAllBytes(one)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(cli.out()).contains("Registered Nurses"); // the text report still goes to standard output
    }

    @Test
    void a_csv_out_file_writes_the_table_the_chart_draws() throws IOException {
        Path csv = files.resolve("attainment.csv");

        assertThat(cli.run("show", "15-1252.00", "--chart", "attainment", "--out", csv.toString())).isZero();

        List<CSVRecord> rows = CommandRunner.csv(csv);
        assertThat(rows).hasSize(7);
        assertThat(rows).filteredOn(r -> r.get("category").equals("Master's degree")).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("value")).isEqualTo("30.1");
                    assertThat(r.get("measure")).isEqualTo("share_of_workers_pct");
                    assertThat(r.get("status")).isEqualTo("figure");
                });
        assertThat(cli.err()).contains("Wrote the attainment chart's table to " + csv);
    }

    @Test
    void show_fetches_the_section_its_chart_draws_whatever_sections_chose() throws IOException {
        Path csv = files.resolve("attainment-wages.csv");

        assertThat(cli.run("show", "15-1252.00", "--sections", "wages", "--chart", "attainment", "--out",
                csv.toString())).isZero();

        // the same figure as without --sections (EP table 5.3: 30.1 % of software developers hold a master's)
        assertThat(CommandRunner.csv(csv)).filteredOn(r -> r.get("category").equals("Master's degree"))
                .singleElement().satisfies(r -> assertThat(r.get("value")).isEqualTo("30.1"));
    }

    @Test
    void a_comparison_chart_has_no_csv_table_and_show_draws_only_profiles() {
        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--chart", "wages", "--out", "x.csv"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--format csv");

        assertThat(cli.run("show", "29-1141.00", "--chart", "growth", "--out", "x.png")).isEqualTo(2);
        assertThat(cli.err()).contains("occucompare compare");
    }
}
