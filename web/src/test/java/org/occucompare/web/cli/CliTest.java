package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tempDir;

    private int run(Map<String, String> environment, String... args) {
        // as Main builds it: only the subcommand the first argument names
        CommandLine cli = Cli.forArguments(environment, args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int run(String... args) {
        // the local store goes to a temporary directory, never to the developer's home
        return run(Map.of("OCCUCOMPARE_DB", "jdbc:h2:file:" + tempDir.resolve("db").toAbsolutePath()), args);
    }

    @Test
    void help_lists_every_command_and_exits_0() {
        int exitCode = run("--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("Usage: occucompare", "--config=FILE", "--version")
                .containsPattern("(?m)^  serve ")
                .containsPattern("(?m)^  show ")
                .containsPattern("(?m)^  compare ")
                .containsPattern("(?m)^  similar ")
                .containsPattern("(?m)^  batch ")
                .containsPattern("(?m)^  matrix ")
                .containsPattern("(?m)^  import ")
                .contains("OCCUCOMPARE_COS_TOKEN");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void a_run_builds_only_the_subcommand_it_names_and_every_subcommand_is_registered_under_its_own_name() {
        Map<String, String> environment = Map.of();
        CommandLine all = Cli.create(environment);
        assertThat(all.getSubcommands().keySet()).containsExactly("serve", "show", "compare", "similar", "places",
                "batch", "matrix", "import", "build-sample");
        all.getSubcommands().forEach((name, sub) -> assertThat(sub.getCommandSpec().userObject().getClass()
                .getAnnotation(CommandLine.Command.class).name()).isEqualTo(name));

        assertThat(Cli.forArguments(environment, "similar", "29-1141.00").getSubcommands()).containsOnlyKeys("similar");
        assertThat(Cli.forArguments(environment, "--verbose", "similar").getSubcommands()).hasSize(9);
        assertThat(Cli.forArguments(environment).getSubcommands()).hasSize(9);
        assertThat(Cli.forArguments(environment, "simlar").getSubcommands()).hasSize(9);
    }

    @Test
    void version_prints_the_version_of_the_build() {
        int exitCode = run("--version");

        assertThat(exitCode).isZero();
        assertThat(out.toString().strip())
                .isEqualTo("occucompare " + System.getProperty("occucompare.expectedVersion"));
    }

    @Test
    void unknown_option_exits_2_with_one_line_naming_it() {
        int exitCode = run("--bogus");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(
                "Unknown option: '--bogus' (see 'occucompare --help')" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void bad_value_of_an_option_exits_2() {
        int exitCode = run("serve", "--port", "abc");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--port", "abc", "see 'occucompare serve --help'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "serve   | --port, --host",
        "show    | CODE_OR_TITLE, --location, --format, --refresh",
        "compare | CODE..., --location, --reference, --metrics, --format, --chart, --out, --size, --width-mm, --dpi,"
                + " --scale, --cite",
        "similar | CODE, --limit, --format",
        "batch   | FILE, --out, --size, --width-mm, --dpi",
        "matrix  | --codes, --all, --measure, --location, --out",
        "import  | PATH..., --projection-years"})
    void each_command_has_help_with_its_options(String command, String options) {
        int exitCode = run(command, "--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).startsWith("Usage: occucompare " + command)
                .contains(options.split(",\\s*"));
    }

    @Test
    void chart_without_an_output_file_is_bad_usage() {
        int exitCode = run("compare", "29-1141.00", "--chart", "bar");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }

    @Test
    void format_accepts_lower_case_names() {
        int exitCode = run("similar", "29-1141.00", "--limit", "2", "--format", "json");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("\"similar\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "70000"})
    void invalid_port_in_the_environment_exits_2_naming_the_variable(String port) {
        int exitCode = run(Map.of("OCCUCOMPARE_PORT", port), "serve");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("OCCUCOMPARE_PORT").contains(port).hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void missing_config_file_exits_2_before_or_after_the_command() {
        Path missing = tempDir.resolve("missing.properties");

        assertThat(run("--config", missing.toString(), "serve")).isEqualTo(2);
        assertThat(run("serve", "--config", missing.toString())).isEqualTo(2);
        assertThat(run("--config", missing.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(3).allSatisfy(
                line -> assertThat(line).contains(missing + " does not exist"));
    }

    @Test
    void port_in_use_is_a_runtime_failure_exiting_1_without_a_stack_trace() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int exitCode = run("serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString()).contains("Cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .hasLineCount(1)
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void a_serve_that_cannot_listen_closes_the_store_it_opened() throws Exception {
        String url = "jdbc:h2:mem:serve-" + UUID.randomUUID();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int exitCode = run(Map.of("OCCUCOMPARE_DB", url, "OCCUCOMPARE_PLUGINS_DIR",
                    tempDir.resolve("plugins").toString()), "serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(exitCode).isEqualTo(1);
        }
        // an in-memory store lives as long as a connection to it: it is gone once serve closed it
        assertThatThrownBy(() -> DriverManager.getConnection(url + ";IFEXISTS=TRUE").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("not found");
    }
}
