package org.occucompare.web.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.web.store.Database;

/**
 * An import process killed midway (SIGKILL, no shutdown hook runs) leaves the previous dataset version serving, and
 * the next import works.
 */
class ImportKilledTest {
    @TempDir
    Path dir;

    @Test
    void an_import_killed_midway_leaves_the_previous_version_serving_and_a_reimport_works() throws Exception {
        Path onet = SharedData.require("onet-30.1");
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        Path zones = Files.writeString(dir.resolve("Job Zones.txt"),
                "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\r\n11-1011.00\t4\t08/2023\tAnalyst\r\n");
        try (Database db = Database.open(url)) {
            new Importer(db, new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)),
                    Clock.systemUTC()).importFiles(List.of(zones), ImportOptions.NONE);
        }

        Path stderr = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.occucompare.web.Main", "import", onet.toString())
                .redirectErrorStream(true).redirectOutput(stderr.toFile());
        builder.environment().put("OCCUCOMPARE_DB", url);
        Process process = builder.start();
        try {
            awaitMidway(process, stderr);
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Database db = Database.open(url)) {
            assertThat(db.currentDataset().orElseThrow().id()).isEqualTo(1L);
            long stray = db.jdbi().withHandle(h -> h.createQuery("select count(*) from occupation")
                    .mapTo(Long.class).one());
            assertThat(stray).as("rows of the killed import").isZero();
            long zone = db.read(h -> h.createQuery("select job_zone from job_zone"
                    + " where dataset_id = <dataset> and code = '11-1011.00'").mapTo(Long.class).one());
            long zoneRows = db.read(h -> h.createQuery("select count(*) from job_zone where dataset_id = <dataset>")
                    .mapTo(Long.class).one());
            long occupations = db.read(h -> h.createQuery("select count(*) from occupation where dataset_id = <dataset>")
                    .mapTo(Long.class).one());
            assertThat(zone).isEqualTo(4L);
            assertThat(zoneRows).isEqualTo(1L);
            assertThat(occupations).isZero();

            new Importer(db, new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)),
                    Clock.systemUTC()).importFiles(List.of(onet.resolve("Occupation Data.txt")), ImportOptions.NONE);
            assertThat(db.currentDataset().orElseThrow().id()).isEqualTo(2L);
            long imported = db.read(h -> h.createQuery("select count(*) from occupation where dataset_id = <dataset>")
                    .mapTo(Long.class).one());
            assertThat(imported).isEqualTo(1_016L);
        }
    }

    /** Waits until the child has written the rows of a few files, but has not finished. */
    private static void awaitMidway(Process process, Path output) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String text = Files.exists(output) ? Files.readString(output) : "";
            assertThat(process.isAlive()).as("the import ended before it could be killed: " + text).isTrue();
            if (text.contains("Tasks to DWAs")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import did not get midway within 60 s: " + Files.readString(output));
    }
}
