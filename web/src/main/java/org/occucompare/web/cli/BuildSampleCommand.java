package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.occucompare.web.importer.SampleBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code occucompare build-sample}: rebuilds the bundled sample from the official files (a maintainer's command,
 * hidden from the help; docs/data.md documents it).
 */
@Command(name = "build-sample",
        hidden = true,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Rebuild the bundled sample from the official files (see docs/data.md).")
public final class BuildSampleCommand implements Callable<Integer> {
    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA_DIR", description = "The official files, as in ../shared/data.")
    private Path dataDir = Path.of(".");

    @Parameters(index = "1", paramLabel = "OUTPUT_DIR",
            description = "Where the sample goes: web/src/main/resources/sample.")
    private Path outputDir = Path.of(".");

    /** Creates the command. */
    public BuildSampleCommand() {
    }

    @Override
    public Integer call() {
        try {
            int rows = SampleBuilder.build(dataDir, outputDir);
            PrintWriter err = requireNonNull(spec, "spec is null").commandLine().getErr();
            err.println("wrote " + rows + " rows of " + SampleBuilder.CODES.size() + " occupations to " + outputDir);
            err.flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
