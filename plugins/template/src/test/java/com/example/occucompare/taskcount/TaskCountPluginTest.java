package com.example.occucompare.taskcount;

import org.occucompare.core.spi.MetricPlugin;
import org.occucompare.core.spi.MetricPluginContract;

class TaskCountPluginTest extends MetricPluginContract {
    @Override
    protected MetricPlugin plugin() {
        return new TaskCountPlugin();
    }
}
