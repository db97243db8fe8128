package org.occucompare.web.chart;

import java.math.BigDecimal;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.PriceParities.PriceParity;

/** One occupation's figures of one measure across the places of a map: the states, or the OEWS areas. */
public sealed interface PlaceMap permits StateMap, AreaMap {
    /** The occupation, never null. */
    Occupation occupation();

    /** What the figures are, never null. */
    MapMeasure measure();

    /**
     * The map's title, such as "Median annual wage of Registered Nurses by state" or "… by metro and nonmetro
     * area"; never null.
     */
    String title();

    /** The caption's source line with the vintages drawn, never null. */
    String source();

    /** The map's table as CSV, one row per place, with CRLF line ends; never null. */
    String csv();

    /**
     * A price parity as BEA publishes it, such as "103.595", for the tables and CSV of a price-adjusted map.
     *
     * @param parity the parity, never null
     * @return the text, never null
     */
    static String parityText(PriceParity parity) {
        return BigDecimal.valueOf(parity.value()).stripTrailingZeros().toPlainString();
    }
}
