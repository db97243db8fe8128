package org.occucompare.web.compare;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.occucompare.analytics.plugin.PluginLoader;
import org.occucompare.core.model.Location;
import org.occucompare.web.analysis.AnalysisServices;
import org.occucompare.web.config.AppConfig;
import org.occucompare.web.source.DataSources;

/**
 * The bundled sample in an in-memory store, opened once per test JVM and shared by the tests of comparisons, charts
 * and exports, with the built-in metrics only.
 */
public final class SampleComparisons {
    private static final DataSources SOURCES = DataSources.open(AppConfig.load(Map.of(AppConfig.DB,
            "jdbc:h2:mem:sample-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"), Optional.empty(),
            Path.of("target", "no-home")), Clock.systemUTC());
    private static final AnalysisServices ANALYSIS = AnalysisServices.of(SOURCES.store(),
            new PluginLoader(Map.of()).loadBuiltIns());
    private static final CompareService SERVICE = new CompareService(SOURCES, ANALYSIS);

    private SampleComparisons() {
    }

    /** The open sources over the sample. */
    public static DataSources sources() {
        return SOURCES;
    }

    /** The analytics over the sample. */
    public static AnalysisServices analysis() {
        return ANALYSIS;
    }

    /** The service over the sample. */
    public static CompareService service() {
        return SERVICE;
    }

    /** Compares codes at places given as text, such as {@code US} and {@code CA}. */
    public static Comparison compare(List<String> codes, String... places) {
        return SERVICE.compare(CompareQuery.parse(codes, List.of(places), Optional.empty(), List.of()));
    }

    /** The nation. */
    public static Location us() {
        return Location.NATIONAL;
    }
}
