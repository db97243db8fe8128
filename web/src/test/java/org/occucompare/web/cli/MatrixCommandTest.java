package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code occucompare matrix} over the bundled sample (53 occupations). */
class MatrixCommandTest {
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
    void the_similarity_matrix_of_all_occupations_is_square_symmetric_with_ones_on_the_diagonal() throws IOException {
        Path out = files.resolve("similarity.csv");

        assertThat(cli.run("matrix", "--all", "--out", out.toString())).isZero();

        List<CSVRecord> rows = CommandRunner.csv(out);
        assertThat(rows).hasSize(53);
        assertThat(rows.get(0).size()).isEqualTo(2 + 53);
        for (int a = 0; a < rows.size(); a++) {
            String code = rows.get(a).get("code");
            assertThat(rows.get(a).get(code)).isEqualTo("1");
            for (int b = 0; b < rows.size(); b++) {
                assertThat(rows.get(a).get(b + 2)).isEqualTo(rows.get(b).get(a + 2));
            }
        }
        assertThat(Files.readString(out)).startsWith("# matrix: similarity").contains("# cite: This product uses");
        assertThat(cli.err()).contains("Wrote a 53 × 53 similarity matrix");
    }

    @Test
    void median_gaps_in_a_state_come_from_the_published_medians() throws IOException {
        Path codes = Files.writeString(files.resolve("codes.txt"), "code\n29-1141.00\n# nurses\n29-2061.00\n"
                + "29-1199.99\n");
        Path out = files.resolve("gap.csv");

        assertThat(cli.run("matrix", "--codes", codes.toString(), "--measure", "median-gap", "--location", "CA",
                "--out", out.toString())).isZero();

        List<CSVRecord> rows = CommandRunner.csv(out);
        assertThat(rows).hasSize(2);
        // state file, CA: 29-2061 A_MEDIAN 77,170 minus 29-1141 A_MEDIAN 140,330
        assertThat(rows.get(0).get("29-2061.00")).isEqualTo("-63160");
        assertThat(rows.get(1).get("29-1141.00")).isEqualTo("63160");
        assertThat(rows.get(0).get("29-1141.00")).isEqualTo("0");
        assertThat(cli.err()).contains("Left out 29-1199.99");
    }

    @Test
    void median_gaps_in_a_city_come_from_its_metro_area_and_growth_there_is_refused_with_its_state_named()
            throws IOException {
        Path codes = Files.writeString(files.resolve("codes.txt"), "29-1141.00\n15-1252.00\n");
        Path out = files.resolve("chicago.csv");

        assertThat(cli.run("matrix", "--codes", codes.toString(), "--measure", "median-gap", "--location",
                "Chicago, IL", "--out", out.toString())).as(cli.err()).isZero();

        // OEWS May 2025 metro file, Chicago-Naperville-Elgin: 15-1252 median 134,380 minus 29-1141 median 100,490
        assertThat(CommandRunner.csv(out).get(0).get("15-1252.00")).isEqualTo("33890");
        assertThat(Files.readString(out)).contains("place: area:16980 (Chicago-Naperville-Elgin, IL-IN)");
        assertThat(cli.err()).contains("Place: Chicago, IL → Chicago-Naperville-Elgin, IL-IN metro area");

        assertThat(cli.run("matrix", "--codes", codes.toString(), "--measure", "growth", "--location", "60601",
                "--out", files.resolve("growth-60601.csv").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("Projections are published for the nation and the states, not for"
                + " Chicago-Naperville-Elgin, IL-IN: use --location IL");
        assertThat(files.resolve("growth-60601.csv")).doesNotExist();
    }

    @Test
    void growth_differences_are_in_percentage_points_of_the_projection_round() throws IOException {
        Path codes = Files.writeString(files.resolve("codes.txt"), "29-1141.00\n29-2061.00\n");
        Path out = files.resolve("growth.csv");

        assertThat(cli.run("matrix", "--codes", codes.toString(), "--measure", "growth", "--out", out.toString()))
                .isZero();

        // Employment Projections 2024–34, table 1.2: registered nurses +4.9 %, LPNs +2.6 %
        assertThat(CommandRunner.csv(out).get(0).get("29-2061.00")).isEqualTo("-2.3");
    }

    @Test
    void a_place_for_similarity_or_an_unknown_measure_is_bad_usage() {
        assertThat(cli.run("matrix", "--location", "CA", "--out", files.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(cli.run("matrix", "--measure", "distance", "--out", files.resolve("x.csv").toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("similarity, median-gap, growth");
        assertThat(cli.run("matrix", "--all")).isEqualTo(2);
        assertThat(cli.err()).contains("--out");
    }
}
