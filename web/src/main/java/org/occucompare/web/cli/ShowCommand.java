package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Section;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.web.Application;
import org.occucompare.web.chart.FigureSize;
import org.occucompare.web.json.ModelJson;
import org.occucompare.web.places.ResolvedPlace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code occucompare show}: prints one occupation, as text for a reader or as the normalized model in JSON. */
@Command(name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Print one occupation: description, wages, outlook, skills, tasks and education.",
            "Uses the CareerOneStop API, through the local cache, when OCCUCOMPARE_COS_USER_ID and "
                    + "OCCUCOMPARE_COS_TOKEN are set (OCCUCOMPARE_COS_BASE_URL points it at another server), "
                    + "else the local database (the bundled sample until you import the official files).",
            "With --chart industries, attainment or interests and --out FILE, also draws that chart of the "
                    + "occupation (.png, .svg, .pdf) or writes its table (.csv)."})
public final class ShowCommand implements Callable<Integer> {
    private final OccuCompareCommand root;
    private final Clock clock;

    @Spec
    private @Nullable CommandSpec spec;

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

    @Mixin
    private SectionsOption sections = new SectionsOption();

    @ArgGroup(exclusive = false)
    private @Nullable ChartOptions chart;

    @Mixin
    private FigureOptions figure = new FigureOptions();

    /**
     * Creates the command.
     *
     * @param root the top command, which holds the configuration, never null
     * @param clock the clock for ages of cached data, never null
     */
    public ShowCommand(OccuCompareCommand root, Clock clock) {
        this.root = requireNonNull(root, "root is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Integer call() {
        if (format == OutputFormat.CSV) {
            throw OccupationException.invalidInput("show prints text or json; for CSV use occucompare compare.");
        }
        if (chart != null) {
            chart.validate();
            if (chart.kind().profileSection().isEmpty()) {
                throw OccupationException.invalidInput("show draws one occupation's industries, attainment or"
                        + " interests; the " + chart.kind() + " chart needs occucompare compare.");
            }
        }
        FigureSize size = figure.sizeOfChart(chart != null);
        OccupationKey key = OccupationKey.parse(occupation);
        // the chart's own section is fetched whatever --sections chose, so that it is drawn, not "no figures"
        Optional<Set<Section>> chosen = sections.chosen().map(s -> chart == null ? s : withChartSection(s));
        Freshness freshness = refresh ? Freshness.REFRESH : Freshness.CACHED;
        PrintWriter out = requireNonNull(spec, "spec is null").commandLine().getOut();
        try (Application app = Application.open(root.config(), clock)) {
            ResolvedPlace place = app.store().gazetteer().resolve(location);
            Occupation found = chosen.map(s -> app.occupations().fetch(key, place.request(), s, freshness))
                    .orElseGet(() -> app.occupations().fetch(key, place.request(), freshness)).require(key);
            if (format == OutputFormat.JSON) {
                out.println(ModelJson.create().writerWithDefaultPrettyPrinter().writeValueAsString(found));
            } else {
                // a ZIP code CareerOneStop answers with another area than the county table's names that area
                ResolvedPlace answered = app.compare().answeredBySource(place, found);
                if (!answered.isAsTyped()) {
                    out.println("Place: " + answered.how());
                }
                new OccupationTextWriter(out, clock.instant()).write(found);
            }
            if (chart != null) {
                PrintWriter err = requireNonNull(spec, "spec is null").commandLine().getErr();
                err.println(chart.write(List.of(found), size));
                err.flush();
            }
        } catch (JsonProcessingException e) {
            throw new OccupationException(ErrorKind.INTERNAL, "Could not write the occupation as JSON: "
                    + e.getOriginalMessage(), e);
        }
        out.flush();
        return 0;
    }

    /** The sections chosen and the one the chart draws. */
    private Set<Section> withChartSection(Set<Section> chosen) {
        Set<Section> all = EnumSet.of(Section.METADATA);
        all.addAll(chosen);
        requireNonNull(chart, "chart is null").kind().profileSection().ifPresent(all::add);
        return all;
    }
}
