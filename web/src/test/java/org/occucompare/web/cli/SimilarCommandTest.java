package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code occucompare similar} over the bundled sample. */
class SimilarCommandTest {
    @TempDir
    static Path store;

    private static CommandRunner cli;

    @BeforeAll
    static void loadTheSampleOnce() {
        cli = CommandRunner.onSample(store);
    }

    @Test
    void lists_the_most_similar_occupations_with_scores_and_reasons() {
        assertThat(cli.run("similar", "29-1141.00", "--limit", "5")).isZero();

        assertThat(cli.out()).startsWith("Occupations most similar to 29-1141.00 Registered Nurses");
        List<String> rows = cli.out().lines().filter(l -> l.matches("\\d+  \\d{2}-\\d{4}\\.\\d{2} .*")).toList();
        assertThat(rows).hasSize(5).noneSatisfy(r -> assertThat(r).contains("29-1141.00"));
        // O*NET 30.1 lists Acute Care Nurses under Registered Nurses (same SOC 29-1141)
        assertThat(cli.out()).contains("29-1141.01  Acute Care Nurses");
    }

    @Test
    void csv_and_json_carry_the_same_ranking() throws IOException {
        assertThat(cli.run("similar", "Registered Nurses", "--limit", "4", "--format", "csv")).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(cli.out())).getRecords();
        assertThat(cli.out()).startsWith("# query: similar 29-1141.00 (Registered Nurses)");

        assertThat(cli.run("similar", "29-1141.00", "--limit", "4", "--format", "json")).isZero();
        JsonNode similar = new ObjectMapper().readTree(cli.out()).get("similar");

        assertThat(rows).hasSize(4);
        assertThat(similar).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(similar.get(i).get("code").asText()).isEqualTo(rows.get(i).get("code"));
            assertThat(similar.get(i).get("score").asDouble())
                    .isCloseTo(Double.parseDouble(rows.get(i).get("score")), org.assertj.core.data.Offset.offset(1e-4));
        }
        assertThat(Double.parseDouble(rows.get(0).get("score"))).isGreaterThanOrEqualTo(
                Double.parseDouble(rows.get(3).get("score")));
    }

    @Test
    void an_unknown_code_exits_1_and_a_bad_limit_exits_2() {
        assertThat(cli.run("similar", "29-1199.99")).isEqualTo(1);
        assertThat(cli.err()).contains("29-1199.99");

        assertThat(cli.run("similar", "29-1141.00", "--limit", "0")).isEqualTo(2);
        assertThat(cli.err()).contains("--limit");
    }
}
