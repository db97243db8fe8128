package org.occucompare.web.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Reports a batch's progress on standard error, one line per row with a bar, then a summary. */
final class BatchProgress {
    private static final int BAR = 20;

    private final PrintWriter err;
    private final int total;
    private int count;

    BatchProgress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    void done(long line, String outcome) {
        report(line, outcome);
    }

    void failed(long line, String message) {
        report(line, "failed, skipped: " + message.replaceAll("\\s*\\R\\s*", " "));
    }

    void summary(Path out, List<Long> failedLines) {
        int ok = total - failedLines.size();
        err.println("Done: " + ok + " of " + total + " comparisons written to " + out + (failedLines.isEmpty() ? ""
                : "; " + failedLines.size() + " failed (line" + (failedLines.size() == 1 ? " " : "s ")
                        + failedLines.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")")
                + "; see " + out.resolve("index.csv") + ".");
        err.flush();
    }

    private void report(long line, String outcome) {
        count++;
        int filled = total == 0 ? BAR : (int) ((long) BAR * count / total);
        err.println("[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + count + "/" + total + " line " + line
                + ": " + outcome);
        err.flush();
    }
}
