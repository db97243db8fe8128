package org.occucompare.plugins.costofliving;

import java.util.List;
import org.occucompare.core.model.PriceParities;
import org.occucompare.core.spi.MetricContext;
import org.occucompare.core.spi.MetricPlugin;
import org.occucompare.core.spi.MetricSpi;
import org.occucompare.core.spi.OccupationMetric;

/** Offers the {@code col-adjusted-median-annual-usd} metric. Stateless and thread-safe. */
public final class CostOfLivingPlugin implements MetricPlugin {

    /** Creates the plugin; {@link java.util.ServiceLoader} needs a public no-argument constructor. */
    public CostOfLivingPlugin() {
        // nothing to set up
    }

    @Override
    public String id() {
        return "cost-of-living";
    }

    @Override
    public String spiVersion() {
        return MetricSpi.VERSION; // inlined by javac: the SPI version this jar was compiled against
    }

    @Override
    public List<OccupationMetric> metrics(MetricContext context) {
        return List.of(new AdjustedMedianMetric(PriceParities.bundled()));
    }
}
