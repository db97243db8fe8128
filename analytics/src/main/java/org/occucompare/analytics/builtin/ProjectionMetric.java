package org.occucompare.analytics.builtin;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.occucompare.analytics.growth.GrowthFigures;
import org.occucompare.analytics.growth.ProjectionGrowth;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.spi.Direction;
import org.occucompare.core.spi.MetricDescriptor;
import org.occucompare.core.spi.MetricInput;
import org.occucompare.core.spi.MetricResult;
import org.occucompare.core.spi.MetricValue;
import org.occucompare.core.spi.OccupationMetric;

/**
 * A growth figure per occupation and place: the national projection for the nation, the state projection for a
 * state or a city in it. Each value names its round and what it counts. Immutable and thread-safe.
 */
final class ProjectionMetric implements OccupationMetric {
    private final MetricDescriptor descriptor;
    private final Function<GrowthFigures, OptionalDouble> figure;
    private final ProjectionGrowth growth = new ProjectionGrowth();

    private ProjectionMetric(MetricDescriptor descriptor, Function<GrowthFigures, OptionalDouble> figure) {
        this.descriptor = descriptor;
        this.figure = figure;
    }

    static ProjectionMetric changePct() {
        return new ProjectionMetric(new MetricDescriptor("employment-change-pct", "Projected employment change", "%",
                Direction.HIGHER_IS_BETTER, "The projected change in employment over the projection round, in percent"
                + " of base-year employment: BLS national projections count all jobs, state projections primary"
                + " jobs only."), GrowthFigures::changePct);
    }

    static ProjectionMetric openingsPer100Jobs() {
        return new ProjectionMetric(new MetricDescriptor("openings-per-100-jobs", "Annual openings per 100 jobs",
                "openings per 100 jobs", Direction.HIGHER_IS_BETTER, "Average annual openings (growth plus"
                + " replacement) per 100 base-year jobs."), GrowthFigures::openingsPer100Jobs);
    }

    @Override
    public MetricDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public MetricResult evaluate(MetricInput input) {
        return MetricResult.ofEachCell(input, this::cell, List.of());
    }

    private MetricValue cell(Occupation o, Location place) {
        if (o.projections().isEmpty()) {
            return MetricValue.absent(o.code(), place, "no projections for " + o.code());
        }
        Optional<ProjectionRow> row;
        if (place instanceof Location.National) {
            row = o.projections().get().national();
        } else if (place.usState().isPresent()) {
            row = o.projections().get().forState(place.usState().get());
        } else {
            return MetricValue.absent(o.code(), place, "projections exist for the nation and states only");
        }
        if (row.isEmpty()) {
            return MetricValue.absent(o.code(), place, "no projection for " + o.code() + " in "
                    + place.displayName());
        }
        GrowthFigures g = growth.figures(o, row.get());
        OptionalDouble v = figure.apply(g);
        if (v.isEmpty()) {
            return MetricValue.absent(o.code(), place, "the projection for " + g.areaName() + " does not publish"
                    + " the figures needed");
        }
        return MetricValue.of(o.code(), place, v.getAsDouble()).withNote(g.roundLabel() + ", " + g.countsLabel());
    }
}
