package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.occucompare.web.config.AppConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command, {@code occucompare}. Without a subcommand it runs {@code serve}. */
@Command(name = "occucompare",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "[COMMAND]",
        description = {
            "Compare U.S. occupations and places side by side: wages, job outlook, skills and education, "
                    + "from CareerOneStop and the official O*NET and BLS data.",
            "Without a command, occucompare runs 'serve'."},
        footerHeading = "%nConfiguration:%n",
        footer = {
            "  Each setting comes from the --config file, else the environment, else",
            "  its default:",
            "  OCCUCOMPARE_PORT          port of serve (7070)",
            "  OCCUCOMPARE_DB            JDBC URL of the local database",
            "                            (an H2 file in ~/.occucompare)",
            "  OCCUCOMPARE_COS_USER_ID   CareerOneStop user id",
            "  OCCUCOMPARE_COS_TOKEN     CareerOneStop API token",
            "  OCCUCOMPARE_COS_BASE_URL  CareerOneStop API address",
            "                            (https://api.careeronestop.org)",
            "  OCCUCOMPARE_PLUGINS_DIR   metric plugin jars (~/.occucompare/plugins)",
            "",
            "Exit codes: 0 ok, 1 runtime failure, 2 bad usage."})
public final class OccuCompareCommand implements Callable<Integer> {
    private final Map<String, String> environment;

    @Spec
    private @Nullable CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "A properties file of settings (the keys are the environment variable names, and "
                    + "occ.plugin.<id>.<key> for plugin settings); its values win over the environment.")
    private @Nullable Path configFile;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Also print informational log lines on standard error (plugins loaded, data opened); "
                    + "by default the commands print only warnings and errors there, and serve prints its start.")
    private boolean verbose;

    /**
     * Creates the command.
     *
     * @param environment the environment variables to read the configuration from, never null
     */
    public OccuCompareCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
    }

    /**
     * Reads the configuration from the environment and the {@code --config} file, if any.
     *
     * @return the validated configuration, never null
     * @throws org.occucompare.core.OccupationException of kind INVALID_INPUT when a setting is invalid
     */
    AppConfig config() {
        return AppConfig.load(environment, Optional.ofNullable(configFile));
    }

    /** Whether {@code --verbose} was given. */
    boolean verbose() {
        return verbose;
    }

    /** Runs {@code serve} with its defaults. */
    @Override
    public Integer call() throws Exception {
        ServeCommand serve = requireNonNull(spec, "spec is null").subcommands().get("serve").getCommand();
        return serve.call();
    }
}
