package org.occucompare.web.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code occucompare similar}: occupations similar to one, with scores and reasons. Declared now. */
@Command(name = "similar",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List the occupations most similar to one, with scores and reasons.")
public final class SimilarCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CODE", description = "An O*NET-SOC code such as 29-1141.00.")
    private String code = "";

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "How many to list (default: ${DEFAULT-VALUE}).")
    private int limit = 10;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or csv.")
    private OutputFormat format = OutputFormat.TEXT;

    /** Creates the command. */
    public SimilarCommand() {
    }

    @Override
    public Integer call() {
        throw Unavailable.command("similar");
    }
}
