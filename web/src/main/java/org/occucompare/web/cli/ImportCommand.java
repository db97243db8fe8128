package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.OccupationException;
import org.occucompare.web.importer.ImportOptions;
import org.occucompare.web.importer.ImportSummary;
import org.occucompare.web.importer.Importer;
import org.occucompare.web.importer.YearRange;
import org.occucompare.web.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code occucompare import}: loads the official bulk files into the local database. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Import the official O*NET, OEWS and projections files into the local database.",
            "Each file is recognized by its name and columns: the O*NET database (directory or zip, text or "
                    + "Excel edition), OEWS wage files, Employment Projections workbooks and Projections Central "
                    + "state projections (CSV). The database is OCCUCOMPARE_DB. The import writes a new dataset "
                    + "version that readers (a running serve included) switch to when it is complete; a failing, "
                    + "refused or interrupted import leaves the previous data serving. Importing the same files "
                    + "again changes nothing. Progress goes to standard error, the summary to standard output."})
public final class ImportCommand implements Callable<Integer> {
    private final OccuCompareCommand root;

    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "The files, directories or zip files to import.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--projection-years", paramLabel = "BASE-PROJECTED",
            description = "The projection round of Projections Central state files, such as 2022-2032; "
                    + "their export names no years, so it is never guessed.")
    private @Nullable String projectionYears;

    @Option(names = "--oews-year", paramLabel = "YEAR",
            description = "The OEWS May reference year of OEWS files whose name, folder and contents do not say it, "
                    + "such as 2025 (BLS file names carry it; the JSON sets keep it in a may2025 folder).")
    private @Nullable Integer oewsYear;

    @Option(names = "--allow-empty",
            description = "Import a file that holds no data rows (refused otherwise: it would empty what it covers).")
    private boolean allowEmpty;

    @Option(names = "--allow-shrink",
            description = "Import files that replace a part of the store with fewer than half its rows, or that "
                    + "replace the bundled sample without occupations (refused otherwise: a truncated file does that).")
    private boolean allowShrink;

    /**
     * Creates the command.
     *
     * @param root the top command, which holds the configuration, never null
     */
    public ImportCommand(OccuCompareCommand root) {
        this.root = requireNonNull(root, "root is null");
    }

    @Override
    public Integer call() {
        ImportOptions options = (projectionYears == null ? ImportOptions.NONE
                : ImportOptions.NONE.withProjectionYears(YearRange.parse(projectionYears)))
                .withAllowEmpty(allowEmpty).withAllowShrink(allowShrink);
        if (oewsYear != null) {
            if (oewsYear < 1997 || oewsYear > 2100) {
                throw OccupationException.invalidInput("--oews-year " + oewsYear + " is not an OEWS year: give the May"
                        + " reference year of the files, such as 2025.");
            }
            options = new ImportOptions(options.projectionYears(), java.util.OptionalInt.of(oewsYear),
                    options.allowEmpty(), options.allowShrink());
        }
        CommandSpec command = requireNonNull(spec, "spec is null");
        PrintWriter err = command.commandLine().getErr();
        PrintWriter out = command.commandLine().getOut();
        try (Database database = Database.open(root.config())) {
            ImportSummary summary = new Importer(database, err, Clock.systemUTC()).importFiles(paths, options);
            out.print(summary.render());
            out.flush();
        }
        return 0;
    }
}
