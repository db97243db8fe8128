package org.occucompare.web.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real command line in-process over a store in a given directory, capturing what it prints. */
final class CommandRunner {
    private final Path databaseDirectory;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /**
     * A runner whose store lives in a directory (a new store loads the bundled sample on first use).
     *
     * @param databaseDirectory where the H2 file goes
     */
    CommandRunner(Path databaseDirectory) {
        this.databaseDirectory = databaseDirectory;
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Cli.create(Map.of("OCCUCOMPARE_DB", "jdbc:h2:file:"
                + databaseDirectory.resolve("db").toAbsolutePath(), "OCCUCOMPARE_PLUGINS_DIR",
                databaseDirectory.resolve("plugins").toAbsolutePath().toString()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
