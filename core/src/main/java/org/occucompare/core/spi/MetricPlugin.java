package org.occucompare.core.spi;

import java.util.List;

/**
 * The entry point of a metric plugin, found through {@link java.util.ServiceLoader}: a jar lists its implementation in
 * {@code META-INF/services/org.occucompare.core.spi.MetricPlugin}. The implementation needs a public no-argument
 * constructor that does no work that can fail; one plugin per jar.
 *
 * <p>The host calls {@link #id()}, {@link #spiVersion()} and {@link #metrics(MetricContext)} once, at load time, from
 * one thread. A plugin whose id is taken, whose SPI version the host does not support, or whose calls throw is refused
 * with a reason, and the application keeps running.
 */
public interface MetricPlugin {

    /**
     * {@return the plugin's id: 1 to 64 characters of {@code a-z}, {@code 0-9} and {@code -}, starting with a letter,
     * unique among the loaded plugins and stable forever, for example {@code wage-spread}; never null}
     */
    String id();

    /**
     * The SPI version the plugin was compiled against. Implement it as {@code return MetricSpi.VERSION;} so that javac
     * inlines the constant of the SPI jar the plugin was built with.
     *
     * @return the version, {@code MAJOR.MINOR}, never null
     */
    String spiVersion();

    /**
     * Creates the plugin's metrics. Called once, at load time.
     *
     * @param context host services and this plugin's configuration, never null
     * @return the metrics, at least one, with ids unique across all loaded plugins; never null
     */
    List<OccupationMetric> metrics(MetricContext context);
}
