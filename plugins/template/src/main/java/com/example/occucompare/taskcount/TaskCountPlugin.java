package com.example.occucompare.taskcount;

import java.util.ArrayList;
import java.util.List;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Section;
import org.occucompare.core.spi.Direction;
import org.occucompare.core.spi.MetricContext;
import org.occucompare.core.spi.MetricDescriptor;
import org.occucompare.core.spi.MetricInput;
import org.occucompare.core.spi.MetricPlugin;
import org.occucompare.core.spi.MetricResult;
import org.occucompare.core.spi.MetricSpi;
import org.occucompare.core.spi.MetricValue;
import org.occucompare.core.spi.OccupationMetric;

/** Counts each occupation's O*NET task statements, all or one category's: a place-independent metric. */
public final class TaskCountPlugin implements MetricPlugin {

    @Override
    public String id() {
        return "task-count";
    }

    @Override
    public String spiVersion() {
        return MetricSpi.VERSION;
    }

    @Override
    public List<OccupationMetric> metrics(MetricContext context) {
        // the setting occ.plugin.task-count.category, such as Core or Supplemental; unset, every task counts
        String category = context.config().getOrDefault("category", "");
        MetricDescriptor descriptor = new MetricDescriptor("task-count", "O*NET tasks", "tasks", Direction.NEUTRAL,
                "How many task statements O*NET lists for the occupation"
                        + (category.isEmpty() ? "." : ", " + category + " tasks only."));
        return List.of(new OccupationMetric() {
            @Override
            public MetricDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public MetricResult evaluate(MetricInput input) {
                List<MetricValue> values = new ArrayList<>();
                for (Occupation o : input.occupations()) {
                    if (!o.isRequested(Section.TASKS)) {
                        values.add(MetricValue.absent(o.code(), "tasks were not requested for " + o.code()));
                        continue;
                    }
                    long count = o.tasks().stream().filter(t -> category.isEmpty()
                            || t.category().map(category::equalsIgnoreCase).orElse(false)).count();
                    values.add(MetricValue.of(o.code(), count));
                }
                return MetricResult.of(values);
            }
        });
    }
}
