package org.occucompare.web.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code occucompare show}: prints one occupation. Declared now; the feature lands with the CareerOneStop client. */
@Command(name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Print one occupation: description, wages, outlook, skills, tasks and education.",
            "Uses the CareerOneStop API when OCCUCOMPARE_COS_USER_ID and OCCUCOMPARE_COS_TOKEN are set "
                    + "(OCCUCOMPARE_COS_BASE_URL points it at another server), else the local database."})
public final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CODE_OR_TITLE",
            description = "An O*NET-SOC code such as 29-1141.00, or an exact title such as \"Registered Nurses\".")
    private String occupation = "";

    @Option(names = "--location", paramLabel = "LOC", defaultValue = "US",
            description = "Where: US (or 0), a state (CA, 06, California), a city (\"Chicago, IL\") or a ZIP code "
                    + "(default: ${DEFAULT-VALUE}).")
    private String location = "US";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json, the normalized model as JSON.")
    private OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--refresh", description = "Fetch fresh data from the API instead of the local cache.")
    private boolean refresh;

    /** Creates the command. */
    public ShowCommand() {
    }

    @Override
    public Integer call() {
        throw Unavailable.command("show");
    }
}
