package org.occucompare.web.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code occucompare import}: loads the official bulk files into the local database. Declared now. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Import the official O*NET, OEWS and projections files into the local database.",
            "Each file is recognized by its name and columns: the O*NET database (directory or zip, text or "
                    + "Excel edition), OEWS wage files, Employment Projections workbooks and Projections Central "
                    + "state projections (CSV). The database is OCCUCOMPARE_DB. A failing import leaves the "
                    + "previous data intact; importing the same files again changes nothing."})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "The files, directories or zip files to import.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--projection-years", paramLabel = "BASE-PROJECTED",
            description = "The projection round of Projections Central state files, such as 2022-2032; "
                    + "their export names no years, so it is never guessed.")
    private @Nullable String projectionYears;

    /** Creates the command. */
    public ImportCommand() {
    }

    @Override
    public Integer call() {
        throw Unavailable.command("import");
    }
}
