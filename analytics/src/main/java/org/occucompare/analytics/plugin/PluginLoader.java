package org.occucompare.analytics.plugin;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.occucompare.core.OccupationException;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.spi.MetricPlugin;

/**
 * Finds metric plugins once, at startup: OccuCompare's built-in metrics from analytics' own
 * {@code META-INF/services} entry, then every plugin of a directory (Trino's layout: each {@code *.jar} is one plugin,
 * each sub-directory one plugin with its private jars, in name order). Before any of a directory plugin's code runs,
 * the {@link BytecodeCheck} reads all of it; a plugin that could end or escape the process is refused. A plugin that
 * passes gets its own {@link PluginClassLoader}, which defines exactly the classes that were checked. A jar without a
 * provider, a duplicate id, a failing constructor, an unsupported SPI version or a plugin that takes too long to load
 * is refused with the reason too, and the others load on.
 *
 * <p>This is the only class of analytics that does I/O: it lists the directory and reads the jars. Thread-safe; each
 * call is independent.
 */
public final class PluginLoader {
    /** The default time a plugin may take to construct and list its metrics. */
    public static final Duration DEFAULT_LOAD_TIME_LIMIT = Duration.ofSeconds(5);

    private static final System.Logger LOG = System.getLogger(PluginLoader.class.getName());
    private static final String BUILT_IN_PACKAGE = "org.occucompare.analytics.";

    private final Map<String, String> settings;
    private final Duration loadTimeLimit;

    /**
     * Creates a loader.
     *
     * @param settings the application's settings; each plugin sees its own {@code occ.plugin.<id>.*} keys, never null
     */
    public PluginLoader(Map<String, String> settings) {
        this(settings, DEFAULT_LOAD_TIME_LIMIT);
    }

    /**
     * Creates a loader.
     *
     * @param settings the application's settings, never null
     * @param loadTimeLimit how long one plugin may take to load, positive, never null
     */
    public PluginLoader(Map<String, String> settings, Duration loadTimeLimit) {
        this.settings = Map.copyOf(requireNonNull(settings, "settings is null"));
        this.loadTimeLimit = requireNonNull(loadTimeLimit, "loadTimeLimit is null");
        if (loadTimeLimit.isNegative() || loadTimeLimit.isZero()) {
            throw OccupationException.invalidInput("The plugin load time limit must be positive.");
        }
    }

    /** {@return the built-in metrics only, never null} */
    public PluginLoadResult loadBuiltIns() {
        PluginRegistrar registrar = new PluginRegistrar(settings);
        registerBuiltIns(registrar);
        return registrar.result();
    }

    /**
     * Loads the built-in metrics and every plugin in a directory. A directory that does not exist holds no plugins.
     *
     * @param directory the plugins directory, for example {@code ./plugins}, never null
     * @return what loaded and what was refused, never null
     * @throws OccupationException {@code INVALID_INPUT} if the path is a file, {@code UPSTREAM} if it cannot be listed
     */
    public PluginLoadResult load(Path directory) {
        requireNonNull(directory, "directory is null");
        PluginRegistrar registrar = new PluginRegistrar(settings);
        registerBuiltIns(registrar);
        if (!Files.exists(directory)) {
            LOG.log(Level.INFO, "No plugins directory at {0}; running with the built-in metrics only", directory);
            return registrar.result();
        }
        if (!Files.isDirectory(directory)) {
            throw OccupationException.invalidInput("The plugins path " + directory + " is a file: point it at a"
                    + " directory of plugin jars.");
        }
        for (Path entry : entries(directory)) {
            loadOne(registrar, entry);
        }
        return registrar.result();
    }

    private void registerBuiltIns(PluginRegistrar registrar) {
        ClassLoader own = PluginLoader.class.getClassLoader();
        List<String> broken = new ArrayList<>();
        for (ServiceLoader.Provider<MetricPlugin> p : providers(ServiceLoader.load(MetricPlugin.class, own), broken)
                .orElse(List.of())) {
            if (!p.type().getName().startsWith(BUILT_IN_PACKAGE)) {
                // a plugin jar put on the application class path would otherwise load twice, outside isolation
                registrar.reject("class path", Optional.empty(), p.type().getName() + " is on the application class"
                        + " path: install plugins as jars in the plugins directory instead");
                continue;
            }
            registrar.register("built-in", true, p::get);
        }
        broken.forEach(reason -> registrar.reject("class path", Optional.empty(), reason));
    }

    private void loadOne(PluginRegistrar registrar, Path entry) {
        String origin = entry.getFileName().toString();
        List<Path> jars = jars(entry);
        if (jars.isEmpty()) {
            registrar.reject(origin, Optional.empty(), "the directory holds no jar");
            return;
        }
        PluginCode code;
        try {
            code = PluginCode.read(jars);
        } catch (IOException | RuntimeException e) {
            registrar.reject(origin, Optional.empty(), "its jar cannot be read: " + PluginRegistrar.describe(e));
            return;
        }
        List<String> findings = code.findings();
        if (!findings.isEmpty()) {
            registrar.reject(origin, Optional.empty(), "its code could end or escape the application, which plugins"
                    + " may not do: it " + summary(findings) + ". Remove these calls (docs/plugins.md, \"What a"
                    + " plugin may not do\")");
            return;
        }
        PluginClassLoader loader = new PluginClassLoader(origin, code, PluginLoader.class.getClassLoader(),
                PluginClassLoader.HOST_PACKAGES);
        FutureTask<Optional<RejectedPlugin>> task = new FutureTask<>(() -> register(registrar, origin, loader));
        Thread thread = new Thread(task, "occucompare-plugin-load-" + origin);
        thread.setDaemon(true);
        thread.setContextClassLoader(loader);
        thread.start();
        Optional<RejectedPlugin> outcome;
        try {
            outcome = task.get(loadTimeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome = registrar.cancel(origin, "it took longer than " + loadTimeLimit.toMillis() + " ms to load:"
                    + " keep the constructor and metrics(context) free of slow work");
            task.cancel(true);
        } catch (ExecutionException e) {
            outcome = registrar.reject(origin, Optional.empty(), "loading failed: "
                    + PluginRegistrar.describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OccupationException(ErrorKind.INTERNAL, "Interrupted while loading plugin " + origin + ".", e);
        }
        if (outcome.isPresent()) {
            closeQuietly(loader);
        }
    }

    private Optional<RejectedPlugin> register(PluginRegistrar registrar, String origin, PluginClassLoader loader) {
        List<String> broken = new ArrayList<>();
        Optional<List<ServiceLoader.Provider<MetricPlugin>>> listed = providers(
                ServiceLoader.load(MetricPlugin.class, loader), broken);
        if (listed.isEmpty()) {
            return registrar.reject(origin, Optional.empty(), broken.get(0));
        }
        List<ServiceLoader.Provider<MetricPlugin>> found = listed.get().stream()
                .filter(p -> p.type().getClassLoader() == loader).toList();
        if (found.isEmpty()) {
            return registrar.reject(origin, Optional.empty(), "it has no META-INF/services/"
                    + MetricPlugin.class.getName() + " entry: add one that names the plugin's MetricPlugin class");
        }
        if (found.size() > 1) {
            return registrar.reject(origin, Optional.empty(), "it lists " + found.size() + " providers: put one"
                    + " plugin in each jar");
        }
        return registrar.register(origin, false, found.get(0)::get);
    }

    /**
     * The providers of a service loader.
     *
     * @return the providers, or empty when an entry is broken (a listed class is missing or is not a plugin), with
     *     the reason in {@code broken}
     */
    private static Optional<List<ServiceLoader.Provider<MetricPlugin>>> providers(
            ServiceLoader<MetricPlugin> serviceLoader, List<String> broken) {
        List<ServiceLoader.Provider<MetricPlugin>> found = new ArrayList<>();
        Iterator<ServiceLoader.Provider<MetricPlugin>> it = serviceLoader.stream().iterator();
        try {
            while (it.hasNext()) {
                found.add(it.next());
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            broken.add("its META-INF/services entry is broken: " + PluginRegistrar.describe(e));
            return Optional.empty();
        }
        return Optional.of(found);
    }

    private static List<Path> entries(Path directory) {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".jar")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new OccupationException(ErrorKind.UPSTREAM, "Cannot list the plugins directory " + directory
                    + ": check that it is readable.", e);
        }
    }

    private static List<Path> jars(Path entry) {
        if (!Files.isDirectory(entry)) {
            return List.of(entry);
        }
        return entries(entry).stream().filter(p -> !Files.isDirectory(p)).toList();
    }

    /** The first findings, joined into a sentence part, and how many more there are. */
    private static String summary(List<String> findings) {
        int shown = Math.min(findings.size(), 5);
        String text = String.join("; it ", findings.subList(0, shown));
        return findings.size() > shown ? text + " (and " + (findings.size() - shown) + " more)" : text;
    }

    private static void closeQuietly(PluginClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Could not close the class loader of a refused plugin", e);
        }
    }
}
