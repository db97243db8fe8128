package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare --cite=biblatex}, and the reasons behind "n/a" in the text report. */
class CiteAndNotesTest {
    @TempDir
    static Path store;

    private static CommandRunner cli;

    @BeforeAll
    static void loadTheSampleOnce() {
        cli = CommandRunner.onSample(store);
    }

    @Test
    void every_n_a_metric_value_carries_the_number_of_a_note_that_says_why() {
        // Projections Central 2022–2032 publishes no New York row for Software Developers (15-1252)
        assertThat(cli.run("compare", "29-1141.00", "15-1252.00", "--location", "NY")).isZero();

        List<String> metrics = cli.out().lines().dropWhile(l -> !l.equals("Metrics")).toList();
        String developers = metrics.stream().filter(l -> l.startsWith("Projected employment change")
                && l.contains("15-1252.00")).findFirst().orElseThrow();
        assertThat(developers).contains("n/a [");
        String number = developers.replaceAll(".*n/a \\[(\\d+)]$", "$1");
        assertThat(metrics).contains("[" + number + "] no projection for 15-1252.00 in New York");
    }

    @Test
    void biblatex_prints_datasets_and_the_software() {
        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--cite=biblatex")).isZero();

        assertThat(cli.out()).startsWith("@dataset{onet_30_1,").contains("@software{occucompare,")
                .contains("urldate = {");
    }
}
