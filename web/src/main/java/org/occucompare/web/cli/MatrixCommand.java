package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.occucompare.analytics.similar.SimilarityIndex;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.web.AppVersion;
import org.occucompare.web.Application;
import org.occucompare.web.places.OewsArea;
import org.occucompare.web.places.ResolvedPlace;
import org.occucompare.web.store.DataSourceInfo;
import org.occucompare.web.store.OccupationStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code occucompare matrix}: an occupation × occupation matrix for network or cluster analysis. */
@Command(name = "matrix",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Write an occupation × occupation matrix as CSV, for network or cluster analysis.",
            "Rows and columns are the occupations of the local store (--all, the default) or of a file of codes; "
                    + "each cell holds the measure from the row occupation to the column occupation."})
public final class MatrixCommand implements Callable<Integer> {
    private final OccuCompareCommand root;
    private final Clock clock;

    @Spec
    private @Nullable CommandSpec spec;

    @ArgGroup(exclusive = true)
    private @Nullable Selection selection;

    @Option(names = "--measure", paramLabel = "MEASURE", defaultValue = "similarity",
            description = "similarity (default), median-gap (US dollars) or growth (percentage points).")
    private String measure = "similarity";

    @Option(names = "--location", paramLabel = "LOC", defaultValue = "US",
            description = "The place of median-gap (US, a state, a metro area, city or ZIP code) and growth (US or a"
                    + " state) (default: ${DEFAULT-VALUE}).")
    private String location = "US";

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The CSV file to write.")
    private Path out = Path.of("matrix.csv");

    /**
     * Creates the command.
     *
     * @param root the top command, which holds the configuration, never null
     * @param clock the clock, never null
     */
    public MatrixCommand(OccuCompareCommand root, Clock clock) {
        this.root = requireNonNull(root, "root is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = requireNonNull(spec, "spec is null").commandLine().getErr();
        MatrixMeasure chosen = MatrixMeasure.parse(measure);
        if (chosen == MatrixMeasure.SIMILARITY && !(Location.parse(location) instanceof Location.National)) {
            throw OccupationException.invalidInput("Similarity does not depend on the place: leave --location out,"
                    + " or use --measure median-gap or growth.");
        }
        Path codesFile = selection == null ? null : selection.codesFile;
        long started = System.nanoTime();
        int size;
        try (Application app = Application.open(root.config(), clock)) {
            OccupationStore store = app.store();
            ResolvedPlace resolved = store.gazetteer().resolve(location);
            Location place = place(resolved, chosen, err);
            String placeName = resolved.area().map(OewsArea::name).orElse(place.displayName());
            List<String> wanted = codesFile == null ? store.codes().stream().map(OccupationCode::value).toList()
                    : read(codesFile);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (chosen == MatrixMeasure.SIMILARITY) {
                // the index covers the whole store; its occupations give the titles
                SimilarityIndex index = app.analysis().similarityIndex();
                Map<OccupationCode, String> titles = new LinkedHashMap<>();
                app.analysis().occupations().forEach(o -> titles.put(o.code(), o.title()));
                List<OccupationCode> codes = known(parsed(wanted, err), titles.keySet(), err);
                size = codes.size();
                try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    new OccupationMatrix(codes, titles).writeSimilarity(index,
                            header(chosen, place, placeName, store, size), writer);
                }
            } else {
                // one round trip for every occupation at the place; no similarity index needed
                List<OccupationCode> asked = parsed(wanted, err);
                Map<OccupationCode, Occupation> data = new LinkedHashMap<>();
                store.fetch(asked.stream().<OccupationKey>map(OccupationKey.Code::new).toList(), List.of(place),
                        Freshness.CACHED).occupations().values().forEach(o -> data.put(o.code(), o));
                List<OccupationCode> codes = known(asked, data.keySet(), err);
                Map<OccupationCode, String> titles = new LinkedHashMap<>();
                data.forEach((code, o) -> titles.put(code, o.title()));
                size = codes.size();
                OccupationMatrix matrix = new OccupationMatrix(codes, titles);
                double[] values = chosen == MatrixMeasure.MEDIAN_GAP ? matrix.medians(data, place)
                        : matrix.growth(data, place);
                try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    matrix.writeDifferences(values, chosen == MatrixMeasure.MEDIAN_GAP ? 1 : 10,
                            header(chosen, place, placeName, store, size), writer);
                }
            }
        }
        err.printf("Wrote a %d × %d %s matrix to %s in %.1f s.%n", size, size, chosen.id(), out,
                (System.nanoTime() - started) / 1e9);
        err.flush();
        return 0;
    }

    /**
     * Where the figures are read: a city or ZIP code in its metro area (or state), saying so on stderr; growth only
     * where the projections are published, the nation and the states.
     */
    private static Location place(ResolvedPlace resolved, MatrixMeasure measure, PrintWriter err) {
        if (!resolved.isAsTyped()) {
            err.println("Place: " + resolved.how());
        }
        Location place = resolved.place();
        if (measure == MatrixMeasure.GROWTH && place instanceof Location.Area) {
            throw OccupationException.invalidInput("Projections are published for the nation and the states, not for "
                    + resolved.area().map(OewsArea::name).orElse(place.displayName()) + resolved.state().map(s ->
                            ": use --location " + s.postalCode() + " for the growth of its state").orElse("") + ".");
        }
        return place;
    }

    private static List<String> header(MatrixMeasure measure, Location place, String placeName, OccupationStore store,
            int size) {
        List<String> lines = new ArrayList<>();
        lines.add("matrix: " + measure.definition());
        lines.add("rows, columns: " + size + " occupations" + (measure == MatrixMeasure.SIMILARITY ? ""
                : "; place: " + place.key() + " (" + placeName + ")"));
        lines.add("data: " + store.describe());
        for (DataSourceInfo s : store.sources()) {
            lines.add("source: " + s.name() + ", " + s.vintage() + s.url().map(u -> " <" + u + ">").orElse(""));
        }
        lines.add("app: OccuCompare " + AppVersion.current());
        for (DataSourceInfo s : store.sources()) {
            s.citation().ifPresent(c -> lines.add("cite: " + c));
        }
        return lines;
    }

    /** The codes of a file: one per line (or the first cell of a CSV row); blank lines and # comments skipped. */
    private static List<String> read(Path file) {
        try {
            List<String> codes = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String cell = line.split("[,;\\t]")[0].replace("\"", "").strip();
                if (!cell.isEmpty() && !cell.startsWith("#") && !cell.equalsIgnoreCase("code")) {
                    codes.add(cell);
                }
            }
            return codes;
        } catch (IOException e) {
            throw new OccupationException(ErrorKind.INVALID_INPUT, "Cannot read the codes file " + file + " ("
                    + e.getMessage() + "): give a file with one O*NET-SOC code per line.", e);
        }
    }

    /** The codes that parse; the others are named on standard error. */
    private static List<OccupationCode> parsed(List<String> inputs, PrintWriter err) {
        List<OccupationCode> codes = new ArrayList<>();
        for (String input : inputs) {
            try {
                codes.add(OccupationCode.parse(input));
            } catch (OccupationException e) {
                err.println("Left out \"" + input + "\": " + e.getMessage());
            }
        }
        return codes;
    }

    /** The codes the store holds, in file order, each once; the others are named on standard error. */
    private static List<OccupationCode> known(List<OccupationCode> asked, Set<OccupationCode> held,
            PrintWriter err) {
        LinkedHashSet<OccupationCode> codes = new LinkedHashSet<>();
        for (OccupationCode code : asked) {
            if (held.contains(code)) {
                codes.add(code);
            } else {
                err.println("Left out " + code + ": it is not in the local store.");
            }
        }
        if (codes.isEmpty()) {
            throw OccupationException.notFound("None of the codes is in the local store: check the codes, or run"
                    + " occucompare import.");
        }
        return List.copyOf(codes);
    }

    /** Which occupations: a file of codes, or all. */
    static final class Selection {
        @Option(names = "--codes", paramLabel = "FILE", required = true,
                description = "A file of O*NET-SOC codes, one per line.")
        private @Nullable Path codesFile;

        @Option(names = "--all", required = true, description = "Every occupation of the local store (default).")
        private boolean all;
    }
}
