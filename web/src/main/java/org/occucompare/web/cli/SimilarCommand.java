package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.occucompare.analytics.similar.SimilarOccupation;
import org.occucompare.analytics.skills.SharedDescriptor;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.web.AppVersion;
import org.occucompare.web.Application;
import org.occucompare.web.export.CsvCells;
import org.occucompare.web.json.ModelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code occucompare similar}: occupations similar to one, with scores and reasons. */
@Command(name = "similar",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"List the occupations most similar to one, with scores and reasons.",
            "The score (0 to 1) weighs skills, knowledge, abilities, tasks and work activities over every "
                    + "occupation of the local store (docs/analytics.md); the reasons are the descriptors both "
                    + "need distinctly more than occupations in general."})
public final class SimilarCommand implements Callable<Integer> {
    /** The most occupations one listing takes. */
    static final int MAX_LIMIT = 100;

    private final OccuCompareCommand root;
    private final Clock clock;

    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(paramLabel = "CODE", description = "An O*NET-SOC code such as 29-1141.00, or an exact title.")
    private String code = "";

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "How many to list, 1 to " + MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    private int limit = 10;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or csv.")
    private OutputFormat format = OutputFormat.TEXT;

    /**
     * Creates the command.
     *
     * @param root the top command, which holds the configuration, never null
     * @param clock the clock, never null
     */
    public SimilarCommand(OccuCompareCommand root, Clock clock) {
        this.root = requireNonNull(root, "root is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Integer call() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw OccupationException.invalidInput("--limit is " + limit + ": use 1 to " + MAX_LIMIT + ".");
        }
        PrintWriter out = requireNonNull(spec, "spec is null").commandLine().getOut();
        OccupationKey key = OccupationKey.parse(code);
        try (Application app = Application.open(root.config(), clock)) {
            // the similarity index covers the local store: look the occupation up there, whatever the live source
            Occupation occupation = app.analysis().occupation(key);
            List<SimilarOccupation> similar = app.analysis().similar(occupation.code(), limit);
            String data = app.store().describe();
            switch (format) {
                case JSON -> json(out, occupation, similar, data);
                case CSV -> csv(out, occupation, similar, data);
                default -> text(out, occupation, similar, data);
            }
        }
        out.flush();
        return 0;
    }

    private static void text(PrintWriter out, Occupation o, List<SimilarOccupation> similar, String data) {
        out.println("Occupations most similar to " + o.code() + " " + o.title());
        out.println();
        TextTable table = new TextTable(List.of("#", "Code", "Occupation", "Score", "Pct", "Both need"),
                true, false, false, true, true, false);
        int rank = 1;
        for (SimilarOccupation s : similar) {
            table.row(List.of(String.valueOf(rank++), s.code().value(), shorten(s.title()),
                    String.format(Locale.US, "%.3f", s.score()),
                    String.format(Locale.US, "%.1f", s.percentileAmongPairs()), reasons(s, 3)));
        }
        table.print(out);
        out.println();
        out.println("Score: 0 to 1; Pct: the share of all pairs of occupations scoring at most this. Data: " + data
                + ".");
    }

    private static void json(PrintWriter out, Occupation o, List<SimilarOccupation> similar, String data) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("code", o.code());
        doc.put("title", o.title());
        doc.put("data", data);
        doc.put("app", "OccuCompare " + AppVersion.current());
        doc.put("similar", similar);
        try {
            out.println(ModelJson.create().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new OccupationException(ErrorKind.INTERNAL, "Could not write the list as JSON.", e);
        }
    }

    private static void csv(PrintWriter out, Occupation o, List<SimilarOccupation> similar, String data) {
        CSVFormat csv = CsvCells.format(List.of("query: similar " + o.code() + " (" + o.title() + ")", "data: " + data,
                "app: OccuCompare " + AppVersion.current(), "score: 0 to 1, weighted cosines of skills, knowledge,"
                        + " abilities, tasks and work activities; percentile_among_pairs: share of all pairs scoring at"
                        + " most this"), "rank", "code", "title", "score", "percentile_among_pairs", "both_need");
        try {
            CSVPrinter printer = new CSVPrinter(out, csv);
            int rank = 1;
            for (SimilarOccupation s : similar) {
                printer.printRecord(rank++, s.code().value(), CsvCells.text(s.title()),
                        String.format(Locale.ROOT, "%.4f", s.score()),
                        String.format(Locale.ROOT, "%.2f", s.percentileAmongPairs()),
                        CsvCells.text(reasons(s, 5)));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reasons(SimilarOccupation s, int n) {
        return s.sharedDescriptors().stream().limit(n).map(SharedDescriptor::name).collect(Collectors.joining(", "));
    }

    private static String shorten(String title) {
        return title.length() <= 40 ? title : title.substring(0, 39) + "…";
    }
}
