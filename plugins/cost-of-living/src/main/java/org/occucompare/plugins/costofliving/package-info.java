/**
 * An example metric plugin: the median annual wage adjusted for the cost of living of the place, by BEA's Regional
 * Price Parities as core's {@code PriceParities} holds them (metro areas and the states whose figure is at hand, each
 * with its year). It uses the SPI and the model only.
 */
@NullMarked
package org.occucompare.plugins.costofliving;

import org.jspecify.annotations.NullMarked;
