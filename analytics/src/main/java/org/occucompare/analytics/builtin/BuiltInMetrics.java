package org.occucompare.analytics.builtin;

import java.util.List;
import org.occucompare.core.model.RateType;
import org.occucompare.core.spi.MetricContext;
import org.occucompare.core.spi.MetricPlugin;
import org.occucompare.core.spi.MetricSpi;
import org.occucompare.core.spi.OccupationMetric;

/** The plugin that offers OccuCompare's built-in metrics through the same SPI as third-party plugins. */
public final class BuiltInMetrics implements MetricPlugin {
    /** The id of the built-in plugin. */
    public static final String ID = "builtin";

    /** Creates the plugin; {@link java.util.ServiceLoader} needs a public no-argument constructor. */
    public BuiltInMetrics() {
        // nothing to set up
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String spiVersion() {
        return MetricSpi.VERSION;
    }

    @Override
    public List<OccupationMetric> metrics(MetricContext context) {
        return List.of(new MedianWageMetric(RateType.ANNUAL), new MedianWageMetric(RateType.HOURLY),
                ProjectionMetric.changePct(), ProjectionMetric.openingsPer100Jobs(), new JobZoneMetric());
    }
}
