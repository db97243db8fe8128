package org.occucompare.web.cli;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.occucompare.web.logging.LogSetup;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Builds the {@code occucompare} command line with all its subcommands and error handling. */
public final class Cli {

    private Cli() {
    }

    /**
     * Creates the command line; run it with {@code execute(args)}, which returns the exit code.
     *
     * @param environment the environment variables to read the configuration from, never null
     * @return the command line, writing to standard output and error unless told otherwise, never null
     */
    public static CommandLine create(Map<String, String> environment) {
        OccuCompareCommand root = new OccuCompareCommand(environment);
        CommandLine commandLine = new CommandLine(root)
                .addSubcommand(new ServeCommand(root))
                .addSubcommand(new ShowCommand(root, Clock.systemUTC()))
                .addSubcommand(new CompareCommand(root, Clock.systemUTC()))
                .addSubcommand(new SimilarCommand(root, Clock.systemUTC()))
                .addSubcommand(new PlacesCommand(root, Clock.systemUTC()))
                .addSubcommand(new BatchCommand(root, Clock.systemUTC()))
                .addSubcommand(new MatrixCommand(root, Clock.systemUTC()))
                .addSubcommand(new ImportCommand(root))
                .addSubcommand(new BuildSampleCommand());
        CliErrors errors = new CliErrors();
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setExecutionStrategy(parsed -> {
            LogSetup.verbosity(root.verbose() || serves(parsed));
            return new CommandLine.RunLast().execute(parsed);
        });
        return commandLine;
    }

    /** Whether the command line runs the server: {@code serve}, or no command at all. */
    private static boolean serves(ParseResult parsed) {
        List<CommandLine> commands = parsed.asCommandLineList();
        String last = commands.get(commands.size() - 1).getCommandName();
        return commands.size() == 1 || last.equals("serve");
    }
}
