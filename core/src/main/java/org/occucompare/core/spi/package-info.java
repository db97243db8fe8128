/**
 * The metric-plugin SPI: the only surface a metric plugin compiles against. A {@link
 * org.occucompare.core.spi.MetricPlugin} is found through {@link java.util.ServiceLoader}, receives immutable
 * {@code core.model} records and a narrow {@link org.occucompare.core.spi.MetricContext}, and returns values with
 * units, a direction and notes. The SPI depends on the JDK, JSpecify and the model only; {@link
 * org.occucompare.core.spi.MetricSpi#VERSION} says which version of it a plugin was built against.
 */
@NullMarked
package org.occucompare.core.spi;

import org.jspecify.annotations.NullMarked;
