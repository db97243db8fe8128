package org.occucompare.web.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

/**
 * The settings of metric plugins, which reach each plugin through {@code MetricContext.config()}. A setting is named
 * {@code occ.plugin.<id>.<key>}; the environment may also spell it the way shells allow,
 * {@code OCCUCOMPARE_PLUGIN_<ID>__<KEY>}: capitals, {@code -} written {@code _}, {@code .} written {@code __}, and
 * {@code __} between the plugin id and the key ({@code OCCUCOMPARE_PLUGIN_TASK_COUNT__CATEGORY} is
 * {@code occ.plugin.task-count.category}). The config file accepts both spellings. Stateless.
 */
final class PluginSettings {
    /** The prefix of a plugin setting's name. */
    static final String PREFIX = "occ.plugin.";
    /** The prefix of the shell spelling of a plugin setting's name. */
    static final String ENV_PREFIX = "OCCUCOMPARE_PLUGIN_";

    private static final Pattern NAME = Pattern.compile("occ\\.plugin\\.([a-z][a-z0-9-]{0,63})\\.(\\S+)");
    private static final Pattern ENV_NAME = Pattern.compile("OCCUCOMPARE_PLUGIN_([A-Z][A-Z0-9_]*?)__([A-Z0-9_]+)");

    private PluginSettings() {
    }

    /**
     * Tells whether a name is meant as a plugin setting (well formed or not).
     *
     * @param name a variable or config-file key, never null
     * @return true if it starts with {@value #PREFIX} or {@value #ENV_PREFIX}
     */
    static boolean isPluginSetting(String name) {
        return name.startsWith(PREFIX) || name.startsWith(ENV_PREFIX);
    }

    /**
     * Collects the plugin settings of the environment and the config file; the file wins for a name set in both.
     * Blank values count as unset, as for every other setting.
     *
     * @param settings the layered settings, never null
     * @return the settings by their {@code occ.plugin.<id>.<key>} name, sorted, never null
     * @throws OccupationException {@code INVALID_INPUT} naming a plugin setting whose name is malformed
     */
    static Map<String, String> from(Settings settings) {
        Map<String, String> found = new TreeMap<>();
        collect(settings.environment(), "the environment", found);
        collect(settings.file(), "the " + settings.fileLabel(), found);
        return Map.copyOf(found);
    }

    private static void collect(Map<String, String> source, String label, Map<String, String> into) {
        new TreeMap<>(source).forEach((name, value) -> {
            if (isPluginSetting(name) && !value.isBlank()) {
                into.put(canonical(name).orElseThrow(() -> new OccupationException(ErrorKind.INVALID_INPUT,
                        "The plugin setting " + name + " in " + label + " is not of the form occ.plugin.<id>.<key>"
                                + " (or OCCUCOMPARE_PLUGIN_<ID>__<KEY> in the environment): name the plugin's id"
                                + " and the key, such as occ.plugin.task-count.category.")), value.strip());
            }
        });
    }

    /** The {@code occ.plugin.<id>.<key>} name of a setting in either spelling, or empty if it is malformed. */
    static Optional<String> canonical(String name) {
        if (NAME.matcher(name).matches()) {
            return Optional.of(name);
        }
        Matcher env = ENV_NAME.matcher(name);
        if (!env.matches()) {
            return Optional.empty();
        }
        String id = env.group(1).toLowerCase(Locale.ROOT).replace('_', '-');
        String key = env.group(2).toLowerCase(Locale.ROOT).replace("__", ".").replace('_', '-');
        return Optional.of(PREFIX + id + "." + key);
    }
}
