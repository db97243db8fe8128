/**
 * An example metric plugin: the wage spread, the 90th percentile divided by the 10th, per occupation and place. It
 * uses the SPI and the model only, and serves as the template in docs/plugins.md.
 */
@NullMarked
package org.occucompare.plugins.wagespread;

import org.jspecify.annotations.NullMarked;
