package org.occucompare.web.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.web.config.AppConfig;
import org.occucompare.web.importer.SampleBuilder;
import org.occucompare.web.Application;

/**
 * The benchmark harness of the research commands (a {@code main}, never part of the test run): imports the official
 * files into a new store, then times, in-process and after one warm-up, a batch of 200 comparisons (without and with
 * a PNG chart per row) and the all-occupation matrices, and prints the medians as a Markdown table. See
 * docs/performance.md, "Research commands".
 */
public final class ResearchBenchmark {
    private static final int RUNS = 3;
    private static final List<String> STATES = List.of("CA", "TX", "NY", "FL", "WA", "IL", "OH", "GA", "PA", "NC");

    private ResearchBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args the shared data directory, such as {@code ../../shared/data}, and optionally a work directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../../shared/data");
        Path work = args.length > 1 ? Files.createDirectories(Path.of(args[1]))
                : Files.createTempDirectory("occucompare-bench");
        CommandRunner cli = new CommandRunner(work);
        List<String> importArgs = new ArrayList<>(List.of("import", "--projection-years", "2022-2032"));
        SampleBuilder.FILES.forEach(f -> importArgs.add(data.resolve(f).toString()));
        time("import of the official files (setup)", 1, () -> check(cli, importArgs.toArray(String[]::new)));
        List<OccupationCode> codes;
        int stored;
        try (Application app = Application.open(AppConfig.load(Map.of(AppConfig.DB, "jdbc:h2:file:"
                + work.resolve("db").toAbsolutePath()), Optional.empty(), work), Clock.systemUTC())) {
            stored = app.store().codes().size();
            codes = app.store().codes().stream().filter(c -> c.value().endsWith(".00")).toList();
        }
        Path plain = batchFile(work.resolve("batch-200.csv"), codes, "");
        Path charted = batchFile(work.resolve("batch-200-charts.csv"), codes, "wages");
        System.out.println("| What | median of " + RUNS + " runs |");
        System.out.println("|---|---:|");
        time("batch of 200 comparisons (tidy CSV per row)", RUNS,
                () -> check(cli, "batch", plain.toString(), "--out", work.resolve("out-plain").toString()));
        time("batch of 200 comparisons with a wages PNG per row", RUNS,
                () -> check(cli, "batch", charted.toString(), "--out", work.resolve("out-charts").toString()));
        for (String measure : List.of("similarity", "median-gap", "growth")) {
            time("matrix --all --measure " + measure + " (" + stored + " occupations)", RUNS, () -> check(cli,
                    "matrix", "--all", "--measure", measure, "--out", work.resolve(measure + ".csv").toString()));
        }
        time("compare 3 occupations × 2 places, text", RUNS,
                () -> check(cli, "compare", "29-1141.00", "29-2061.00", "11-1011.00", "--location", "US", "CA"));
        time("similar 29-1141.00 --limit 10", RUNS, () -> check(cli, "similar", "29-1141.00", "--limit", "10"));
        System.out.println("matrix file size (similarity): " + Files.size(work.resolve("similarity.csv")) / 1024
                + " KiB; work directory: " + work);
    }

    private static Path batchFile(Path file, List<OccupationCode> codes, String charts) throws IOException {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder("occupations,locations,reference,charts\n");
        for (int row = 0; row < 200; row++) {
            int n = 2 + random.nextInt(3);
            List<String> picked = new ArrayList<>();
            while (picked.size() < n) {
                String code = codes.get(random.nextInt(codes.size())).value();
                if (!picked.contains(code)) {
                    picked.add(code);
                }
            }
            csv.append('"').append(String.join(";", picked)).append("\",\"US;")
                    .append(STATES.get(random.nextInt(STATES.size()))).append("\",,").append(charts).append('\n');
        }
        return Files.writeString(file, csv);
    }

    private static void check(CommandRunner cli, String... args) {
        int exitCode = cli.run(args);
        if (exitCode != 0 && !(args[0].equals("batch") && exitCode == 1)) {
            throw new IllegalStateException(String.join(" ", args) + " exited " + exitCode + ": " + cli.err());
        }
    }

    private static void time(String what, int runs, Runnable task) {
        task.run(); // warm-up
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "| %s | %.2f s |%n", what, seconds[runs / 2]);
    }
}
