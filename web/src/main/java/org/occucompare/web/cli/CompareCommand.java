package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.OccupationException;
import org.occucompare.web.AppVersion;
import org.occucompare.web.Application;
import org.occucompare.web.chart.FigureSize;
import org.occucompare.web.compare.CompareQuery;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.UnavailableOccupation;
import org.occucompare.web.compare.UnknownOccupation;
import org.occucompare.web.export.Citation;
import org.occucompare.web.export.CsvExport;
import org.occucompare.web.export.JsonExport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code occucompare compare}: the comparison report of the web app, on the terminal or as a file. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Compare occupations across places, as the web app does.",
            "The same report as the web app, from the same analytics, as an aligned table, JSON or CSV, "
                    + "and optionally a chart for print. Occupations that match nothing are named on standard "
                    + "error with suggestions and left out."},
        footer = {"", "Examples:",
            "  occucompare compare 29-1141.00 29-2061.00 --location US CA",
            "  occucompare compare 29-1141.00 29-2061.00 --format csv > nurses.csv",
            "  occucompare compare 29-1141.00 --location US CA TX --chart locations --out rn.svg",
            "  occucompare compare 29-1141.00 29-2061.00 --chart wages --out wages.pdf --size single",
            "  occucompare compare 29-1141.00 15-1252.00 --chart interests --out interests.svg",
            "  occucompare compare 29-1141.00 29-2061.00 --cite > data.bib"})
public final class CompareCommand implements Callable<Integer> {
    private final OccuCompareCommand root;
    private final Clock clock;

    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(paramLabel = "CODE", arity = "1..*",
            description = "2 to 10 O*NET-SOC codes such as 29-1141.00 or exact titles (1 with several places, or with"
                    + " a city, ZIP code or area, which brings its state and the nation).")
    private List<String> codes = new ArrayList<>();

    @Option(names = "--location", paramLabel = "LOC", arity = "1..*",
            description = "1 to 5 places: US, a state (CA, California), a metro area (16980 or its name), a city"
                    + " (\"Chicago, IL\") or a ZIP code (default: US).")
    private List<String> locations = new ArrayList<>();

    @Option(names = "--reference", paramLabel = "CODE",
            description = "The occupation the others are measured against (default: the first CODE).")
    private @Nullable String reference;

    @Option(names = "--metrics", paramLabel = "ID", split = ",",
            description = "Only these metrics, by id, comma-separated (default: all).")
    private List<String> metrics = new ArrayList<>();

    @Mixin
    private SectionsOption sections = new SectionsOption();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or csv (tidy: one row per occupation, place and measure).")
    private OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--cite", paramLabel = "FORMAT", arity = "0..1", fallbackValue = "bibtex",
            description = "Print only the citation of the data used, as bibtex (default: @misc entries for any style),"
                    + " biblatex (@dataset, @software) or csl (CSL-JSON).")
    private @Nullable CiteFormat cite;

    @ArgGroup(exclusive = false)
    private @Nullable ChartOptions chart;

    @Mixin
    private FigureOptions figure = new FigureOptions();

    /**
     * Creates the command.
     *
     * @param root the top command, which holds the configuration, never null
     * @param clock the clock, never null
     */
    public CompareCommand(OccuCompareCommand root, Clock clock) {
        this.root = requireNonNull(root, "root is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Integer call() {
        CommandSpec command = requireNonNull(spec, "spec is null");
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (chart != null) {
            chart.validate();
        }
        FigureSize size = figure.sizeOfChart(chart != null);
        try (Application app = Application.open(root.config(), clock)) {
            CompareQuery parsed = CompareQuery.parse(codes, locations, Optional.ofNullable(reference), metrics,
                    app.compare()::place);
            CompareQuery query = sections.chosen().map(parsed::withSections).orElse(parsed);
            Comparison comparison = app.compare().compare(query);
            if (cite != null || format != OutputFormat.TEXT) {
                // the text report names them itself; elsewhere they would be lost in the data
                for (UnknownOccupation u : comparison.unknown()) {
                    err.println(u.message() + " It is left out.");
                }
                for (UnavailableOccupation u : comparison.unavailable()) {
                    err.println(u.message());
                }
            }
            String version = AppVersion.current();
            if (cite != null) {
                out.print(cite.render(Citation.of(comparison, version)));
            } else if (format == OutputFormat.JSON) {
                out.println(JsonExport.toJson(comparison, version));
            } else if (format == OutputFormat.CSV) {
                CsvExport.write(comparison, version, out);
            } else {
                new ComparisonTextWriter(out).write(comparison);
            }
            if (chart != null) {
                err.println(chart.write(comparison, size));
            }
        }
        out.flush();
        err.flush();
        return 0;
    }
}
