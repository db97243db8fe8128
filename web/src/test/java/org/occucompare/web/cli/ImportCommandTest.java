package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Cli.create(Map.of("OCCUCOMPARE_DB", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void import_loads_a_file_prints_progress_on_stderr_and_the_summary_on_stdout() throws IOException {
        Path zones = Files.writeString(dir.resolve("Job Zones.txt"),
                "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\r\n11-1011.00\t5\t08/2023\tAnalyst\r\n");

        int exitCode = run("import", zones.toString());

        assertThat(exitCode).isZero();
        assertThat(err.toString()).contains("reading", "Job Zones.txt", "1 rows");
        assertThat(out.toString()).contains("Imported in", "O*NET Database", "job_zone 1", "dataset version 1")
                .doesNotContain("element");
    }

    @Test
    void a_header_only_wage_file_exits_2_and_the_sample_keeps_serving() throws IOException {
        assertThat(run("show", "29-1141.00")).isZero();
        assertThat(out.toString()).contains("$93,600");
        Path empty = Files.writeString(dir.resolve("national_M2024_dl.csv"),
                "AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,OCC_CODE,OCC_TITLE,TOT_EMP,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,"
                        + "A_PCT75,A_PCT90\r\n");

        int exitCode = run("import", empty.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("national_M2024_dl.csv", "no data rows", "--allow-empty");
        out.getBuffer().setLength(0);
        assertThat(run("show", "29-1141.00")).isZero();
        assertThat(out.toString()).contains("$93,600", "OEWS May 2024");
    }

    @Test
    void importing_dev_zero_exits_2_at_once_instead_of_reading_forever() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "skipped: this system has no /dev/zero");

        int exitCode = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("import", zero.toString()));

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("/dev/zero", "not a regular file").hasLineCount(1);
    }

    @Test
    void a_file_whose_first_line_never_ends_exits_2_naming_it() throws IOException {
        Path endless = Files.writeString(dir.resolve("Skills.txt"), "O*NET-SOC Code".repeat(200_000));

        int exitCode = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("import", endless.toString()));

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("Skills.txt", "a line longer than 1,048,576 characters").hasLineCount(1);
    }

    @Test
    void an_unknown_file_exits_2_naming_it_and_the_accepted_kinds() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.csv"), "a,b\r\n1,2\r\n");

        int exitCode = run("import", file.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("notes.csv", "Accepted: the O*NET database").hasLineCount(1);
    }

    @Test
    void state_projections_without_their_round_exit_2_asking_for_it() throws IOException {
        Path file = Files.writeString(dir.resolve("longterm.csv"), "Title,Base,Projected,PercentChange,"
                + "AvgAnnualOpenings,STFIPS,OccCode\r\nRegistered Nurses,100,110,10,9,6,29-1141\r\n");

        int exitCode = run("import", file.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--projection-years 2022-2032");
    }
}
