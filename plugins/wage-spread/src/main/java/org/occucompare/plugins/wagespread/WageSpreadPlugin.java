package org.occucompare.plugins.wagespread;

import java.util.List;
import org.occucompare.core.spi.MetricContext;
import org.occucompare.core.spi.MetricPlugin;
import org.occucompare.core.spi.MetricSpi;
import org.occucompare.core.spi.OccupationMetric;

/** Offers the {@code wage-spread-90-10} metric. Stateless and thread-safe. */
public final class WageSpreadPlugin implements MetricPlugin {

    /** Creates the plugin; {@link java.util.ServiceLoader} needs a public no-argument constructor. */
    public WageSpreadPlugin() {
        // nothing to set up
    }

    @Override
    public String id() {
        return "wage-spread";
    }

    @Override
    public String spiVersion() {
        return MetricSpi.VERSION; // inlined by javac: the SPI version this jar was compiled against
    }

    @Override
    public List<OccupationMetric> metrics(MetricContext context) {
        return List.of(new WageSpreadMetric());
    }
}
