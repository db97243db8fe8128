package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.web.importer.SampleBuilder;
import org.occucompare.web.importer.SharedData;

/**
 * The research commands over a full import of the official files ({@code ../shared/data}); skipped when they are
 * absent. The import takes about 20 s, once for the class. Expected figures are read from the official files:
 * OEWS May 2024 national (29-1141 A_MEDIAN 93,600; 29-2061 A_MEDIAN 62,340; 11-1011 A_PCT90 "#") and state (CA
 * 29-1141 A_MEDIAN 140,330), O*NET 30.1 Occupation Data (1,016 codes).
 */
class ResearchOnSharedDataTest {
    @TempDir
    static Path store;

    @TempDir
    Path files;

    private static CommandRunner cli;

    @BeforeAll
    static void importTheOfficialFiles() {
        List<String> args = new ArrayList<>(List.of("import", "--projection-years", "2022-2032"));
        for (String file : SampleBuilder.FILES) {
            args.add(SharedData.require(file).toString());
        }
        cli = new CommandRunner(store);
        assertThat(cli.run(args.toArray(String[]::new))).as(cli.err()).isZero();
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        try (Reader reader = new StringReader(text)) {
            return CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        }
    }

    private static String value(List<CSVRecord> rows, String code, String location, String measure) {
        return rows.stream().filter(r -> r.get("occupation_code").equals(code) && r.get("location").equals(location)
                && r.get("measure").equals(measure)).findFirst().orElseThrow().get("value");
    }

    @Test
    void compare_reports_the_published_wages_of_the_full_data() throws IOException {
        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "11-1011.00", "--location", "US", "CA",
                "--format", "csv")).isZero();

        List<CSVRecord> rows = csv(cli.out());
        assertThat(value(rows, "29-1141.00", "US", "annual_wage_median")).isEqualTo("93600");
        assertThat(value(rows, "29-1141.00", "CA", "annual_wage_median")).isEqualTo("140330");
        assertThat(value(rows, "29-2061.00", "US", "annual_wage_median")).isEqualTo("62340");
        CSVRecord capped = rows.stream().filter(r -> r.get("occupation_code").equals("11-1011.00")
                && r.get("location").equals("US") && r.get("measure").equals("annual_wage_p90")).findFirst()
                .orElseThrow();
        assertThat(capped.get("value")).isEqualTo("239200");
        assertThat(capped.get("qualifier")).isEqualTo("at_least");
        assertThat(cli.out()).contains("# sources: ").contains("May 2024");
    }

    @Test
    void the_all_occupation_similarity_matrix_covers_every_stored_occupation() throws IOException {
        Path out = files.resolve("all.csv");

        assertThat(cli.run("matrix", "--all", "--out", out.toString())).isZero();

        try (Reader reader = Files.newBufferedReader(out)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader()
                    .setSkipHeaderRecord(true).get().parse(reader).getRecords();
            assertThat(rows).hasSize(1016);
            assertThat(rows.get(0).size()).isEqualTo(1018);
            CSVRecord nurses = rows.stream().filter(r -> r.get("code").equals("29-1141.00")).findFirst().orElseThrow();
            assertThat(nurses.get("29-1141.00")).isEqualTo("1");
            assertThat(Double.parseDouble(nurses.get("29-1141.01"))).isBetween(0.5, 1.0);
        }
    }

    @Test
    void similar_ranks_occupations_of_the_whole_dataset() {
        assertThat(cli.run("similar", "29-1141.00", "--limit", "10")).isZero();

        assertThat(cli.out().lines().filter(l -> l.matches(" ?\\d+  \\d{2}-\\d{4}\\.\\d{2} .*"))).hasSize(10);
    }
}
