/**
 * Loading and running metric plugins. {@link org.occucompare.analytics.plugin.PluginLoader} finds the built-in metrics
 * and every plugin jar of a directory through the same {@link java.util.ServiceLoader} mechanism, each jar in its own
 * {@link org.occucompare.analytics.plugin.PluginClassLoader}, after a check of its bytecode for what could end the
 * process, and lists what it refused with the reason; {@link org.occucompare.analytics.plugin.MetricRegistry}
 * evaluates the metrics with a time limit in a few slots per metric, turning any failure into a note on that metric's
 * result.
 */
@NullMarked
package org.occucompare.analytics.plugin;

import org.jspecify.annotations.NullMarked;
