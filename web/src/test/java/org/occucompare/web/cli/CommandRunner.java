package org.occucompare.web.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

    /**
     * A runner whose store already holds the bundled sample, loaded by a first {@code show}.
     *
     * @param databaseDirectory where the H2 file goes
     * @return the runner
     */
    static CommandRunner onSample(Path databaseDirectory) {
        CommandRunner runner = new CommandRunner(databaseDirectory);
        if (runner.run("show", "29-1141.00") != 0) {
            throw new AssertionError("the bundled sample did not load: " + runner.err());
        }
        return runner;
    }

    /** The records of a CSV file that the commands wrote, past its {@code #} comments and header row. */
    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        }
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Cli.forArguments(Map.of("OCCUCOMPARE_DB", "jdbc:h2:file:"
                + databaseDirectory.resolve("db").toAbsolutePath(), "OCCUCOMPARE_PLUGINS_DIR",
                databaseDirectory.resolve("plugins").toAbsolutePath().toString()), args);
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
