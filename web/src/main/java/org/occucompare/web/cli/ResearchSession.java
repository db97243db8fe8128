package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.occucompare.web.analysis.AnalysisServices;
import org.occucompare.web.compare.CompareService;
import org.occucompare.web.config.AppConfig;
import org.occucompare.web.source.DataSources;

/**
 * What the research commands share for one run: the data sources, the analytics (plugins loaded once) and the
 * comparison service. Close it to release the database.
 */
final class ResearchSession implements AutoCloseable {
    private final DataSources sources;
    private final AnalysisServices analysis;
    private final CompareService compare;

    private ResearchSession(DataSources sources, AnalysisServices analysis) {
        this.sources = sources;
        this.analysis = analysis;
        this.compare = new CompareService(sources, analysis);
    }

    /**
     * Opens the data and loads the plugins of a configuration.
     *
     * @param config the configuration, never null
     * @param clock the clock, never null
     * @return the open session, never null
     */
    static ResearchSession open(AppConfig config, Clock clock) {
        requireNonNull(config, "config is null");
        DataSources sources = DataSources.open(config, requireNonNull(clock, "clock is null"));
        try {
            return new ResearchSession(sources, AnalysisServices.load(config, sources));
        } catch (RuntimeException e) {
            sources.close();
            throw e;
        }
    }

    DataSources sources() {
        return sources;
    }

    AnalysisServices analysis() {
        return analysis;
    }

    CompareService compare() {
        return compare;
    }

    @Override
    public void close() {
        sources.close();
    }
}
