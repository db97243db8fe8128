package org.occucompare.core.spi;

/**
 * The version of this SPI. A plugin reports the version it was compiled against from {@link MetricPlugin#spiVersion()}
 * as {@code return MetricSpi.VERSION;}: javac inlines the constant, so the plugin carries the version of the SPI jar it
 * was built with, not the host's.
 *
 * <p>Compatibility promise: the version is {@code MAJOR.MINOR}. A MINOR release only adds (new types, new default
 * methods, new factories); a MAJOR release may remove or change. The host loads a plugin whose MAJOR equals its own
 * and whose MINOR is not above its own, and refuses any other with a reason.
 */
public final class MetricSpi {
    /** The SPI version, {@code MAJOR.MINOR}. */
    public static final String VERSION = "1.4";

    private MetricSpi() {
    }
}
