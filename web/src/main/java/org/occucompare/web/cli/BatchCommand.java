package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.web.AppVersion;
import org.occucompare.web.Application;
import org.occucompare.web.chart.ChartRenderer;
import org.occucompare.web.chart.FigureSize;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.UnavailableOccupation;
import org.occucompare.web.compare.UnknownOccupation;
import org.occucompare.web.export.CsvCells;
import org.occucompare.web.export.CsvExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code occucompare batch}: many comparisons from a CSV file, each written as a tidy CSV and its charts. */
@Command(name = "batch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Run the comparisons listed in a CSV file.",
            "FILE has a header row with the columns occupations (required), locations, reference and charts; "
                    + "separate several values in a cell with ';', for example \"29-1141.00;29-2061.00\", "
                    + "\"US;CA\", \"wages;growth.svg\" (charts are PNG unless an extension says otherwise).",
            "Each row is written to DIR as row-<line>.csv plus its charts, and DIR/index.csv lists every row "
                    + "with its status. A bad row is reported with its line number and skipped, leaving no files; "
                    + "the rest completes. Exits 0 when every row succeeded, 1 when any failed.",
            "--size, --width-mm and --dpi size every chart of the batch, as in compare."})
public final class BatchCommand implements Callable<Integer> {
    private final OccuCompareCommand root;
    private final Clock clock;

    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The CSV file of comparisons.")
    private Path file = Path.of("batch.csv");

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "occucompare-batch",
            description = "Where to write the results (default: ${DEFAULT-VALUE}).")
    private Path out = Path.of("occucompare-batch");

    @Mixin
    private FigureOptions figure = new FigureOptions();

    /**
     * Creates the command.
     *
     * @param root the top command, which holds the configuration, never null
     * @param clock the clock, never null
     */
    public BatchCommand(OccuCompareCommand root, Clock clock) {
        this.root = requireNonNull(root, "root is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = requireNonNull(spec, "spec is null").commandLine().getErr();
        FigureSize size = figure.size();
        List<BatchRequest> requests = read(file);
        Files.createDirectories(out);
        BatchProgress progress = new BatchProgress(err, requests.size());
        List<Long> failed = new ArrayList<>();
        String version = AppVersion.current();
        try (Application app = Application.open(root.config(), clock);
                StagedFiles indexFile = new StagedFiles(out)) {
            try (Writer writer = Files.newBufferedWriter(indexFile.stage("index.csv"), StandardCharsets.UTF_8);
                    CSVPrinter index = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                            .setHeader("line", "status", "occupations", "locations", "reference", "csv", "charts",
                                    "unknown", "message").get())) {
                for (BatchRequest r : requests) {
                    try (StagedFiles rowFiles = new StagedFiles(out)) {
                        Comparison c = app.compare().compare(r.query(app.compare()::place));
                        String csvName = "row-" + r.line() + ".csv";
                        rowFiles.write(csvName, CsvExport.toCsv(c, version).getBytes(StandardCharsets.UTF_8));
                        List<String> charts = new ArrayList<>();
                        for (BatchRequest.Chart chart : r.chartList()) {
                            String name = "row-" + r.line() + "-" + chart.kind().id() + "."
                                    + chart.format().extension();
                            rowFiles.write(name, ChartRenderer.render(c, chart.kind(), chart.format(), size));
                            charts.add(name);
                        }
                        rowFiles.commit();
                        String unknown = String.join(";", c.unknown().stream().map(UnknownOccupation::input)
                                .toList());
                        // unavailable occupations are named in the message: the row is incomplete, not wrong
                        String leftOut = String.join(";", Stream.concat(c.unknown().stream()
                                .map(UnknownOccupation::input), c.unavailable().stream()
                                .map(UnavailableOccupation::input)).toList());
                        index.printRecord(r.line(), "ok", text(r.occupations()), text(r.locations()),
                                text(r.reference()), csvName, String.join(";", charts), text(unknown),
                                text(String.join(" ", Stream.concat(c.unknown().stream()
                                        .map(UnknownOccupation::message), c.unavailable().stream()
                                        .map(UnavailableOccupation::message)).toList())));
                        progress.done(r.line(), "ok" + (leftOut.isEmpty() ? "" : ", left out " + leftOut));
                    } catch (OccupationException e) {
                        failed.add(r.line());
                        index.printRecord(r.line(), "failed", text(r.occupations()), text(r.locations()),
                                text(r.reference()), "", "", "", text(e.getMessage()));
                        progress.failed(r.line(), e.getMessage());
                    }
                }
            }
            indexFile.commit();
        }
        progress.summary(out, failed);
        return failed.isEmpty() ? 0 : CliErrors.FAILURE;
    }

    private static String text(String cell) {
        return CsvCells.text(cell);
    }

    private static List<BatchRequest> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw OccupationException.invalidInput("The batch file " + file + " does not exist: give a CSV file"
                    + " with the columns " + String.join(", ", BatchRequest.COLUMNS) + ".");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).setCommentMarker('#').get();
        List<BatchRequest> requests = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            if (!parser.getHeaderMap().containsKey("occupations")) {
                throw OccupationException.invalidInput("The batch file " + file + " has no \"occupations\" column:"
                        + " its header row must name the columns " + String.join(", ", BatchRequest.COLUMNS) + ".");
            }
            for (CSVRecord record : parser) {
                requests.add(BatchRequest.of(record, parser.getCurrentLineNumber()));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new OccupationException(ErrorKind.INVALID_INPUT, "Cannot read the batch file " + file + ": "
                    + e.getMessage() + ". Check that it is a CSV file in UTF-8.", e);
        }
        if (requests.isEmpty()) {
            throw OccupationException.invalidInput("The batch file " + file + " has no rows under its header: add"
                    + " one comparison per row.");
        }
        return requests;
    }
}
