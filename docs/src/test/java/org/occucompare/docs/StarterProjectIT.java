package org.occucompare.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.occucompare.docs.PackagedApp.cell;
import static org.occucompare.docs.PackagedApp.metric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.core.spi.MetricPluginContract;

/**
 * Follows docs/plugins.md "Start a project", "Build" and "Settings" as a plugin author would, with the guide's text
 * alone: writes the files it prints, exactly as printed, installs core's jars from this build into a private local
 * repository under target/ (never the user's), builds the project with Maven (reading the artifacts this build already
 * downloaded, nothing else), checks that the contract kit ran all its tests, and loads the jar in the packaged app
 * with its setting unset, from the environment and from a config file.
 */
class StarterProjectIT {
    private static final Path GUIDE = PackagedApp.REPOSITORY.resolve("docs/plugins.md");
    private static final Path WORK = PackagedApp.REPOSITORY.resolve("docs/target/plugin-starter");
    private static final Pattern FILE_MARKER = Pattern.compile("^`([^`]+)`[:,].*");

    static Path jar;
    static String guide;

    @TempDir
    Path home;

    @BeforeAll
    static void build_the_guides_project() throws Exception {
        guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        Path project = WORK.resolve("task-count");
        deleteRecursively(project);
        Map<String, String> files = projectFiles(guide);
        assertThat(files).as("the files of 'Start a project'").containsOnlyKeys("pom.xml",
                "src/main/java/com/example/occucompare/taskcount/TaskCountPlugin.java",
                "src/main/resources/META-INF/services/org.occucompare.core.spi.MetricPlugin",
                "src/test/java/com/example/occucompare/taskcount/TaskCountPluginTest.java");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = project.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
        }
        Path repository = installCore(WORK.resolve("repository"));
        Path settings = Files.writeString(WORK.resolve("settings.xml"), """
                <settings>
                  <mirrors>
                    <mirror>
                      <id>this-build</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                </settings>
                """.formatted(Path.of(System.getProperty("build.repository")).toUri()));
        Path log = WORK.resolve("build.log");
        // the guide's command, "mvn -B verify", with the private repository and settings added
        Process maven = new ProcessBuilder(mavenCommand(), "-B", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository, "verify")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!maven.waitFor(10, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
            throw new AssertionError("the plugin project did not build within 10 minutes; see " + log);
        }
        assertThat(maven.exitValue()).as("mvn -B verify in the guide's project:%n%s",
                Files.readString(log, StandardCharsets.UTF_8)).isZero();
        jar = project.resolve("target/task-count-1.0.0.jar");
    }

    @Test
    void the_guides_pom_pins_what_this_build_uses() {
        assertThat(guide).contains("<occucompare.version>" + PackagedApp.VERSION + "</occucompare.version>")
                .contains("<artifactId>junit-bom</artifactId>\n        <version>" + System.getProperty("junit.version"))
                .contains("<artifactId>assertj-core</artifactId>\n      <version>"
                        + System.getProperty("assertj.version"));
        String parent = read(PackagedApp.REPOSITORY.resolve("pom.xml"));
        for (String plugin : List.of("maven-compiler-plugin", "maven-surefire-plugin", "maven-resources-plugin",
                "maven-jar-plugin")) {
            assertThat(version(guide, plugin)).as(plugin).isEqualTo(version(parent, plugin));
        }
    }

    @Test
    void the_build_runs_every_test_of_the_contract_kit() throws IOException {
        long kit = Arrays.stream(MetricPluginContract.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).count();
        String report = read(WORK.resolve("task-count/target/surefire-reports/"
                + "TEST-com.example.occucompare.taskcount.TaskCountPluginTest.xml"));
        Matcher suite = Pattern.compile("<testsuite [^>]*").matcher(report);
        assertThat(suite.find()).isTrue();
        assertThat(attribute(suite.group(), "tests")).isEqualTo(kit).isGreaterThanOrEqualTo(10);
        assertThat(attribute(suite.group(), "failures") + attribute(suite.group(), "errors")
                + attribute(suite.group(), "skipped")).isZero();
        // the guide's own figure matches
        assertThat(guide).contains("`Tests run: " + kit + ", Failures: 0, Errors: 0, Skipped: 0`");
        assertThat(jar).exists();
    }

    @Test
    void the_jar_loads_in_the_packaged_app_and_counts_every_task_without_a_setting() throws Exception {
        JsonNode taskCount = compare(Map.of(), List.of());
        // O*NET 30.1 Task Statements.txt: 27 tasks for 29-1141.00, 31 for 11-1011.00
        assertThat(cell(taskCount, "29-1141.00").get("value").asInt()).isEqualTo(27);
        assertThat(cell(taskCount, "11-1011.00").get("value").asInt()).isEqualTo(31);
    }

    @Test
    void a_setting_in_the_environment_reaches_the_plugin() throws Exception {
        JsonNode taskCount = compare(Map.of("OCCUCOMPARE_PLUGIN_TASK_COUNT__CATEGORY", "Core"), List.of());
        // Task Type "Core": 15 of 27 for Registered Nurses, 20 of 31 for Chief Executives
        assertThat(cell(taskCount, "29-1141.00").get("value").asInt()).isEqualTo(15);
        assertThat(cell(taskCount, "11-1011.00").get("value").asInt()).isEqualTo(20);
        assertThat(taskCount.at("/descriptor/description").asText()).endsWith(", Core tasks only.");
    }

    @Test
    void a_setting_in_the_config_file_reaches_the_plugin_and_wins_over_the_environment() throws Exception {
        Path config = Files.writeString(home.resolve("occucompare.properties"),
                "occ.plugin.task-count.category=Supplemental\n");
        JsonNode taskCount = compare(Map.of("OCCUCOMPARE_PLUGIN_TASK_COUNT__CATEGORY", "Core"),
                List.of("--config", config.toString()));
        // Task Type "Supplemental": 12 of 27 for Registered Nurses, 11 of 31 for Chief Executives
        assertThat(cell(taskCount, "29-1141.00").get("value").asInt()).isEqualTo(12);
        assertThat(cell(taskCount, "11-1011.00").get("value").asInt()).isEqualTo(11);
    }

    private JsonNode compare(Map<String, String> environment, List<String> options) throws Exception {
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("compare", "29-1141.00", "11-1011.00", "--format", "json", "--verbose"));
        PackagedApp.Run run = new PackagedApp(home, plugins, environment).run(args.toArray(new String[0]));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Loaded plugin task-count (1 metric(s)) from task-count-1.0.0.jar");
        return metric(new ObjectMapper().readTree(run.out()), "task-count").orElseThrow();
    }

    /** The fenced blocks of the guide that follow a line naming a file: {@code `pom.xml`:}. */
    static Map<String, String> projectFiles(String markdown) {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = FILE_MARKER.matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            int open = i + 1;
            while (open < lines.size() && lines.get(open).isBlank()) {
                open++;
            }
            if (open == lines.size() || !lines.get(open).startsWith("```")) {
                continue;
            }
            StringBuilder content = new StringBuilder();
            int line = open + 1;
            for (; line < lines.size() && !lines.get(line).startsWith("```"); line++) {
                content.append(lines.get(line)).append('\n');
            }
            files.put(marker.group(1), content.toString());
            i = line;
        }
        return files;
    }

    /** Installs core as "mvn -pl core -am install" would: the parent pom, core's pom, jar, test-jar, sources, Javadoc. */
    private static Path installCore(Path repository) throws IOException {
        String v = PackagedApp.VERSION;
        Path parent = Files.createDirectories(repository.resolve("org/occucompare/occucompare-parent/" + v));
        Files.copy(PackagedApp.REPOSITORY.resolve("pom.xml"), parent.resolve("occucompare-parent-" + v + ".pom"),
                StandardCopyOption.REPLACE_EXISTING);
        Path core = Files.createDirectories(repository.resolve("org/occucompare/occucompare-core/" + v));
        Files.copy(PackagedApp.REPOSITORY.resolve("core/pom.xml"), core.resolve("occucompare-core-" + v + ".pom"),
                StandardCopyOption.REPLACE_EXISTING);
        for (String suffix : List.of("", "-tests", "-sources", "-javadoc")) {
            Path built = PackagedApp.REPOSITORY.resolve("core/target/occucompare-core-" + v + suffix + ".jar");
            assertThat(built).as("core is packaged with its %s jar before the docs module is verified",
                    suffix.isEmpty() ? "main" : suffix.substring(1)).exists();
            Files.copy(built, core.resolve(built.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return repository;
    }

    private static String mavenCommand() {
        String home = System.getProperty("maven.home", "");
        Path mvn = Path.of(home, "bin", "mvn");
        return !home.isEmpty() && Files.isExecutable(mvn) ? mvn.toString() : "mvn";
    }

    private static String version(String pom, String artifactId) {
        Matcher m = Pattern.compile("<artifactId>" + artifactId + "</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(m.find()).as("%s has a version", artifactId).isTrue();
        return m.group(1);
    }

    private static long attribute(String element, String name) {
        Matcher m = Pattern.compile(" " + name + "=\"(\\d+)\"").matcher(element);
        assertThat(m.find()).as("attribute %s of %s", name, element).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
