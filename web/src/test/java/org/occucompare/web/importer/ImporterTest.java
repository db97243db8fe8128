package org.occucompare.web.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.core.OccupationException;
import org.occucompare.web.store.Database;

class ImporterTest {
    private static final String JOB_ZONES_HEADER = "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\r\n";

    @TempDir
    Path dir;

    private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
    private final Importer importer = new Importer(db, new PrintWriter(new OutputStreamWriter(progress, StandardCharsets.UTF_8), true),
            Clock.systemUTC());

    @AfterEach
    void close() {
        db.close();
    }

    private long count(String sql) {
        return db.read(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private Map<String, Long> tableCounts() {
        return Map.of("wage", count("select count(*) from wage where dataset_id = <dataset>"), "projection",
                count("select count(*) from projection where dataset_id = <dataset>"), "occupation", count("select count(*) from occupation where dataset_id = <dataset>"),
                "rating", count("select count(*) from rating where dataset_id = <dataset>"), "data_source",
                count("select count(*) from data_source where dataset_id = <dataset>"));
    }

    @Test
    void wages_and_projections_land_in_the_store_with_their_sources_and_reimport_changes_nothing() {
        List<Path> files = List.of(SharedData.require("bls-oews/national_M2024_dl.xlsx"),
                SharedData.require("bls-ep-2024-34/occupation.xlsx"));

        ImportSummary first = importer.importFiles(files, ImportOptions.NONE);
        Map<String, Long> before = tableCounts();
        importer.importFiles(files, ImportOptions.NONE);

        assertThat(tableCounts()).isEqualTo(before);
        assertThat(count("select median_usd from wage where dataset_id = <dataset> and soc_code = '29-1141' and area_key = 'US'"
                + " and rate_type = 'ANNUAL' and wage_year = 2024")).isEqualTo(93_600L);
        assertThat(count("select count(*) from wage where dataset_id = <dataset> and soc_code = '11-1011' and rate_type = 'ANNUAL'"
                + " and p75_kind = 'T' and p90_kind = 'T' and p90_usd = 239200")).isEqualTo(1L);
        assertThat(count("select base_jobs from projection where dataset_id = <dataset> and soc_code = '29-1141' and area_key = 'US'"
                + " and base_year = 2024")).isEqualTo(3_391_000L);
        assertThat(count("select count(*) from data_source where dataset_id = <dataset> and source_id in ('oews:2024',"
                + " 'projections:2024-2034')")).isEqualTo(2L);
        assertThat(first.render()).contains("Occupational Employment and Wage Statistics May 2024")
                .contains("BLS Employment Projections 2024–2034");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("reading").contains("national_M2024_dl.xlsx");
    }

    @Test
    void the_whole_onet_database_gives_1016_occupations_and_every_skill_rating() {
        importer.importFiles(List.of(SharedData.require("onet-30.1"),
                SharedData.require("onet-30.0-abilities/Abilities.txt")), ImportOptions.NONE);

        assertThat(count("select count(*) from occupation where dataset_id = <dataset>")).isEqualTo(1_016L);
        assertThat(count("select count(*) from rating where dataset_id = <dataset> and rating_domain = 'SKILL'")).isEqualTo(894L * 35 * 2);
        assertThat(count("select count(*) from rating where dataset_id = <dataset> and rating_domain = 'ABILITY'")).isEqualTo(92_976L);
        assertThat(count("select count(*) from occupation where dataset_id = <dataset> and inherits_soc")).isEqualTo(
                count("select count(*) from occupation where dataset_id = <dataset> and code not like '%.00'"));
        String citation = db.read(h -> h.createQuery("select citation from data_source"
                + " where dataset_id = <dataset> and source_id = 'onet'").mapTo(String.class).one());
        assertThat(citation).contains("O*NET 30.1").contains("CC BY 4.0");
    }

    @Test
    void an_import_that_fails_midway_leaves_the_previous_data_intact() throws IOException {
        Path first = Files.createDirectory(dir.resolve("first"));
        Files.writeString(first.resolve("Job Zones.txt"), JOB_ZONES_HEADER + "11-1011.00\t5\t08/2023\tAnalyst\r\n");
        importer.importFiles(List.of(first), ImportOptions.NONE);

        Path second = Files.createDirectory(dir.resolve("second"));
        Files.writeString(second.resolve("Job Zones.txt"), JOB_ZONES_HEADER + "11-1011.00\t3\t08/2023\tAnalyst\r\n"
                + "29-1141.00\t3\t08/2023\tAnalyst\r\n");
        Files.writeString(second.resolve("state_M2024_dl.csv"),
                "PRIM_STATE,OCC_CODE,OCC_TITLE,TOT_EMP,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\r\n"
                        + "CA,29-1141,Registered Nurses,\"326,720\",1,2,3,4,5,6\r\n"
                        + "CA,29-1141,Registered Nurses,lots,1,2,3,4,5,6\r\n");

        assertThatThrownBy(() -> importer.importFiles(List.of(second), ImportOptions.NONE))
                .isInstanceOf(OccupationException.class).hasMessageContaining("TOT_EMP");
        assertThat(count("select job_zone from job_zone where dataset_id = <dataset> and code = '11-1011.00'")).isEqualTo(5L);
        assertThat(count("select count(*) from job_zone where dataset_id = <dataset>")).isEqualTo(1L);
        assertThat(count("select count(*) from wage where dataset_id = <dataset>")).isZero();
    }

    @Test
    void a_truncated_workbook_or_a_csv_missing_a_column_fails_and_leaves_the_previous_data_intact()
            throws IOException {
        Path zones = Files.writeString(dir.resolve("Job Zones.txt"),
                JOB_ZONES_HEADER + "11-1011.00\t5\t08/2023\tAnalyst\r\n");
        importer.importFiles(List.of(zones), ImportOptions.NONE);
        byte[] workbook = Files.readAllBytes(SharedData.require("bls-oews/national_M2024_dl.xlsx"));
        Path truncated = Files.write(dir.resolve("national_M2024_dl.xlsx"),
                Arrays.copyOf(workbook, workbook.length / 3));
        Path missingColumn = Files.writeString(dir.resolve("longterm.csv"),
                "Title,Base,Projected,PercentChange,STFIPS,OccCode\r\nRegistered Nurses,1,2,3,0,29-1141\r\n");

        for (Path bad : List.of(truncated, missingColumn)) {
            assertThatThrownBy(() -> importer.importFiles(List.of(zones, bad),
                    ImportOptions.NONE.withProjectionYears(YearRange.parse("2022-2032"))))
                    .isInstanceOf(OccupationException.class).hasMessageContaining(bad.getFileName().toString());
        }

        assertThat(count("select job_zone from job_zone where dataset_id = <dataset> and code = '11-1011.00'")).isEqualTo(5L);
        assertThat(count("select count(*) from wage where dataset_id = <dataset>")).isZero();
        assertThat(count("select count(*) from data_source where dataset_id = <dataset>")).isEqualTo(1L);
    }
}
