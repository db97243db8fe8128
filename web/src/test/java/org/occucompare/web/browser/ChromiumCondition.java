package org.occucompare.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Debian's Chromium and chromedriver are installed. Where one is missing, the test
 * is skipped with a message, except in CI ({@code CI=true}), where browser tests must run: there it fails.
 */
public final class ChromiumCondition implements ExecutionCondition {
    /** Debian's Chromium; {@code -Doccucompare.chromium=PATH} points elsewhere. */
    public static final Path CHROMIUM = Path.of(System.getProperty("occucompare.chromium", "/usr/bin/chromium"));
    /** Debian's chromedriver; {@code -Doccucompare.chromedriver=PATH} points elsewhere. */
    public static final Path CHROMEDRIVER =
            Path.of(System.getProperty("occucompare.chromedriver", "/usr/bin/chromedriver"));

    /** Created by JUnit. */
    public ChromiumCondition() {
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<Path> missing = List.of(CHROMIUM, CHROMEDRIVER).stream().filter(path -> !Files.isExecutable(path))
                .toList();
        return evaluate(missing, "true".equalsIgnoreCase(System.getenv("CI")));
    }

    /**
     * The decision, apart from the file system and the environment.
     *
     * @param missing the browser binaries that are not installed
     * @param ci whether this runs in CI
     * @return enabled when nothing is missing, disabled with the reason otherwise
     * @throws IllegalStateException in CI when something is missing, which fails the test
     */
    static ConditionEvaluationResult evaluate(List<Path> missing, boolean ci) {
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        String what = missing.stream().map(Path::toString).collect(Collectors.joining(" and "));
        if (ci) {
            throw new IllegalStateException("CI=true but " + what + " is missing: browser tests must run in CI; "
                    + "install them with apt-get install -y chromium chromium-driver (.ci/run does).");
        }
        return ConditionEvaluationResult.disabled("Browser test skipped: " + what + " is missing; install them "
                + "with apt-get install -y chromium chromium-driver to run it.");
    }
}
