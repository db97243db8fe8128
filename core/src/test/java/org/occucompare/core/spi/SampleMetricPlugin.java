package org.occucompare.core.spi;

import java.util.List;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;

/**
 * A minimal plugin for the SPI's own tests: the annual median wage per occupation and place, a lower bound when
 * top-coded, absent with the reason when missing. Not registered as a service (it lives in core's test-jar, which
 * other modules put on their class path).
 */
final class SampleMetricPlugin implements MetricPlugin {

    @Override
    public String id() {
        return "sample-median";
    }

    @Override
    public String spiVersion() {
        return MetricSpi.VERSION;
    }

    @Override
    public List<OccupationMetric> metrics(MetricContext context) {
        return List.of(new Median());
    }

    private static final class Median implements OccupationMetric {
        private static final MetricDescriptor DESCRIPTOR = new MetricDescriptor("sample-median-annual-usd",
                "Median annual wage", "USD per year", Direction.HIGHER_IS_BETTER,
                "The OEWS annual median wage.");

        @Override
        public MetricDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public MetricResult evaluate(MetricInput input) {
            return MetricResult.ofEachCell(input, Median::cell, List.of());
        }

        private static MetricValue cell(Occupation o, Location place) {
            var estimate = o.wages().flatMap(w -> w.find(place, RateType.ANNUAL));
            if (estimate.isEmpty()) {
                return MetricValue.absent(o.code(), place, "no annual wages for " + place.displayName());
            }
            WageEstimate e = estimate.get();
            WageAmount median = e.median();
            if (median.isMissing()) {
                return MetricValue.absent(o.code(), place, "median " + median.missingReason().orElseThrow()
                        .description());
            }
            MetricValue v = MetricValue.of(o.code(), place, median.lowerBound().orElseThrow());
            return median.isTopCoded() ? v.withBound(Bound.AT_LEAST) : v;
        }
    }
}
