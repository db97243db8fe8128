/**
 * An example metric plugin: the median annual wage adjusted for the cost of living of the state, with BEA's Regional
 * Price Parities for 2023 written in as a table. It uses the SPI and the model only.
 */
@NullMarked
package org.occucompare.plugins.costofliving;

import org.jspecify.annotations.NullMarked;
