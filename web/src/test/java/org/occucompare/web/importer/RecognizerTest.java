package org.occucompare.web.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

class RecognizerTest {
    @TempDir
    Path dir;

    private static BulkFileReader.Plan plan(Path... paths) {
        return new BulkFileReader(ImportOptions.NONE).plan(List.of(paths));
    }

    @Test
    void an_unknown_file_is_refused_with_its_name_and_the_accepted_kinds() throws IOException {
        Path file = Files.writeString(dir.resolve("shopping.csv"), "Item,Price\r\nbread,2\r\n");

        assertThatThrownBy(() -> plan(file))
                .isInstanceOf(OccupationException.class)
                .hasMessageContaining("shopping.csv")
                .hasMessageContaining("Accepted: the O*NET database")
                .hasMessageContaining("OEWS")
                .satisfies(e -> assertThat(((OccupationException) e).kind()).isEqualTo(ErrorKind.INVALID_INPUT));
    }

    @Test
    void a_state_projections_csv_missing_a_column_is_refused_naming_the_column() throws IOException {
        Path file = Files.writeString(dir.resolve("longterm.csv"),
                "Title,Base,Projected,PercentChange,STFIPS,OccCode\r\nRegistered Nurses,1,2,3,0,29-1141\r\n");

        assertThatThrownBy(() -> plan(file))
                .isInstanceOf(OccupationException.class)
                .hasMessageContaining("longterm.csv")
                .hasMessageContaining("AvgAnnualOpenings");
    }

    @Test
    void an_oews_csv_missing_a_wage_column_is_refused_naming_the_column() throws IOException {
        Path file = Files.writeString(dir.resolve("state_M2024_dl.csv"),
                "PRIM_STATE,OCC_CODE,OCC_TITLE,TOT_EMP,A_MEAN,A_PCT10,A_PCT25,A_PCT75,A_PCT90\r\n"
                        + "CA,29-1141,Registered Nurses,\"326,720\",1,2,3,4,5\r\n");
        BulkFileReader reader = new BulkFileReader(ImportOptions.NONE);

        assertThatThrownBy(() -> reader.readAll(reader.plan(List.of(file)), row -> { }, f -> { }))
                .isInstanceOf(OccupationException.class)
                .hasMessageContaining("state_M2024_dl.csv")
                .hasMessageContaining("A_MEDIAN");
    }

    @Test
    void a_truncated_workbook_is_refused_as_damaged() throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.require("bls-oews/national_M2024_dl.xlsx"));
        Path file = Files.write(dir.resolve("national_M2024_dl.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> plan(file))
                .isInstanceOf(OccupationException.class)
                .hasMessageContaining("national_M2024_dl.xlsx")
                .hasMessageContaining("damaged or truncated");
    }

    @Test
    void o_star_net_files_it_does_not_use_are_skipped_inside_a_directory() throws IOException {
        Files.writeString(dir.resolve("Work Styles.txt"), "O*NET-SOC Code\tElement ID\r\n11-1011.00\t1.D.1.a\r\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Job Zones.txt"), "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\r\n"
                + "11-1011.00\t5\t08/2023\tAnalyst\r\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("PROVENANCE.md"), "notes");

        BulkFileReader.Plan plan = plan(dir);

        assertThat(plan.files()).extracting(RecognizedFile::kind).containsExactly(FileKind.ONET_JOB_ZONES);
        assertThat(plan.skipped()).anyMatch(s -> s.contains("Work Styles.txt"))
                .anyMatch(s -> s.contains("PROVENANCE.md"));
    }
}
