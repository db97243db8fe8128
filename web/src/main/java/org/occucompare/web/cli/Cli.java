package org.occucompare.web.cli;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.occucompare.web.logging.LogSetup;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Builds the {@code occucompare} command line with its subcommands and error handling. */
public final class Cli {
    /**
     * Every subcommand, by name, in the order the help lists them; each name is its {@code @Command} name (CliTest
     * checks).
     */
    private static final Map<String, Function<OccuCompareCommand, Object>> SUBCOMMANDS = subcommands();

    private Cli() {
    }

    private static Map<String, Function<OccuCompareCommand, Object>> subcommands() {
        Map<String, Function<OccuCompareCommand, Object>> all = new LinkedHashMap<>();
        all.put("serve", ServeCommand::new);
        all.put("show", root -> new ShowCommand(root, Clock.systemUTC()));
        all.put("compare", root -> new CompareCommand(root, Clock.systemUTC()));
        all.put("similar", root -> new SimilarCommand(root, Clock.systemUTC()));
        all.put("places", root -> new PlacesCommand(root, Clock.systemUTC()));
        all.put("batch", root -> new BatchCommand(root, Clock.systemUTC()));
        all.put("matrix", root -> new MatrixCommand(root, Clock.systemUTC()));
        all.put("import", ImportCommand::new);
        all.put("build-sample", root -> new BuildSampleCommand());
        return Collections.unmodifiableMap(all);
    }

    /**
     * Creates the command line with every subcommand; run it with {@code execute(args)}, which returns the exit
     * code.
     *
     * @param environment the environment variables to read the configuration from, never null
     * @return the command line, writing to standard output and error unless told otherwise, never null
     */
    public static CommandLine create(Map<String, String> environment) {
        return create(environment, SUBCOMMANDS.keySet());
    }

    /**
     * Creates the command line for one run of the given arguments: when the first argument names a subcommand, with
     * that subcommand only, else with all. picocli reads a command's annotations when it is added, not when it is
     * run: building the eight a run does not use took about a twentieth of a second of each one-shot command. What
     * the run prints is the same, since nothing but the named subcommand parses the rest of the arguments.
     *
     * @param environment the environment variables to read the configuration from, never null
     * @param args the arguments the command line will run, never null
     * @return the command line, never null
     */
    public static CommandLine forArguments(Map<String, String> environment, String... args) {
        return args.length > 0 && SUBCOMMANDS.containsKey(args[0])
                ? create(environment, Set.of(args[0])) : create(environment);
    }

    private static CommandLine create(Map<String, String> environment, Set<String> names) {
        OccuCompareCommand root = new OccuCompareCommand(environment);
        CommandLine commandLine = new CommandLine(root);
        SUBCOMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                commandLine.addSubcommand(name, command.apply(root));
            }
        });
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
