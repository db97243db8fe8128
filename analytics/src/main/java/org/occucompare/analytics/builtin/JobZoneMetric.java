package org.occucompare.analytics.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.spi.Direction;
import org.occucompare.core.spi.MetricDescriptor;
import org.occucompare.core.spi.MetricInput;
import org.occucompare.core.spi.MetricResult;
import org.occucompare.core.spi.MetricValue;
import org.occucompare.core.spi.OccupationMetric;

/** The O*NET job zone per occupation, whatever the place. Immutable and thread-safe. */
final class JobZoneMetric implements OccupationMetric {
    private static final MetricDescriptor DESCRIPTOR = new MetricDescriptor("job-zone", "Job zone", "zone (1–5)",
            Direction.NEUTRAL, "O*NET's job zone: how much preparation the occupation needs, from 1 (little or none)"
            + " to 5 (extensive).");

    @Override
    public MetricDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public MetricResult evaluate(MetricInput input) {
        List<MetricValue> values = new ArrayList<>();
        for (Occupation o : input.occupations()) {
            OptionalInt zone = o.education().map(e -> e.jobZone()).orElse(OptionalInt.empty());
            values.add(zone.isPresent() ? MetricValue.of(o.code(), zone.getAsInt())
                    : MetricValue.absent(o.code(), "no job zone for " + o.code()));
        }
        return MetricResult.of(values);
    }
}
