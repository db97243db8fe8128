package org.occucompare.analytics.plugin;

import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.function.Supplier;
import org.occucompare.core.spi.MetricContext;
import org.occucompare.core.spi.MetricDescriptor;
import org.occucompare.core.spi.MetricPlugin;
import org.occucompare.core.spi.MetricSpi;
import org.occucompare.core.spi.OccupationMetric;

/**
 * Checks one plugin after another and registers the good ones: the id, the SPI version, the metrics and their ids,
 * each against those already registered (JUnit's {@code EngineIdValidator} idea: the later duplicate is refused and
 * both are named). Plugin code runs outside the lock, so a plugin that hangs cannot block the loader; a plugin whose
 * load was given up ({@link #cancel(String)}) is never registered afterwards. Thread-safe.
 */
final class PluginRegistrar {
    private static final System.Logger LOG = System.getLogger(PluginLoader.class.getName());
    private static final int MESSAGE_LIMIT = 300;

    private final Map<String, String> settings;
    private final Map<String, String> originById = new HashMap<>();
    private final Map<String, String> pluginByMetricId = new HashMap<>();
    private final Set<String> cancelled = new HashSet<>();
    private final List<LoadedPlugin> loaded = new ArrayList<>();
    private final List<RejectedPlugin> rejected = new ArrayList<>();
    private final List<RegisteredMetric> metrics = new ArrayList<>();

    PluginRegistrar(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    /**
     * Creates, checks and registers one plugin; a failure at any step refuses it with the reason.
     *
     * @return the refusal, or empty if the plugin was registered (or its load was given up)
     */
    Optional<RejectedPlugin> register(String origin, boolean builtIn, Supplier<MetricPlugin> create) {
        MetricPlugin plugin;
        try {
            plugin = create.get();
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            return reject(origin, Optional.empty(), "its constructor failed: " + describe(e));
        }
        String id;
        String version;
        try {
            id = String.valueOf(plugin.id());
            version = String.valueOf(plugin.spiVersion());
        } catch (RuntimeException | LinkageError e) {
            return reject(origin, Optional.empty(), "id() or spiVersion() failed: " + describe(e));
        }
        if (!MetricDescriptor.isValidId(id)) {
            return reject(origin, Optional.of(id), "its id '" + id + "' is not valid: use 1 to 64 characters of a-z,"
                    + " 0-9 and '-', starting with a letter");
        }
        Optional<String> incompatible = SpiVersions.incompatibility(version, MetricSpi.VERSION);
        if (incompatible.isPresent()) {
            return reject(origin, Optional.of(id), incompatible.get());
        }
        List<RegisteredMetric> mine = new ArrayList<>();
        try {
            List<OccupationMetric> offered = plugin.metrics(context(id));
            if (offered == null || offered.isEmpty()) {
                return reject(origin, Optional.of(id), "it offers no metrics: return at least one from"
                        + " metrics(context)");
            }
            for (OccupationMetric metric : offered) {
                MetricDescriptor d = metric == null ? null : metric.descriptor();
                if (d == null) {
                    return reject(origin, Optional.of(id), "it offers a null metric or descriptor");
                }
                mine.add(new RegisteredMetric(id, builtIn, d, metric));
            }
        } catch (RuntimeException | LinkageError e) {
            return reject(origin, Optional.of(id), "metrics(context) or descriptor() failed: " + describe(e));
        }
        return commit(origin, builtIn, id, version, mine);
    }

    private synchronized Optional<RejectedPlugin> commit(String origin, boolean builtIn, String id, String version,
            List<RegisteredMetric> mine) {
        if (cancelled.contains(origin)) {
            return Optional.empty();
        }
        if (originById.containsKey(id)) {
            return reject(origin, Optional.of(id), "its id '" + id + "' is already used by the plugin from "
                    + originById.get(id) + ": give one of them another id, or remove one");
        }
        Set<String> ids = new HashSet<>();
        for (RegisteredMetric m : mine) {
            String metricId = m.descriptor().id();
            if (!ids.add(metricId) || pluginByMetricId.containsKey(metricId)) {
                String owner = pluginByMetricId.getOrDefault(metricId, id);
                return reject(origin, Optional.of(id), "its metric id '" + metricId + "' is already offered by"
                        + " plugin '" + owner + "' (" + originById.getOrDefault(owner, origin) + "): metric ids must"
                        + " be unique");
            }
        }
        originById.put(id, origin);
        mine.forEach(m -> pluginByMetricId.put(m.descriptor().id(), id));
        metrics.addAll(mine);
        loaded.add(new LoadedPlugin(id, version, origin, builtIn,
                mine.stream().map(RegisteredMetric::descriptor).toList()));
        LOG.log(Level.INFO, "Loaded plugin {0} ({1} metric(s)) from {2}", id, mine.size(), origin);
        return Optional.empty();
    }

    /** Refuses a plugin with a reason; the reason becomes a sentence that names the plugin and its origin. */
    synchronized Optional<RejectedPlugin> reject(String origin, Optional<String> id, String reason) {
        if (cancelled.contains(origin)) {
            return Optional.empty();
        }
        RejectedPlugin r = new RejectedPlugin(origin, id, "Plugin " + id.map(i -> "'" + i + "' ").orElse("")
                + "from " + origin + " was not loaded: " + reason + ".");
        rejected.add(r);
        LOG.log(Level.WARNING, r.reason());
        return Optional.of(r);
    }

    /** Gives up on a plugin whose load takes too long: refuses it now and ignores anything it does later. */
    synchronized Optional<RejectedPlugin> cancel(String origin, String reason) {
        Optional<RejectedPlugin> r = reject(origin, Optional.empty(), reason);
        cancelled.add(origin);
        return r;
    }

    synchronized PluginLoadResult result() {
        return new PluginLoadResult(loaded, rejected, metrics);
    }

    /** The context a plugin gets: the host version and its own settings, prefix removed. */
    private MetricContext context(String id) {
        String prefix = "occ.plugin." + id + ".";
        Map<String, String> own = new HashMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.length() > prefix.length()) {
                own.put(k.substring(prefix.length()), v);
            }
        });
        Map<String, String> config = Map.copyOf(own);
        return new MetricContext() {
            @Override
            public String hostSpiVersion() {
                return MetricSpi.VERSION;
            }

            @Override
            public Map<String, String> config() {
                return config;
            }
        };
    }

    /** A failure in a sentence: its type and message, cut short; the cause of a wrapper such as ServiceLoader's. */
    static String describe(Throwable e) {
        Throwable shown = e;
        while ((shown instanceof ServiceConfigurationError || shown instanceof InvocationTargetException)
                && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String text = shown.getClass().getSimpleName() + (shown.getMessage() == null ? "" : ": " + shown.getMessage());
        return text.length() > MESSAGE_LIMIT ? text.substring(0, MESSAGE_LIMIT) + "…" : text;
    }
}
