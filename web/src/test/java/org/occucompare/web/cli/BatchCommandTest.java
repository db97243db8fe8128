package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.web.export.SpreadsheetView;

/** {@code occucompare batch} over the bundled sample; figures from the OEWS May 2024 state file. */
class BatchCommandTest {
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
    void runs_every_row_skips_a_bad_one_with_its_line_and_writes_an_index() throws IOException {
        Path batch = Files.writeString(files.resolve("study.csv"), String.join("\n",
                "occupations,locations,reference,charts",
                "\"29-1141.00;29-2061.00\",\"US;CA\",,\"wages;growth.svg\"",
                "\"29-1141.00;29-2061.00\",US,,pie",
                "# a comment line is not a row",
                "\"15-1252.00;15-1211.00;15-9999.01\",CA,15-1211.00,",
                "\"99-9999.01;99-9999.02\",US,,",
                ""));
        Path out = files.resolve("out");

        int exitCode = cli.run("batch", batch.toString(), "--out", out.toString());

        assertThat(exitCode).as("a row failed, so the batch exits 1 after finishing the rest").isEqualTo(1);
        List<CSVRecord> index = CommandRunner.csv(out.resolve("index.csv"));
        assertThat(index).extracting(r -> r.get("line") + ":" + r.get("status"))
                .containsExactly("2:ok", "3:failed", "5:ok", "6:failed");
        assertThat(index.get(1).get("message")).contains("\"pie\" is not a chart kind");
        assertThat(index.get(2).get("unknown")).isEqualTo("15-9999.01");
        assertThat(index.get(0).get("charts")).isEqualTo("row-2-wages.png;row-2-growth.svg");
        assertThat(out.resolve("row-2-wages.png")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("row-2-growth.svg"))).contains("<svg");
        // state file: CA 29-1141 A_MEDIAN 140,330
        assertThat(CommandRunner.csv(out.resolve("row-2.csv"))).anySatisfy(r -> {
            assertThat(r.get("occupation_code") + r.get("location") + r.get("measure"))
                    .isEqualTo("29-1141.00CAannual_wage_median");
            assertThat(r.get("value")).isEqualTo("140330");
        });
        assertThat(cli.err()).contains("] 2/4 line 3: failed, skipped: \"pie\" is not a chart kind")
                .contains("Done: 2 of 4 comparisons written to " + out + "; 2 failed (lines 3, 6)");
    }

    @Test
    void all_rows_ok_exits_0_and_a_file_without_the_occupations_column_exits_2() throws IOException {
        Path good = Files.writeString(files.resolve("good.csv"), "occupations\n\"29-1141.00;29-2061.00\"\n");
        assertThat(cli.run("batch", good.toString(), "--out", files.resolve("good").toString())).isZero();
        assertThat(cli.err()).contains("[####################] 1/1 line 2: ok");

        Path bad = Files.writeString(files.resolve("bad.csv"), "codes,places\n29-1141.00,US\n");
        assertThat(cli.run("batch", bad.toString(), "--out", files.resolve("bad").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("no \"occupations\" column");
    }

    @Test
    void a_failed_row_leaves_no_files_behind() throws IOException {
        Path batch = Files.writeString(files.resolve("study.csv"), String.join("\n",
                "occupations,locations,reference,charts",
                "\"29-1141.00;29-2061.00\",US,,wages",
                "\"29-1141.00;29-2061.00\",US,,\"wages;pie\"",
                "\"29-1141.00;29-2061.00\",\"US;CA\",,skills.pdf",
                ""));
        Path out = files.resolve("out");

        assertThat(cli.run("batch", batch.toString(), "--out", out.toString())).isEqualTo(1);

        assertThat(CommandRunner.csv(out.resolve("index.csv"))).extracting(r -> r.get("line") + ":" + r.get("status"))
                .containsExactly("2:ok", "3:failed", "4:ok");
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.csv",
                    "row-2.csv", "row-2-wages.png", "row-4.csv", "row-4-skills.pdf");
        }
    }

    @Test
    void no_file_of_a_hostile_batch_runs_a_formula_when_opened_in_a_spreadsheet() throws IOException {
        Path batch = Files.writeString(files.resolve("hostile.csv"), String.join("\n",
                "occupations,locations,reference,charts",
                "\"29-1141.00;29-2061.00;=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\");@SUM(A1),+1\",US,,",
                ""));
        Path out = files.resolve("out");

        assertThat(cli.run("batch", batch.toString(), "--out", out.toString())).isZero();

        String row = Files.readString(out.resolve("row-2.csv"));
        assertThat(row).contains("HYPERLINK");
        SpreadsheetView.assertNoFormulaCells(row);
        SpreadsheetView.assertNoFormulaCells(Files.readString(out.resolve("index.csv")));
    }
}
