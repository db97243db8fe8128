package org.occucompare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.web.importer.SharedData;

/**
 * The embedded default store shared by processes, with the packaged jar: {@code serve}, the research commands and
 * {@code import} at the same time on one H2 file (H2's automatic mixed mode); an import while serving switches the
 * running server to the new dataset version; a killed import leaves the served version; a second {@code serve}
 * takes the file over when the first one stops.
 */
class SharedStoreIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Map<String, String> environment;

    @BeforeEach
    void privateStore() {
        environment = Map.of("OCCUCOMPARE_DB", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(),
                "OCCUCOMPARE_PLUGINS_DIR", dir.resolve("plugins").toString());
    }

    @Test
    void serve_the_research_commands_and_import_work_on_one_h2_file_at_the_same_time() throws Exception {
        try (AppProcess first = AppProcess.serve(dir, environment)) {
            assertThat(datasetVersion(first)).isEqualTo(1L);

            AppProcess show = AppProcess.run(dir, environment, "show", "29-1141.00");
            assertThat(show.exitCode()).as(show.stderr()).isZero();
            assertThat(show.stdout()).contains("$93,600");
            AppProcess compare = AppProcess.run(dir, environment, "compare", "29-1141.00", "15-1252.00");
            assertThat(compare.exitCode()).as(compare.stderr()).isZero();

            AppProcess imported = AppProcess.run(dir, environment, "import", occupations().toString());
            assertThat(imported.exitCode()).as(imported.stderr()).isZero();
            assertThat(imported.stdout()).contains("dataset version 2");
            assertThat(datasetVersion(first)).isEqualTo(2L);
            assertThat(first.get("/api/occupations/11-1011.00").body()).contains("Chief Executives of the Test");

            try (AppProcess second = AppProcess.serve(dir, environment)) {
                assertThat(datasetVersion(second)).isEqualTo(2L);
                first.close(); // the process that serves the file to the others stops: the second takes over

                assertThat(eventually(() -> second.get("/api/occupations/11-1011.00")).body())
                        .contains("Chief Executives of the Test");
                AppProcess after = AppProcess.run(dir, environment, "show", "11-1011.00");
                assertThat(after.exitCode()).as(after.stderr()).isZero();
                assertThat(after.stdout()).contains("Chief Executives of the Test");
            }
        }
    }

    @Test
    void an_import_killed_while_serving_leaves_the_served_version_and_a_reimport_works() throws Exception {
        Path onet = SharedData.require("onet-30.1").toAbsolutePath();
        try (AppProcess serve = AppProcess.serve(dir, environment)) {
            AppProcess importing = AppProcess.start(dir, environment, "import", onet.toString());
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (!importing.stderr().contains("Tasks to DWAs") && Instant.now().isBefore(deadline)) {
                assertThat(importing.isAlive()).as("the import ended before it could be killed: "
                        + importing.stderr()).isTrue();
                Thread.sleep(50);
            }
            assertThat(importing.stderr()).contains("Tasks to DWAs");

            try (AppProcess reader = AppProcess.serve(dir, environment)) {
                assertThat(datasetVersion(reader)).as("a serve started during an import").isEqualTo(1L);
            }
            importing.kill();

            assertThat(datasetVersion(serve)).isEqualTo(1L);
            assertThat(serve.get("/api/occupations/29-1141.00").statusCode()).isEqualTo(200);
            AppProcess again = AppProcess.run(dir, environment, "import", occupations().toString());
            assertThat(again.exitCode()).as(again.stderr()).isZero();
            assertThat(datasetVersion(serve)).isEqualTo(2L);
        }
    }

    private Path occupations() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("onet-small"));
        return Files.writeString(folder.resolve("Occupation Data.txt"), "O*NET-SOC Code\tTitle\tDescription\r\n"
                + "11-1011.00\tChief Executives of the Test\tPlan.\r\n29-1141.00\tRegistered Nurses\tCare.\r\n");
    }

    /** The dataset version a server names, asked again for a few seconds while its store changes hands. */
    private static long datasetVersion(AppProcess app) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode dataset = JSON.readTree(eventually(() -> app.get("/api/health")).body()).get("dataset");
        while (dataset.isNull() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            dataset = JSON.readTree(eventually(() -> app.get("/api/health")).body()).get("dataset");
        }
        return dataset.get("version").asLong();
    }

    /** A request retried for a few seconds while the store changes hands between processes. */
    private static HttpResponse<String> eventually(Request request) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        HttpResponse<String> response = request.send();
        while (response.statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            response = request.send();
        }
        return response;
    }

    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send() throws Exception;
    }
}
