package org.occucompare.core.spi;

import java.util.Map;

/**
 * What the host offers a plugin at load time. The interface grows only by default methods, so a plugin built against
 * an older MINOR version keeps working. Implementations are immutable and thread-safe.
 */
public interface MetricContext {

    /** {@return the SPI version of the host, {@code MAJOR.MINOR}; never null} */
    String hostSpiVersion();

    /**
     * This plugin's configuration: the host's settings named {@code occ.plugin.<id>.<key>}, with the
     * {@code occ.plugin.<id>.} prefix removed. Other plugins' settings are not visible.
     *
     * @return the settings, never null; may be empty
     */
    Map<String, String> config();

    /**
     * A JDK logger for the plugin; the host routes it to its own logging. Plugins need no logging library.
     *
     * @param name the logger name, usually the plugin class name, never null
     * @return the logger, never null
     */
    default System.Logger logger(String name) {
        return System.getLogger(name);
    }
}
