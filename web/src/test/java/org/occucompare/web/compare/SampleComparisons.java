package org.occucompare.web.compare;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.occucompare.core.model.Location;
import org.occucompare.web.Application;
import org.occucompare.web.analysis.AnalysisServices;
import org.occucompare.web.config.AppConfig;

/**
 * The bundled sample in an in-memory store, opened once per test JVM and shared by the tests of comparisons, charts
 * and exports, with the built-in metrics only (the plugins directory does not exist).
 */
public final class SampleComparisons {
    private static final Application APP = Application.open(AppConfig.load(Map.of(AppConfig.DB,
            "jdbc:h2:mem:sample-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"), Optional.empty(),
            Path.of("target", "no-home")), Clock.systemUTC());

    private SampleComparisons() {
    }

    /** The application over the sample. */
    public static Application app() {
        return APP;
    }

    /** The analytics over the sample. */
    public static AnalysisServices analysis() {
        return APP.analysis();
    }

    /** The service over the sample. */
    public static CompareService service() {
        return APP.compare();
    }

    /** Compares codes at places given as text, such as {@code US} and {@code CA}. */
    public static Comparison compare(List<String> codes, String... places) {
        return service().compare(CompareQuery.parse(codes, List.of(places), Optional.empty(), List.of()));
    }

    /** The nation. */
    public static Location us() {
        return Location.NATIONAL;
    }
}
