package org.occucompare.web.importer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The official files shared beside the checkout ({@code ../shared/data} from its root); tests skip without them. */
public final class SharedData {
    /** The data directory, seen from the web module directory the tests run in. */
    public static final Path ROOT = Path.of("..", "..", "shared", "data");

    private SharedData() {
    }

    /** A file or directory under the shared data; skips the calling test with a clear message when absent. */
    public static Path require(String relative) {
        Path path = ROOT.resolve(relative);
        assumeTrue(Files.exists(path), () -> "skipped: the official data file " + path + " is absent. Put the"
                + " shared data beside the checkout (../shared/data from its root) to run this test.");
        return path;
    }
}
