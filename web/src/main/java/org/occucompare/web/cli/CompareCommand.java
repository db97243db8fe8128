package org.occucompare.web.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code occucompare compare}: the comparison report of the web app, on the terminal. Declared now. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Compare occupations across places, as the web app does.",
            "The same report as the web app, from the same analytics, as an aligned table, JSON or CSV, "
                    + "and optionally a chart for print."})
public final class CompareCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CODE", arity = "1..*", description = "O*NET-SOC codes such as 29-1141.00.")
    private List<String> codes = new ArrayList<>();

    @Option(names = "--location", paramLabel = "LOC", arity = "1..*",
            description = "One or more places: US, a state, a city or a ZIP code (default: US).")
    private List<String> locations = new ArrayList<>();

    @Option(names = "--reference", paramLabel = "CODE",
            description = "The occupation the others are measured against (default: the first CODE).")
    private @Nullable String reference;

    @Option(names = "--metrics", paramLabel = "ID", split = ",",
            description = "Only these metrics, by id, comma-separated (default: all).")
    private List<String> metrics = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or csv.")
    private OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--cite", description = "Also print a citation (BibTeX) for the data used.")
    private boolean cite;

    @ArgGroup(exclusive = false)
    private @Nullable ChartOptions chart;

    /** Creates the command. */
    public CompareCommand() {
    }

    @Override
    public Integer call() {
        throw Unavailable.command("compare");
    }

    /** {@code --chart KIND --out FILE [--scale N]}: the two go together. */
    static final class ChartOptions {
        @Option(names = "--chart", paramLabel = "KIND", required = true, description = "Also draw a chart of this kind.")
        private String kind = "";

        @Option(names = "--out", paramLabel = "FILE", required = true,
                description = "Where to write the chart: .png, .svg or .pdf.")
        private Path out = Path.of("chart.png");

        @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
                description = "Scale factor of a PNG chart, for print (default: ${DEFAULT-VALUE}).")
        private double scale = 1;
    }
}
