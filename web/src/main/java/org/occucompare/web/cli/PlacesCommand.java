package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.WageAmount;
import org.occucompare.web.AppVersion;
import org.occucompare.web.Application;
import org.occucompare.web.export.CsvCells;
import org.occucompare.web.json.ModelJson;
import org.occucompare.web.places.OccupationPlaces;
import org.occucompare.web.places.PlaceLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code occucompare places}: one occupation across every state or metro area, highest median first. */
@Command(name = "places",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"List one occupation's wages in every state or every metro area, highest median first.",
            "Each place shows its newest OEWS year; the figures come from the local store."})
public final class PlacesCommand implements Callable<Integer> {
    private final OccuCompareCommand root;
    private final Clock clock;

    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(paramLabel = "CODE", description = "An O*NET-SOC code such as 29-1141.00, or an exact title.")
    private String code = "";

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "state",
            description = "state (default: the states, DC and territories) or metro (the metropolitan areas).")
    private String level = "state";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or csv.")
    private OutputFormat format = OutputFormat.TEXT;

    /**
     * Creates the command.
     *
     * @param root the top command, which holds the configuration, never null
     * @param clock the clock, never null
     */
    public PlacesCommand(OccuCompareCommand root, Clock clock) {
        this.root = requireNonNull(root, "root is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Integer call() {
        PlaceLevel chosen = PlaceLevel.parse(level);
        PrintWriter out = requireNonNull(spec, "spec is null").commandLine().getOut();
        try (Application app = Application.open(root.config(), clock)) {
            OccupationPlaces places = app.compare().places(code, chosen);
            String data = app.store().describe();
            switch (format) {
                case JSON -> json(out, places, data);
                case CSV -> csv(out, places, data);
                default -> text(out, places, data);
            }
        }
        out.flush();
        return 0;
    }

    private static void text(PrintWriter out, OccupationPlaces p, String data) {
        out.println(p.occupation().code() + " " + p.occupation().title() + " in every "
                + (p.level() == PlaceLevel.STATE ? "state" : "metro area") + " with figures, highest median first");
        out.println();
        TextTable table = new TextTable(List.of("Place", "Key", "Year", "Median/yr", "Median/hr", "Employment",
                "Per 1,000 jobs", "LQ"), false, false, false, true, true, true, true, true);
        for (OccupationPlaces.Row r : p.rows()) {
            table.row(List.of(r.name(), r.place().key(), r.year().isPresent() ? "May " + r.year().getAsInt() : "-",
                    OccupationTextWriter.amount(r.annualMedian(), RateType.ANNUAL),
                    r.hourlyMedian().map(a -> OccupationTextWriter.amount(a, RateType.HOURLY)).orElse("n/a"),
                    r.employment().isPresent() ? String.format(Locale.US, "%,d", r.employment().getAsLong())
                            : "n/a", OccupationTextWriter.decimal(r.jobsPer1000()),
                    OccupationTextWriter.decimal(r.locationQuotient())));
        }
        table.print(out);
        out.println();
        out.println(p.rows().size() + " places. Data: " + data + ".");
    }

    private static void json(PrintWriter out, OccupationPlaces p, String data) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("code", p.occupation().code());
        doc.put("title", p.occupation().title());
        doc.put("level", p.level().id());
        doc.put("data", data);
        doc.put("app", "OccuCompare " + AppVersion.current());
        doc.put("places", p.rows());
        try {
            out.println(ModelJson.create().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new OccupationException(ErrorKind.INTERNAL, "Could not write the list as JSON.", e);
        }
    }

    private static void csv(PrintWriter out, OccupationPlaces p, String data) {
        CSVFormat csv = CsvCells.format(List.of("query: places " + p.occupation().code() + " --level "
                + p.level().id() + " (" + p.occupation().title() + ")", "data: " + data,
                "app: OccuCompare " + AppVersion.current()), "location", "location_name", "oews_year",
                "annual_median_usd", "annual_median_qualifier", "hourly_median_usd", "employment", "jobs_per_1000",
                "location_quotient");
        try {
            CSVPrinter printer = new CSVPrinter(out, csv);
            for (OccupationPlaces.Row r : p.rows()) {
                printer.printRecord(r.place().key(), CsvCells.text(r.name()),
                        r.year().isPresent() ? r.year().getAsInt() : "", number(r.annualMedian()),
                        qualifier(r.annualMedian()), r.hourlyMedian().map(PlacesCommand::number).orElse(""),
                        r.employment().isPresent() ? r.employment().getAsLong() : "",
                        plain(r.jobsPer1000()), plain(r.locationQuotient()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(WageAmount amount) {
        var value = amount.lowerBound();
        return value.isEmpty() ? "" : value.getAsDouble() == Math.rint(value.getAsDouble())
                ? String.format(Locale.ROOT, "%.0f", value.getAsDouble())
                : String.format(Locale.ROOT, "%.2f", value.getAsDouble());
    }

    /** An employment share as published (18.093, 0.85), or empty for none. */
    private static String plain(OptionalDouble value) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).stripTrailingZeros().toPlainString() : "";
    }

    private static String qualifier(WageAmount amount) {
        return amount.isTopCoded() ? "at_least" : amount.isMissing() ? "missing" : "exact";
    }
}
