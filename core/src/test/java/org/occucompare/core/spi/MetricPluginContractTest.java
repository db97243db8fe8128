package org.occucompare.core.spi;

/** Runs the plugin-author test kit against the SPI's own sample plugin, so the kit itself is known to pass. */
class MetricPluginContractTest extends MetricPluginContract {

    @Override
    protected MetricPlugin plugin() {
        return new SampleMetricPlugin();
    }

    @Override
    protected boolean registeredAsService() {
        return false;
    }
}
