package org.occucompare.web.analysis;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.occucompare.analytics.compare.ComparisonService;
import org.occucompare.analytics.plugin.MetricRegistry;
import org.occucompare.analytics.plugin.PluginLoadResult;
import org.occucompare.analytics.plugin.PluginLoader;
import org.occucompare.analytics.similar.SimilarOccupation;
import org.occucompare.analytics.similar.SimilarityIndex;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.Section;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.web.config.AppConfig;
import org.occucompare.web.store.OccupationStore;

/**
 * The analytics of one process, built once from the configuration: the plugins loaded from
 * {@link AppConfig#pluginsDir()} (built-in metrics come through the same SPI), their {@link MetricRegistry}, and —
 * read lazily on first use, then cached until the stored dataset version changes — the {@link SimilarityIndex} the
 * import kept with the version, a {@link ComparisonService} calibrated by it, and every stored occupation. A version
 * stored without an index gets one built from its occupations, kept in the store for the next process. Thread-safe:
 * concurrent first calls read or build each part once.
 */
public final class AnalysisServices {
    private final OccupationStore store;
    private final PluginLoadResult plugins;
    private final MetricRegistry registry;
    private final String pluginFingerprint;
    private final Object lock = new Object();
    private volatile @Nullable Dataset dataset;

    private AnalysisServices(OccupationStore store, PluginLoadResult plugins, Map<String, String> settings) {
        this.store = requireNonNull(store, "store is null");
        this.plugins = requireNonNull(plugins, "plugins is null");
        this.registry = MetricRegistry.of(plugins);
        this.pluginFingerprint = fingerprint(plugins, settings);
    }

    /**
     * Loads the plugins of {@code config.pluginsDir()}, each with its own settings of {@code config.pluginSettings()},
     * and composes the services over the local store.
     *
     * @param config the configuration, never null
     * @param store the local store, whose occupations are the dataset, never null
     * @return the services, never null
     * @throws org.occucompare.core.OccupationException {@code INVALID_INPUT} if the plugins path is a file
     */
    public static AnalysisServices load(AppConfig config, OccupationStore store) {
        requireNonNull(config, "config is null");
        requireNonNull(store, "store is null");
        PluginLoadResult loaded = new PluginLoader(config.pluginSettings()).load(config.pluginsDir());
        return new AnalysisServices(store, loaded, config.pluginSettings());
    }

    /**
     * Services over a store with plugins already loaded, for example the built-ins only.
     *
     * @param store the local store, never null
     * @param plugins what a plugin loader found, never null
     * @return the services, never null
     */
    public static AnalysisServices of(OccupationStore store, PluginLoadResult plugins) {
        return new AnalysisServices(store, plugins, Map.of());
    }

    /** What loaded and what was refused, with reasons (for {@code /api/plugins}); never null. */
    public PluginLoadResult plugins() {
        return plugins;
    }

    /**
     * Names the plugin set: every loaded plugin (id, origin, SPI version, metric descriptors) and every plugin
     * setting, as a SHA-256 digest in hex, so answers computed with one set are never taken for another's and no
     * setting can be read back from it. The same plugins with the same settings give the same fingerprint in every
     * process.
     *
     * @return 64 hex digits, never null
     */
    public String pluginFingerprint() {
        return pluginFingerprint;
    }

    /** Every metric, built-in and plugin; never null. */
    public MetricRegistry registry() {
        return registry;
    }

    /** The comparison service, its skill overlap calibrated by the stored dataset; never null. */
    public ComparisonService comparisons() {
        return current().comparisons();
    }

    /** The similarity index of every stored occupation, read (or built) once per dataset version; never null. */
    public SimilarityIndex similarityIndex() {
        return current().index();
    }

    /** Every stored occupation with its national figures, in code order; never null. */
    public List<Occupation> occupations() {
        return current().occupations();
    }

    /**
     * One occupation of the stored dataset, the one the similarity index covers: its code, title and description,
     * without the sections, which the store then does not read.
     *
     * @param key an O*NET-SOC code, exact title or SOC code, never null
     * @return the occupation, never null
     * @throws org.occucompare.core.OccupationException {@code NOT_FOUND} with suggestions when the store does not hold
     *     it; {@code INVALID_INPUT} listing the occupations of a SOC code
     */
    public Occupation occupation(OccupationKey key) {
        return store.fetch(key, Location.NATIONAL, EnumSet.of(Section.METADATA), Freshness.CACHED).require(key);
    }

    /**
     * The occupations most similar to one, best first.
     *
     * @param code the occupation, never null
     * @param limit the most to return, 1 or more
     * @return the similar occupations; empty when the dataset has no ratings of the occupation to compare; never null
     */
    public List<SimilarOccupation> similar(OccupationCode code, int limit) {
        SimilarityIndex index = similarityIndex();
        return index.contains(code) ? index.similar(code, limit) : List.of();
    }

    private Dataset current() {
        long version = store.currentVersion(); // no round trip per comparison: re-read once a second
        Dataset known = dataset;
        if (known != null && known.version() == version) {
            return known;
        }
        synchronized (lock) {
            known = dataset;
            if (known == null || known.version() != version) {
                known = new Dataset(version, store, registry, MetricRegistry.DEFAULT_TIME_LIMIT);
                dataset = known;
            }
            return known;
        }
    }

    private static String fingerprint(PluginLoadResult plugins, Map<String, String> settings) {
        StringBuilder text = new StringBuilder();
        plugins.loaded().forEach(p -> text.append(p).append('\n'));
        new TreeMap<>(settings).forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
